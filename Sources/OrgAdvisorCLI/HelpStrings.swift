import OrgAdvisor

/// The fixed texts of the help in each language (headings, the default command's
/// paragraphs); the commands' own texts are in ``HelpCatalog``.
struct HelpStrings: BilingualStrings {
    let about: String
    let usage: String
    let usageIndent: String
    let criteria: String
    let weight: String
    let profileOnly: String
    let options: String
    let commands: String
    let footer: String
    let ruleFileLimit: String
    let profileLimit: String

    static let english = HelpStrings(
        about: "advises which form of IT-support organisation fits a\ncompany",
        usage: "Usage:", usageIndent: "       ",
        criteria: "Criteria of the rule base '%@' %@ (a criterion not given\nstays unknown):",
        weight: "weight %@", profileOnly: "only in a profile file: %@ is an option",
        options: "Options:", commands: "Commands:",
        footer: """
            Values may be given as ids, French or English labels or aliases, in any case.
            Run 'orgadvisor criteria' for every label and alias.

            Exit codes: 0 success, 1 check or test failures, 2 usage error,
                        3 unreadable or invalid input (rules, profile, tests), or output
                        that cannot be written (standard output, --output FILE).

            Environment:

            """,
        ruleFileLimit: "the most bytes of a rule or test file (default 8M)",
        profileLimit: "the most bytes of a profile (default 1M)")

    static let french = HelpStrings(
        about:
            "conseille la forme d’organisation du support informatique\nqui convient à une entreprise",
        usage: "Utilisation :", usageIndent: "              ",
        criteria:
            "Critères de la base de règles « %@ » %@ (un critère\nnon renseigné reste inconnu) :",
        weight: "poids\u{00A0}%@",
        profileOnly: "seulement dans un fichier de profil : %@ est une option",
        options: "Options :", commands: "Commandes :",
        footer: """
            Les valeurs se donnent par leur identifiant, leur libellé français ou anglais
            ou un alias, en majuscules ou minuscules. « orgadvisor criteria » donne tous
            les libellés et alias.

            Codes de sortie : 0 succès, 1 échecs de check ou de test, 2 erreur
                              d’utilisation, 3 entrée illisible ou invalide (règles,
                              profil, tests), ou sortie impossible à écrire (sortie
                              standard, --output FILE).

            Environnement :

            """,
        ruleFileLimit:
            "taille maximale d’un fichier de règles ou de test\n                              (8M par défaut)",
        profileLimit: "taille maximale d’un profil (1M par défaut)")
}
