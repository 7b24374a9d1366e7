/// The French of every text of the commands' help (summaries, details, option help),
/// keyed by the English text the command declares: each text and its translation side
/// by side, the commands declared once in English. A text without a translation is shown
/// in English; the end-to-end tests check that no command's French help has one.
enum HelpCatalog {
    /// French by English text.
    static let french: [String: String] = summaries.merging(details) { $1 }.merging(options) {
        $1
    }.merging(PageCommand.french) { $1 }.merging(LSPCommand.french) { $1 }.merging(
        FmtCommand.french
    ) { $1 }.merging(CompletionCommand.french) { $1 }.merging(ManPage.french) { $1 }

    private static let summaries: [String: String] = [
        "score a company profile (the default command)":
            "évaluer le profil d’une entreprise (la commande par défaut)",
        "list the criteria of the rule base, with their values":
            "lister les critères de la base de règles et leurs valeurs",
        "list the organisation forms of the rule base":
            "lister les formes d’organisation de la base de règles",
        "validate rule files and report every problem":
            "valider des fichiers de règles et signaler chaque problème",
        "run rule test cases against the rule base":
            "exécuter des cas de test sur la base de règles",
        "score many profiles from JSON or JSON Lines":
            "évaluer de nombreux profils en JSON ou JSON Lines",
        "the smallest changes of the profile that change the recommendation":
            "les plus petits changements du profil qui changent la réponse",
        "how far each criterion weight may move before the answer changes":
            "jusqu’où chaque poids peut varier avant que la réponse change",
        "the winner over a grid of two criteria, and each form's share":
            "la forme gagnante sur une grille de deux critères, et les parts",
        "a self-contained HTML or Markdown page of the result, for a course":
            "une page HTML ou Markdown autonome du résultat, pour un cours",
        "a guided consultation: asks the question that best narrows the choice, until decided":
            "consultation guidée : la question qui réduit le plus le choix, jusqu’à décision",
        "compile rule files into an archive that loads without parsing them":
            "compiler des règles en une archive qui se charge sans les analyser",
        "show help for a command": "afficher l’aide d’une commande",
    ]

    private static let options: [String: String] = [
        "read the profile from a JSON file ('-' for standard input); flags override its fields":
            "lire le profil dans un fichier JSON (« - » pour l’entrée standard) ; les options remplacent ses champs",
        "give criterion NAME the weight W instead of the rule base's (repeatable)":
            "donner au critère NAME le poids W au lieu de celui de la base (répétable)",
        "output format": "format de sortie",
        "write to FILE atomically ('-', the default: standard output)":
            "écrire dans FILE de façon atomique (« - », par défaut : la sortie standard)",
        "use the rule file, directory or compiled archive at PATH instead of the built-in rules":
            "utiliser le fichier, le dossier ou l’archive compilée de règles PATH au lieu des règles intégrées",
        "language of the output (default: from LC_ALL, LC_MESSAGES or LANG)":
            "langue de la sortie (par défaut : d’après LC_ALL, LC_MESSAGES ou LANG)",
        "colour the output: auto (on a terminal), always or never":
            "colorer la sortie : auto (sur un terminal), always (toujours) ou never (jamais)",
        "show this help": "afficher cette aide",
        "how much to explain: summary (default), full (every rule) or fails (rules that did not fire)":
            "niveau d’explication : summary (résumé, par défaut), full (chaque règle) ou fails (les règles non appliquées)",
        "exit with status 4 unless the recommendation is decided (not provisional, a tie, or nothing given)":
            "terminer avec le code 4 si la recommandation n’est pas décidée (provisoire, égalité ou rien de renseigné)",
        "print the version of orgadvisor and of its built-in rules":
            "afficher la version d’orgadvisor et de ses règles intégrées",
        "also check every profile: rules that never fire or never change a ranking, forms that never win, ties, derivations that never apply":
            "vérifier aussi chaque profil : règles jamais appliquées ou qui ne changent jamais un classement, formes qui ne gagnent jamais, égalités, déductions jamais appliquées",
        "threads for --deep (default: the number of cores)":
            "fils d’exécution pour --deep (par défaut : le nombre de cœurs)",
        "show each failing case's whole explained report, every rule's outcome":
            "afficher le rapport expliqué complet de chaque cas en échec, avec le résultat de chaque règle",
        "output format (default jsonl)": "format de sortie (par défaut jsonl)",
        "add each profile's trace to the JSON results: every rule (full, the default), the rules that fired (summary) or those that did not (fails)":
            "ajouter la trace de chaque profil aux résultats JSON : chaque règle (full, par défaut), les règles appliquées (summary) ou les règles non appliquées (fails)",
        "threads to use (default: the number of cores)":
            "fils d’exécution à utiliser (par défaut : le nombre de cœurs)",
        "stop at the first bad record": "s’arrêter au premier enregistrement invalide",
        "longest record read, in bytes, or with K, M or G (default 16M)":
            "plus long enregistrement lu, en octets, ou avec K, M ou G (par défaut 16M)",
        "override a criterion's weight (repeatable)":
            "remplacer le poids d’un critère (répétable)",
        "the criterion across (columns), one column per class of its values":
            "le critère en largeur (colonnes), une colonne par classe de ses valeurs",
        "the criterion down (rows), one row per class of its values":
            "le critère en hauteur (lignes), une ligne par classe de ses valeurs",
        "read the other criteria from a JSON file ('-' for standard input); flags override its fields, the axes replace them":
            "lire les autres critères dans un fichier JSON (« - » pour l’entrée standard) ; les options remplacent ses champs, les axes aussi",
        "output format (default text)": "format de sortie (par défaut text)",
        "output format (default html)": "format de sortie (par défaut html)",
        "add a decision map of two criteria (e.g. 'sites,complexity'), the rest of the profile as given":
            "ajouter une carte de décision de deux critères (par exemple « sites,complexity »), le reste du profil tel que donné",
        "HTML to paste into another page: the body only, its style scoped under one class":
            "du HTML à coller dans une autre page : le corps seul, son style limité à une classe",
        "who reads the page (default teacher): 'student' leaves out rule files and lines":
            "qui lit la page (par défaut teacher, l’enseignant) : « student », l’étudiant, sans fichiers ni lignes des règles",
        "the rule file or directory to compile (required)":
            "le fichier ou le dossier de règles à compiler (obligatoire)",
        "write the archive to FILE atomically (required; '-': standard output)":
            "écrire l’archive dans FILE de façon atomique (obligatoire ; « - » : la sortie standard)",
        "a criterion": "un critère",
        "two criteria separated by a comma": "deux critères séparés par une virgule",
    ]
}
