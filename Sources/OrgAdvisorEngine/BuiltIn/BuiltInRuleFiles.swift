// Generated from Rules/*.orgrules by orgadvisor-embed-rules: do not edit by hand.
// Regenerate with `swift run orgadvisor-embed-rules`; `swift test` fails while it is stale.

extension RuleBase {
    /// The default rule base's files, as shipped inside the binary.
    static let builtInSources: [(path: String, text: String)] = [
        (
            "Rules/00-rulebase.orgrules",
            #"""
            # 00-rulebase.orgrules: the name, version and title of orgadvisor's default rule base.
            #
            # This directory is the default rule base, shipped inside the orgadvisor binary. It
            # encodes chapter 2 of the course on IT-support organisation
            # (shared/course/chapter-2-flashcards.txt, in French). Its files are read in name
            # order, and each holds one kind of declaration:
            #
            #   00-rulebase.orgrules     name, version, title (this file)
            #   10-criteria.orgrules     what describes a company (sites, size, request rate, ...)
            #   20-forms.orgrules        the five forms, with the course's descriptions
            #   30-derivations.orgrules  facts derived from others (many sites -> decentralised, ...)
            #   40-rules.orgrules        the weighted scoring rules, each quoting the course
            #   50-advice.orgrules       practices to recommend (SPOC, SLA, FLS indicators, ...)
            #
            # Every French text between « » quotes the course card word for word, typos included.
            # Where a rule goes beyond what the course says, its `note` says so: "Interpretation:"
            # for a point that is ours, not the course's, "Reading:" for how a word of the course is
            # mapped onto a criterion's value (40-rules.orgrules explains both). Derived facts note
            # their thresholds the same way. Rules/README.md is the language reference.

            rulebase "orgadvisor-course" version "1.1.0"
                title en "IT-support organisation forms (course, chapter 2)"
                      fr "Formes d’organisation du support informatique (cours, chapitre 2)"
                # `orgadvisor check --deep` finds ties at the top in some profiles. They are kept:
                # each rule gives points for one fact the course ties to a form, and where the
                # facts given speak equally for two forms the course does not rank them either.
                accept tie en "Forms tie when the facts given speak equally for them, and the course does"
                              "not rank them either (e.g. by e-mail or chat alone, both the Help-Desk and"
                              "the Customer-Care-Center fit). Every result shows the tie (“tie at the"
                              "top”, \"tie\": true in JSON); the ranking lists the tied forms in"
                              "declaration order, the Hotline (“the simplest form”) first."
                           fr "Des formes sont à égalité quand les faits donnés parlent autant pour"
                              "chacune et que le cours ne les départage pas non plus (p. ex. joignable par"
                              "e-mail ou chat seulement : le Help-Desk et le Customer-Care-Center"
                              "conviennent tous deux). Chaque résultat montre l’égalité (« égalité en"
                              "tête », \"tie\": true en JSON) ; le classement donne les formes à égalité"
                              "dans l’ordre de déclaration, la Hotline (« la forme la plus simple »)"
                              "d’abord."

            """#
        ),
        (
            "Rules/10-criteria.orgrules",
            #"""
            # 10-criteria.orgrules: the criteria that describe a company.
            #
            # Each criterion becomes a command-line flag (--volume high) and a JSON key
            # ("volume": "high"). Users may type a value's id, its English or French label, or one
            # of its aliases; case and accents are ignored ("Élevé", "eleve" and "élevé" are the
            # same), so an alias is only listed when it differs from the others by more than that.
            #
            # Weights. A rule's points are multiplied by the weight of the first criterion its
            # `when` names (40-rules.orgrules).
            #   3  structure, size, volume, complexity: the course's own card "Facteurs d’influence
            #      déterminant le choix de la forme d’organisation" names exactly these four factors
            #      (« Centralisé ou décentralisé », « Petite ou grande entreprise », « Taux de
            #      demande de support », « Complexité des demandes de support »), so they weigh most.
            #   2  resources, customers, channels, hours, powerusers: they come from the
            #      descriptions of single forms (e.g. « des ressources limitées » for the
            #      Power-User-Organisation, « canaux de communication multimédia » for the
            #      Customer-Care-Center), not from the list of deciding factors.
            #   1  sites, employees: no rule reads them; they only feed the derived facts
            #      structure and size (30-derivations.orgrules), which carry the weight.

            # --- The course's four deciding factors (and the facts they may be derived from) -----

            criterion structure: choice
                label en "Centralised or decentralised" fr "Centralisé ou décentralisé"
                question en "Is IT support run from one central place, or spread over several sites"
                            "(decentralised IT)?"
                         fr "Le support informatique est-il organisé en un lieu central, ou réparti sur"
                            "plusieurs sites (informatique décentralisée) ?"
                weight 3
                value centralised en "centralised" fr "centralisé" alias "centralized", "centralisée",
                    "central", "centrale"
                value decentralised en "decentralised" fr "décentralisé" alias "decentralized",
                    "décentralisée", "distributed", "distribué", "distribuée", "réparti", "répartie"

            # sites and employees: no rule reads them; they feed the derived facts structure and
            # size (30-derivations.orgrules), which carry the weight.

            criterion sites: integer from 1
                label en "Number of sites" fr "Nombre de sites"
                question en "How many sites (locations) does the company have?"
                         fr "Combien de sites l’entreprise compte-t-elle ?"
                weight 1

            criterion employees: integer from 1
                label en "Number of employees" fr "Nombre de collaborateurs"
                question en "How many employees does the company have?"
                         fr "Combien de collaborateurs l’entreprise compte-t-elle ?"
                weight 1

            # size: the course says « Petite ou grande entreprise » and ties no form to either, so
            # its rules are interpretations kept small (40-rules.orgrules); medium-sized gives no
            # points.
            criterion size: level
                label en "Small or large company" fr "Petite ou grande entreprise"
                question en "Is it a small, a medium-sized or a large company?"
                         fr "Est-ce une petite, une moyenne ou une grande entreprise ?"
                weight 3
                value small en "small" fr "petite" alias "petit", "small company", "petite entreprise"
                value medium en "medium-sized" fr "moyenne" alias "mid-sized", "moyen",
                    "medium company", "moyenne entreprise"
                value large en "large" fr "grande" alias "grand", "big", "large company",
                    "grande entreprise"

            criterion volume: level
                label en "Support request rate" fr "Taux de demande de support"
                question en "How many support requests come in: few (few customers) or many?"
                         fr "Quel est le taux de demande de support : peu de clients ou beaucoup ?"
                weight 3
                value low en "low" fr "faible" alias "few", "peu", "bas", "basse", "rare"
                value medium en "medium" fr "moyen" alias "moyenne", "moderate", "modéré", "modérée",
                    "average"
                value high en "high" fr "élevé" alias "élevée", "haut", "haute", "many", "beaucoup",
                    "fort", "forte"

            criterion complexity: level
                label en "Complexity of support requests" fr "Complexité des demandes de support"
                question en "How complex are the support requests?"
                         fr "Quelle est la complexité des demandes de support ?"
                weight 3
                value low en "low" fr "faible" alias "simple", "simples", "easy", "bas", "basse"
                value medium en "medium" fr "moyenne" alias "moyen", "moderate", "modéré", "modérée",
                    "average"
                value high en "high" fr "élevée" alias "élevé", "haut", "haute", "complex", "complexe",
                    "complexes", "difficult", "difficile"

            # --- Criteria taken from the descriptions of the forms -------------------------------

            criterion resources: level
                label en "Resources for IT support" fr "Ressources pour le support"
                question en "How much staff and budget can the company give to IT support?"
                         fr "De quelles ressources (personnel, budget) l’entreprise dispose-t-elle pour"
                            "le support ?"
                weight 2
                value limited en "limited" fr "limitées" alias "limité", "limitée", "limités", "low",
                    "faible", "faibles", "few", "peu", "scarce", "restreintes"
                value moderate en "moderate" fr "moyennes" alias "medium", "moyen", "moyenne",
                    "modérées", "average"
                value ample en "ample" fr "importantes" alias "important", "importante", "high",
                    "large", "plentiful", "abundant", "élevées", "grandes"

            criterion customers: choice
                label en "Who the support serves" fr "Public du support"
                question en "Whom does support serve: the company’s own employees, external customers,"
                            "or both?"
                         fr "À qui s’adresse le support : aux collaborateurs de l’entreprise, à des"
                            "clients externes, ou aux deux ?"
                weight 2
                value internal en "internal users" fr "utilisateurs internes" alias "interne", "internes",
                    "employees", "employés", "collaborateurs", "staff", "in-house"
                value external en "external customers" fr "clients externes" alias "externe", "externes",
                    "customers", "clients"
                value both en "both" fr "les deux" alias "mixed", "mixte", "internal and external",
                    "internes et externes", "all", "tous"

            criterion channels: choice
                label en "Contact channels" fr "Moyens de contact"
                question en "How do users reach support: by telephone only, or also by e-mail, chat"
                            "and other channels?"
                         fr "Comment joint-on le support : uniquement par téléphone, ou aussi par"
                            "e-mail, chat et d’autres canaux ?"
                weight 2
                value phone en "telephone" fr "téléphone" alias "phone only", "telephone only",
                    "téléphone uniquement", "tel", "téléphonique", "calls", "appels"
                value multichannel en "several channels" fr "multicanal" alias "multi-channel",
                    "multicanaux", "e-mail", "email", "mail", "chat", "multimédia", "multimedia channels",
                    "omnichannel", "web"

            criterion hours: level
                label en "Support hours" fr "Disponibilité du support"
                question en "When must support be reachable: office hours, extended hours, or around"
                            "the clock?"
                         fr "Quand le support doit-il être joignable : heures de bureau, horaire étendu"
                            "ou en continu ?"
                weight 2
                value office en "office hours" fr "heures de bureau" alias "bureau", "business hours",
                    "working hours", "daytime", "journée"
                value extended en "extended hours" fr "horaire étendu" alias "étendu", "étendues",
                    "heures étendues", "evenings", "soirées", "weekends"
                value continuous en "around the clock" fr "en continu" alias "24/7", "24x7", "always",
                    "toujours", "continu", "continue", "permanent", "permanente", "round the clock"

            criterion powerusers: yesno
                label en "Experienced users (power users) available"
                      fr "Utilisateurs expérimentés (power users) disponibles"
                question en "Are there experienced users (power users) who could support their"
                            "colleagues?"
                         fr "Y a-t-il des utilisateurs expérimentés (power users) capables d’assister"
                            "leurs collègues ?"
                weight 2

            """#
        ),
        (
            "Rules/20-forms.orgrules",
            #"""
            # 20-forms.orgrules: the five forms of IT-support organisation.
            #
            # The declaration order below is the tie-break order of rankings: when two forms have
            # the same score, the one declared first is ranked first (and the tie is reported).
            #
            # Each French description is the whole text of the form's course card, word for word
            # (typos such as « Heldesk », « reçois » or « Server-Monitprinf » kept); list items
            # of the card are joined with " - ". The English description is a translation.

            form hotline
                label en "Hotline" fr "Hotline"
                description en "The simplest form of a centralised support unit. It is a telephone contact"
                               "point and can handle all customer calls immediately. Reported problems are"
                               "recorded with the necessary information (name and telephone number of the"
                               "caller, component of the IT system concerned, description of the problem)."
                               "Besides the tasks of the Help-Desk, this form of organisation also takes on"
                               "technical-support tasks, for example: selecting and buying hardware and"
                               "software; providing applications; installing and maintaining peripheral"
                               "devices; ensuring data security and data protection; advising and training"
                               "users; writing technical documentation or manuals."
                            fr "C’est la forme la plus simple d’une unité de support centralisée."
                               "C’est un point de contact téléphonique et peut traiter immédiatement tous les"
                               "appels des clients."
                               "Les problèmes signalés seront saisis et enregistrés avec les informations"
                               "nécessaires (nom et numéro de téléphone de l’appelant, composant concerné du"
                               "système IT, description du problème)."
                               "Cette forme d’organisation, en plus des tâches du Helpdesk, se charge aussi des"
                               "tâches du support technique."
                               "Celles-ci sont par exemple"
                               "- Sélectionner et acheter du matériel et logiciel"
                               "- Mettre à disposition des applications"
                               "- Installer et maintenir des appareils périphériques"
                               "- Assurer la sécurité et la protection des données"
                               "- Conseiller et former les utilisateurs"
                               "- Editer des documentations ou manuels techniques"
                card "Hotline"
                # The card's last paragraph (technical-support tasks "besides the tasks of the
                # Helpdesk") is quoted as written but no rule uses it: it sits oddly with "the
                # simplest form", and the course gives no deciding factor for it.

            form help-desk
                label en "Help-Desk" fr "Help-Desk"
                description en "A support unit able to solve more complex problems. It can usually be reached"
                               "by e-mail or chat as well as by telephone. As a rule it also takes on"
                               "additional operational tasks such as: backup and restore; server monitoring;"
                               "system administration; hardware inventory; informing customers."
                            fr "C’est une unité de support capable de résoudre des problèmes plus complexes."
                               "Elle peut être généralement atteinte par e-mail ou chat en plus des appels"
                               "téléphoniques."
                               "En règle générale, elle se charge aussi des tâches opérationnelles"
                               "supplémentaires telles que:"
                               "- Backup et Restore"
                               "- Server-Monitprinf"
                               "- Administration de système"
                               "- Inventaire matériel"
                               "- Information des clients"
                card "Help-Desk"

            form call-center
                label en "Call-center" fr "Call-center"
                description en "A support unit with an intelligent call switchboard working as a SPOC (single"
                               "point of contact). It receives its telephone calls automatically and passes"
                               "them on to the units concerned. Callers can put themselves directly in touch"
                               "with the place they want using the keys of their telephone."
                            fr "C’est une unité de support avec une centrale d’appel intelligente fonctionnant"
                               "comme SPOC."
                               "Elle reçois automatiquement ses appels téléphoniques et les transmet aux"
                               "instances concernées."
                               "L’appelant peut se mettre directement en contact avec l’endroit souhaité à"
                               "l’aide des touches du téléphone."
                card "Call-center"

            form customer-care-center
                label en "Customer-Care-Center" fr "Customer-Care-Center"
                description en "The central place of all the support activities of a company. The main aim"
                               "of this form of organisation is twofold: on the one hand, to make it easier"
                               "for customers to access the company’s products and services; on the other,"
                               "it broadens and deepens the knowledge of, and the relationships with, those"
                               "customers. To do so, a technical infrastructure for interactive relationships"
                               "is used. The service is always accessible through multimedia communication"
                               "channels, and supports customers from the specification of their needs to"
                               "the maintenance of the system. This also includes removing disruptions and"
                               "supplying updates."
                            fr "Est l’endroit central de toutes les activités du service de support d’une"
                               "entreprise."
                               "L’objectif principal de cette forme d’organisation est double :"
                               "- D’une part il s’agit pour l’entreprise de faciliter aux clients l’accès aux"
                               "produits et services de l’entreprise."
                               "- D’une part, elle élargit et approfondit la connaissance et les relations avec"
                               "ceux-ci."
                               "Pour cela on utilise une infrastructure technique pour des relations"
                               "interactives."
                               "Ce service est toujours accessible à l’aide de canaux de communication"
                               "multimédia et soutient le client depuis la spécification des besoins jusqu’à la"
                               "maintenance du système. Ceci implique aussi l’élimination des perturbations et"
                               "la fourniture des mises à jour."
                card "Customer-Care-Center"

            form power-user-organisation
                label en "Power-User-Organisation" fr "Power-User-Organisation"
                description en "Calls on experienced users to support an IT system. It is particularly suited"
                               "to companies with several sites (decentralised IT systems and organisation)"
                               "and limited resources. Its tasks normally match those of a Help-Desk, but"
                               "from case to case they depend strongly on the knowledge of its members."
                            fr "Appelle des utilisateurs expérimentés pour le support d’un système IT."
                               "Elle est particulièrement indiquée pour des entreprises avec plusieurs sites"
                               "(systèmes et organisation IT décentralisés) et des ressources limitées."
                               "Normalement ses tâches correspondent à celles d’un Heldesk, mais dépend de cas"
                               "en cas fortement de la connaissance de ses collaborateurs."
                card "Power-User-Organisation"

            """#
        ),
        (
            "Rules/30-derivations.orgrules",
            #"""
            # 30-derivations.orgrules: facts derived from other facts.
            #
            # A derivation only fills a criterion the user did not give: `--sites 5` makes the
            # structure decentralised, but `--sites 5 --structure centralised` keeps it centralised.
            # The rules (40-rules.orgrules) read the derived criteria (structure, size), never
            # sites or employees directly, so that a fact is not counted twice.

            # --- structure from the number of sites ----------------------------------------------

            derive structure-from-several-sites
                set structure = decentralised
                when sites >= 3
                because en "Power-User-Organisation: “particularly suited to companies with several"
                           "sites (decentralised IT systems and organisation)”."
                        fr "Power-User-Organisation : « Elle est particulièrement indiquée pour des"
                           "entreprises avec plusieurs sites (systèmes et organisation IT décentralisés) »."
                card "Power-User-Organisation"
                note en "Interpretation: the course only says “plusieurs sites” (several sites). The"
                        "threshold of 3 is ours: with 2 sites, IT can still easily be run from one place,"
                        "so the structure stays unknown unless it is given."
                     fr "Interprétation : le cours dit seulement « plusieurs sites ». Le seuil de 3 est le"
                        "nôtre : avec 2 sites, l’informatique peut encore être gérée depuis un seul lieu,"
                        "la structure reste donc inconnue si elle n’est pas donnée."

            derive structure-from-one-site
                set structure = centralised
                when sites = 1
                because en "Course factor “Centralisé ou décentralisé”: a company with a single site runs"
                           "its support from one place."
                        fr "Facteur du cours « Centralisé ou décentralisé » : une entreprise d’un seul site"
                           "organise son support en un seul lieu."
                card "Facteurs d’influence déterminant le choix de la forme d’organisation"
                note en "Interpretation: the course does not say it, but one site leaves nothing to"
                        "decentralise."
                     fr "Interprétation : le cours ne le dit pas, mais un seul site ne laisse rien à"
                        "décentraliser."

            # --- size from the number of employees -----------------------------------------------
            # The three conditions exclude each other, so their order does not matter.

            derive size-small-from-employees
                set size = small
                when employees < 50
                because en "Course factor “Petite ou grande entreprise” (small or large company)."
                        fr "Facteur du cours « Petite ou grande entreprise »."
                card "Facteurs d’influence déterminant le choix de la forme d’organisation"
                note en "Interpretation: the thresholds (fewer than 50 employees: small; fewer than 250:"
                        "medium-sized; otherwise large) are the usual definition of small and"
                        "medium-sized enterprises (SMEs), not the course’s: the course gives no numbers."
                     fr "Interprétation : les seuils (moins de 50 collaborateurs : petite ; moins de 250 :"
                        "moyenne ; sinon grande) sont la définition usuelle des PME, pas celle du cours :"
                        "le cours ne donne pas de chiffres."

            derive size-medium-from-employees
                set size = medium
                when employees >= 50 and employees < 250
                because en "Course factor “Petite ou grande entreprise” (small or large company)."
                        fr "Facteur du cours « Petite ou grande entreprise »."
                card "Facteurs d’influence déterminant le choix de la forme d’organisation"
                note en "Interpretation: the usual SME definition (50 to 249 employees: medium-sized),"
                        "not the course’s."
                     fr "Interprétation : la définition usuelle des PME (de 50 à 249 collaborateurs :"
                        "moyenne), pas celle du cours."

            derive size-large-from-employees
                set size = large
                when employees >= 250
                because en "Course factor “Petite ou grande entreprise” (small or large company)."
                        fr "Facteur du cours « Petite ou grande entreprise »."
                card "Facteurs d’influence déterminant le choix de la forme d’organisation"
                note en "Interpretation: the usual SME definition (250 employees or more: large), not"
                        "the course’s."
                     fr "Interprétation : la définition usuelle des PME (250 collaborateurs ou plus :"
                        "grande), pas celle du cours."

            """#
        ),
        (
            "Rules/40-rules.orgrules",
            #"""
            # 40-rules.orgrules: the scoring rules, grouped by form.
            #
            # When a rule's condition is true, each form it names gets (weight x points). No rule
            # here has its own weight: each takes the weight of the criterion it tests
            # (10-criteria.orgrules: structure, size, volume, complexity 3; resources, customers,
            # channels, hours, powerusers 2). The "= +6" comments give weight x points.
            #
            # How to read a rule. Its `because` quotes the course card it rests on, word for word
            # between « » in French (“ ” in English). A rule without a `note` applies a sentence of
            # the course as it stands. A `note` says what is ours:
            #   "Reading: ..."         ("Lecture : ...") how a word of the course is mapped onto a
            #                          criterion's value (e.g. « toujours accessible » -> around the
            #                          clock);
            #   "Interpretation: ..."  ("Interprétation : ...") a point the course does not give: an
            #                          inference from a card, or the other side of a point it gives
            #                          (the Hotline is « centralisée », so it fits decentralised IT
            #                          badly). Where the course says nothing at all (which form suits
            #                          which company size), such points are kept small (3 points).
            # Within each form, the rules on the course's four deciding factors (« Centralisé ou
            # décentralisé », « Petite ou grande entreprise », « Taux de demande de support »,
            # « Complexité des demandes de support ») come first.
            #
            # Every rule tests one criterion, so a form's score is simply the sum of what each
            # known criterion gives it (C = course, I = interpretation):
            #
            #   criterion = value        hotline  help-desk  call-center  customer-care  power-user
            #   structure = centralised     +6 C
            #   structure = decentralised   -6 I                                            +9 C
            #   size = small                +3 I                -3 I
            #   size = large                                    +3 I         +3 I
            #   volume = low                +6 I                -6 I
            #   volume = high               -6 I                +9 I         +3 I
            #   complexity = low            +6 I
            #   complexity = medium                   +3 I
            #   complexity = high           -6 I      +9 C
            #   channels = phone            +2 C                +4 C         -4 I
            #   channels = multichannel               +4 C      -4 I         +4 C
            #   customers = internal                  +2 I                   -4 I
            #   customers = external                                         +6 C
            #   customers = both                                             +6 C
            #   hours = office                                               -4 I
            #   hours = continuous                                           +6 C
            #   resources = limited                                          -4 I           +6 C
            #   resources = ample                                                           -2 I
            #   powerusers = yes                                                            +4 C
            #   powerusers = no                                                            -16 I
            #
            # (size = medium, volume = medium, hours = extended and resources = moderate give
            # nothing: the course names « Petite ou grande entreprise » and « peu de clients ou
            # beaucoup », nothing in between.)

            # === Hotline ==========================================================================

            rule hotline-centralised
                when structure = centralised
                points hotline +2                                                   # = +6
                because en "Hotline: “the simplest form of a centralised support unit”."
                        fr "Hotline : « C’est la forme la plus simple d’une unité de support"
                           "centralisée. »"
                card "Hotline"

            rule hotline-decentralised
                when structure = decentralised
                points hotline -2                                                   # = -6
                because en "A Hotline is “the simplest form of a centralised support unit”: it suits"
                           "decentralised IT badly."
                        fr "La Hotline est « la forme la plus simple d’une unité de support centralisée » :"
                           "elle convient mal à une informatique décentralisée."
                card "Hotline"
                note en "Interpretation: the course calls the Hotline centralised; that it fits"
                        "decentralised IT badly is our inference."
                     fr "Interprétation : le cours dit la Hotline centralisée ; qu’elle convienne mal"
                        "à une informatique décentralisée est notre déduction."

            rule hotline-small-company
                when size = small
                points hotline +1                                                   # = +3
                because en "Small company (course factor “Petite ou grande entreprise”): the Hotline is"
                           "“the simplest form” of support unit."
                        fr "Petite entreprise (facteur « Petite ou grande entreprise ») : la Hotline est"
                           "« la forme la plus simple d’une unité de support centralisée »."
                card "Hotline"
                note en "Interpretation: the course names company size as a deciding factor but ties no"
                        "form to a size; the simplest form is taken to suit a small company. Kept small"
                        "(+3) for that reason."
                     fr "Interprétation : le cours cite la taille de l’entreprise parmi les facteurs"
                        "déterminants, mais n’y associe aucune forme ; la forme la plus simple est jugée"
                        "adaptée à une petite entreprise. Gardé faible (+3) pour cette raison."

            rule hotline-low-volume
                when volume = low
                points hotline +2                                                   # = +6
                because en "Few requests (“peu de clients ou beaucoup”): a Hotline “can handle all"
                           "customer calls immediately”."
                        fr "Peu de demandes (« donc peu de clients ou beaucoup ») : la Hotline « peut"
                           "traiter immédiatement tous les appels des clients »."
                card "Hotline"
                note en "Interpretation: handling every call immediately is only realistic when few"
                        "requests come in."
                     fr "Interprétation : traiter immédiatement chaque appel n’est réaliste que si les"
                        "demandes sont peu nombreuses."

            rule hotline-high-volume
                when volume = high
                points hotline -2                                                   # = -6
                because en "Many requests: a Hotline that must “handle all customer calls immediately”"
                           "is soon overwhelmed."
                        fr "Beaucoup de demandes : une Hotline qui doit « traiter immédiatement tous les"
                           "appels des clients » est vite débordée."
                card "Hotline"
                note en "Interpretation, as for hotline-low-volume."
                     fr "Interprétation, comme pour hotline-low-volume."

            rule hotline-simple-requests
                when complexity = low
                points hotline +2                                                   # = +6
                because en "Simple requests: the Hotline is “the simplest form”; reported problems “are"
                           "recorded with the necessary information”."
                        fr "Demandes simples : la Hotline est « la forme la plus simple » ; les problèmes"
                           "signalés « seront saisis et enregistrés avec les informations nécessaires »."
                card "Hotline"
                note en "Interpretation: the course sets the Hotline against the Help-Desk, the unit"
                        "“able to solve more complex problems”."
                     fr "Interprétation : le cours oppose la Hotline au Help-Desk, l’unité « capable de"
                        "résoudre des problèmes plus complexes »."

            rule hotline-complex-requests
                when complexity = high
                points hotline -2                                                   # = -6
                because en "Complex requests need the unit “able to solve more complex problems” (the"
                           "Help-Desk), not “the simplest form”."
                        fr "Des demandes complexes demandent l’unité « capable de résoudre des problèmes"
                           "plus complexes » (le Help-Desk), pas « la forme la plus simple »."
                card "Hotline"
                note en "Interpretation, as for hotline-simple-requests."
                     fr "Interprétation, comme pour hotline-simple-requests."

            rule hotline-telephone
                when channels = phone
                points hotline +1                                                   # = +2
                because en "Hotline: “it is a telephone contact point”."
                        fr "Hotline : « C’est un point de contact téléphonique »."
                card "Hotline"

            # === Help-Desk ========================================================================

            rule helpdesk-complex-requests
                when complexity = high
                points help-desk +3                                                 # = +9
                because en "Help-Desk: “a support unit able to solve more complex problems”."
                        fr "Help-Desk : « C’est une unité de support capable de résoudre des problèmes"
                           "plus complexes. »"
                card "Help-Desk"
                note en "Reading: “more complex problems” is read as a high complexity of requests."
                     fr "Lecture : « des problèmes plus complexes » est lu comme une complexité élevée des"
                        "demandes."

            rule helpdesk-medium-complexity
                when complexity = medium
                points help-desk +1                                                 # = +3
                because en "Requests of medium complexity: already “more complex problems” than the"
                           "simple calls of a Hotline, “the simplest form”."
                        fr "Demandes de complexité moyenne : déjà des « problèmes plus complexes » que les"
                           "simples appels d’une Hotline, « la forme la plus simple »."
                card "Help-Desk"
                note en "Interpretation: the course does not grade complexity; “more complex” is"
                        "comparative, so medium requests get a third of the points of complex ones."
                     fr "Interprétation : le cours ne gradue pas la complexité ; « plus complexes » est un"
                        "comparatif, les demandes moyennes reçoivent donc le tiers des points des"
                        "demandes complexes."

            rule helpdesk-email-chat
                when channels = multichannel
                points help-desk +2                                                 # = +4
                because en "Help-Desk: “it can usually be reached by e-mail or chat as well as by"
                           "telephone”."
                        fr "Help-Desk : « Elle peut être généralement atteinte par e-mail ou chat en plus"
                           "des appels téléphoniques. »"
                card "Help-Desk"

            rule helpdesk-operational-tasks
                when customers = internal
                points help-desk +1                                                 # = +2
                because en "Help-Desk: “as a rule it also takes on additional operational tasks” (backup"
                           "and restore, server monitoring, system administration, hardware inventory)."
                        fr "Help-Desk : « En règle générale, elle se charge aussi des tâches"
                           "opérationnelles supplémentaires » (Backup et Restore, Administration de"
                           "système, Inventaire matériel…)."
                card "Help-Desk"
                note en "Interpretation: these operational tasks serve the company’s own IT, so the"
                        "Help-Desk suits support for internal users. Kept small (+2): the same card"
                        "also lists “Information des clients” (informing customers)."
                     fr "Interprétation : ces tâches opérationnelles servent l’informatique de"
                        "l’entreprise elle-même ; le Help-Desk convient donc au support des"
                        "utilisateurs internes. Gardé faible (+2) : la même carte cite aussi"
                        "« Information des clients »."

            # === Call-center ======================================================================

            rule callcenter-large-company
                when size = large
                points call-center +1                                               # = +3
                because en "Large company (“Petite ou grande entreprise”): an “intelligent call"
                           "switchboard working as a SPOC” passes calls on “to the units concerned”."
                        fr "Grande entreprise (« Petite ou grande entreprise ») : une « centrale d’appel"
                           "intelligente fonctionnant comme SPOC » transmet les appels « aux instances"
                           "concernées »."
                card "Call-center"
                note en "Interpretation: having several units to pass calls on to supposes a large"
                        "organisation; the course ties no form to a size, so this is kept small (+3)."
                     fr "Interprétation : avoir plusieurs instances vers lesquelles transmettre les"
                        "appels suppose une grande organisation ; le cours n’associe aucune forme à une"
                        "taille, d’où un poids faible (+3)."

            rule callcenter-small-company
                when size = small
                points call-center -1                                               # = -3
                because en "Small company: there are few “units concerned” to pass calls on to; an"
                           "“intelligent call switchboard” is out of proportion."
                        fr "Petite entreprise : il y a peu d’« instances concernées » vers lesquelles"
                           "transmettre les appels ; une « centrale d’appel intelligente » est"
                           "disproportionnée."
                card "Call-center"
                note en "Interpretation, as for callcenter-large-company."
                     fr "Interprétation, comme pour callcenter-large-company."

            rule callcenter-high-volume
                when volume = high
                points call-center +3                                               # = +9
                because en "Many requests (“peu de clients ou beaucoup”): a Call-center “receives its"
                           "telephone calls automatically and passes them on to the units concerned”."
                        fr "Beaucoup de demandes (« donc peu de clients ou beaucoup ») : le Call-center"
                           "« reçois automatiquement ses appels téléphoniques et les transmet aux"
                           "instances concernées »."
                card "Call-center"
                note en "Interpretation: distributing calls automatically pays off when many calls"
                        "come in."
                     fr "Interprétation : distribuer les appels automatiquement se justifie quand les"
                        "appels sont nombreux."

            rule callcenter-low-volume
                when volume = low
                points call-center -2                                               # = -6
                because en "Few requests: an “intelligent call switchboard” that distributes calls is not"
                           "worth it."
                        fr "Peu de demandes : une « centrale d’appel intelligente » qui distribue les"
                           "appels ne se justifie pas."
                card "Call-center"
                note en "Interpretation, as for callcenter-high-volume."
                     fr "Interprétation, comme pour callcenter-high-volume."

            rule callcenter-telephone
                when channels = phone
                points call-center +2                                               # = +4
                because en "Call-center: “callers can put themselves directly in touch with the place"
                           "they want using the keys of their telephone”."
                        fr "Call-center : « L’appelant peut se mettre directement en contact avec"
                           "l’endroit souhaité à l’aide des touches du téléphone. »"
                card "Call-center"

            rule callcenter-telephone-only
                when channels = multichannel
                points call-center -2                                               # = -4
                because en "A Call-center receives “its telephone calls”; unlike the Help-Desk and the"
                           "Customer-Care-Center, its card names no other channel."
                        fr "Le Call-center reçoit « ses appels téléphoniques » ; contrairement au"
                           "Help-Desk et au Customer-Care-Center, sa carte ne cite aucun autre canal."
                card "Call-center"
                note en "Interpretation: the card only speaks of telephone calls."
                     fr "Interprétation : la carte ne parle que d’appels téléphoniques."

            # === Customer-Care-Center =============================================================

            rule ccc-large-company
                when size = large
                points customer-care-center +1                                      # = +3
                because en "Large company: the Customer-Care-Center gathers “all the support activities"
                           "of a company” and uses “a technical infrastructure for interactive"
                           "relationships”."
                        fr "Grande entreprise : le Customer-Care-Center réunit « toutes les activités du"
                           "service de support d’une entreprise » et utilise « une infrastructure"
                           "technique pour des relations interactives »."
                card "Customer-Care-Center"
                note en "Interpretation: the course ties no form to a company size; kept small (+3),"
                        "as for the Call-center."
                     fr "Interprétation : le cours n’associe aucune forme à une taille d’entreprise ;"
                        "gardé faible (+3), comme pour le Call-center."

            rule ccc-many-customers
                when volume = high
                points customer-care-center +1                                      # = +3
                because en "Many customers (“peu de clients ou beaucoup”): the Customer-Care-Center’s aim"
                           "is “to make it easier for customers to access the company’s products and"
                           "services”."
                        fr "Beaucoup de clients (« donc peu de clients ou beaucoup ») : le"
                           "Customer-Care-Center doit « faciliter aux clients l’accès aux produits et"
                           "services de l’entreprise »."
                card "Customer-Care-Center"
                note en "Interpretation: the course links the request rate to the number of customers."
                     fr "Interprétation : le cours relie le taux de demande au nombre de clients."

            rule ccc-external-customers
                when customers in [external, both]
                points customer-care-center +3                                      # = +6
                because en "Customer-Care-Center: its aim is “to make it easier for customers to access"
                           "the company’s products and services” and it “broadens and deepens the"
                           "knowledge of, and the relationships with, them”."
                        fr "Customer-Care-Center : « il s’agit pour l’entreprise de faciliter aux clients"
                           "l’accès aux produits et services de l’entreprise » et « elle élargit et"
                           "approfondit la connaissance et les relations avec ceux-ci »."
                card "Customer-Care-Center"
                note en "Reading: the course’s “clients”, who use the company’s products and services,"
                        "are read as external customers."
                     fr "Lecture : les « clients » du cours, qui utilisent les produits et services de"
                        "l’entreprise, sont lus comme des clients externes."

            rule ccc-internal-customers
                when customers = internal
                points customer-care-center -2                                      # = -4
                because en "Internal users only: the Customer-Care-Center exists “to make it easier for"
                           "customers to access the company’s products and services”."
                        fr "Utilisateurs internes seulement : le Customer-Care-Center sert à « faciliter"
                           "aux clients l’accès aux produits et services de l’entreprise »."
                card "Customer-Care-Center"
                note en "Interpretation, as for ccc-external-customers."
                     fr "Interprétation, comme pour ccc-external-customers."

            rule ccc-multimedia
                when channels = multichannel
                points customer-care-center +2                                      # = +4
                because en "Customer-Care-Center: “the service is always accessible through multimedia"
                           "communication channels”."
                        fr "Customer-Care-Center : « Ce service est toujours accessible à l’aide de"
                           "canaux de communication multimédia »."
                card "Customer-Care-Center"

            rule ccc-telephone-only
                when channels = phone
                points customer-care-center -2                                      # = -4
                because en "Support by telephone only lacks the Customer-Care-Center’s “multimedia"
                           "communication channels”."
                        fr "Un support joignable seulement par téléphone n’offre pas les « canaux de"
                           "communication multimédia » du Customer-Care-Center."
                card "Customer-Care-Center"
                note en "Interpretation: the course names multimedia channels; that support by"
                        "telephone only fits badly is our inference."
                     fr "Interprétation : le cours cite des canaux multimédia ; qu’un support par"
                        "téléphone seulement convienne mal est notre déduction."

            rule ccc-always-accessible
                when hours = continuous
                points customer-care-center +3                                      # = +6
                because en "Customer-Care-Center: “the service is always accessible”."
                        fr "Customer-Care-Center : « Ce service est toujours accessible »."
                card "Customer-Care-Center"
                note en "Reading: “toujours accessible” (always accessible) is read as around the clock."
                     fr "Lecture : « toujours accessible » est lu comme : joignable en continu, 24 h sur"
                        "24."

            rule ccc-office-hours
                when hours = office
                points customer-care-center -2                                      # = -4
                because en "Support during office hours only is not “always accessible”."
                        fr "Un support aux heures de bureau seulement n’est pas « toujours accessible »."
                card "Customer-Care-Center"
                note en "Interpretation, as for ccc-always-accessible."
                     fr "Interprétation, comme pour ccc-always-accessible."

            rule ccc-limited-resources
                when resources = limited
                points customer-care-center -2                                      # = -4
                because en "Limited resources: a Customer-Care-Center needs “a technical infrastructure"
                           "for interactive relationships” and must be “always accessible”."
                        fr "Ressources limitées : le Customer-Care-Center demande « une infrastructure"
                           "technique pour des relations interactives » et doit être « toujours"
                           "accessible »."
                card "Customer-Care-Center"
                note en "Interpretation: the course does not speak of its cost."
                     fr "Interprétation : le cours ne parle pas de son coût."

            # The card's first sentence, « Est l’endroit central de toutes les activités du service
            # de support d’une entreprise », gives no points: it says what the Customer-Care-Center
            # gathers (all support activities), not that the company's IT is centralised, so it is
            # not read as the factor « Centralisé ou décentralisé ».

            # === Power-User-Organisation ==========================================================

            rule puo-several-sites
                when structure = decentralised
                points power-user-organisation +3                                   # = +9
                because en "Power-User-Organisation: “particularly suited to companies with several"
                           "sites (decentralised IT systems and organisation)”."
                        fr "Power-User-Organisation : « Elle est particulièrement indiquée pour des"
                           "entreprises avec plusieurs sites (systèmes et organisation IT décentralisés) »."
                card "Power-User-Organisation"

            rule puo-limited-resources
                when resources = limited
                points power-user-organisation +3                                   # = +6
                because en "Power-User-Organisation: particularly suited to companies “and limited"
                           "resources”."
                        fr "Power-User-Organisation : « particulièrement indiquée pour des entreprises"
                           "avec plusieurs sites » (…) « et des ressources limitées »."
                card "Power-User-Organisation"

            rule puo-ample-resources
                when resources = ample
                points power-user-organisation -1                                   # = -2
                because en "Ample resources: the Power-User-Organisation is meant for “limited"
                           "resources”; with more means, a professional support unit is affordable."
                        fr "Ressources importantes : la Power-User-Organisation est indiquée pour « des"
                           "ressources limitées » ; avec plus de moyens, une unité de support"
                           "professionnelle est possible."
                card "Power-User-Organisation"
                note en "Interpretation: the course only names limited resources."
                     fr "Interprétation : le cours ne parle que de ressources limitées."

            rule puo-experienced-users
                when powerusers = yes
                points power-user-organisation +2                                   # = +4
                because en "Power-User-Organisation: “calls on experienced users to support an IT"
                           "system”."
                        fr "Power-User-Organisation : « Appelle des utilisateurs expérimentés pour le"
                           "support d’un système IT. »"
                card "Power-User-Organisation"

            rule puo-no-power-users
                when powerusers = no
                points power-user-organisation -8                                   # = -16
                because en "Without experienced users there is no Power-User-Organisation: it “calls on"
                           "experienced users” and “depends strongly, from case to case, on the knowledge"
                           "of its members”."
                        fr "Sans utilisateurs expérimentés, pas de Power-User-Organisation : elle"
                           "« Appelle des utilisateurs expérimentés » et « dépend de cas en cas fortement"
                           "de la connaissance de ses collaborateurs »."
                card "Power-User-Organisation"
                note en "Interpretation: the size of the penalty (-16) is ours. It outweighs several"
                        "sites and limited resources together (+9 +6): without power users the form"
                        "cannot work. It gives the other forms nothing: the course does not say which"
                        "form takes over."
                     fr "Interprétation : la taille de la pénalité (-16) est la nôtre. Elle l’emporte sur"
                        "plusieurs sites et des ressources limitées réunis (+9 +6) : sans power users,"
                        "cette forme ne peut pas fonctionner. Elle ne donne rien aux autres formes : le"
                        "cours ne dit pas quelle forme prend le relais."

            """#
        ),
        (
            "Rules/50-advice.orgrules",
            #"""
            # 50-advice.orgrules: practices recommended alongside the winning form.
            #
            # An advice item is shown when its `when` condition is true (a condition on a criterion
            # that is not known is not true) and, if it has `for`, only when the winner is one of
            # the forms listed. Advice gives no points: it never changes the ranking.

            # SPOC: the Call-center is by definition a SPOC (« une centrale d’appel intelligente
            # fonctionnant comme SPOC »); the Customer-Care-Center, « l’endroit central de toutes
            # les activités du service de support », is one too (our reading).
            advice spoc
                title en "Single point of contact (SPOC) at first-level support"
                      fr "SPOC (point de contact unique) au niveau du FLS"
                text en "A single point of contact. “In a support centre, the SPOC is at first-level"
                        "support (FLS).” Advantages: 1. specialists are called on less; 2. lower costs;"
                        "3. faster answers (easier communication, time saved). Drawbacks: 1. answers"
                        "may be less precise or further from customers’ expectations, since it is not"
                        "a specialist who handles them; 2. a high workload, as the SPOC can quickly be"
                        "swamped by the volume of requests."
                     fr "« Point de contact unique. » « Dans un centre de support, le SPOC est au"
                        "niveau du FLS. » Avantages : « 1. Les spécialistes sont moins solicités »,"
                        "« 2. Réductions des coûts », « 3. Réponse plus rapide » (« Communication plus"
                        "facile », « Gain de temps »). Désavantages : « 1. Réponses possiblement moins"
                        "précies/aux attentes des clients étant donner que ce n’est pas un spécialiste"
                        "qui va gérer cela. » « 2. Charge de travail élevé car il peut être rapidement"
                        "submergé par le volume de demandes. »"
                for call-center, customer-care-center
                card "SPOC (Single Point of Contact)"

            # Whatever the form, a high request rate is the SPOC's second drawback.
            advice spoc-workload
                title en "High request rate: staff the first level"
                      fr "Taux de demande élevé : renforcer le premier niveau"
                text en "Plan enough staff at first-level support (FLS), where the single point of"
                        "contact sits: the course names as a drawback of the SPOC “a high workload, as"
                        "it can quickly be swamped by the volume of requests”."
                     fr "Prévoir assez de personnel au premier niveau (FLS), où se trouve le point de"
                        "contact unique : le cours cite comme désavantage du SPOC une « Charge de"
                        "travail élevé car il peut être rapidement submergé par le volume de"
                        "demandes. »"
                when volume = high
                card "SPOC (Single Point of Contact)"

            # SLA: a contract with customers; it matters most for external customers and for
            # support promised beyond office hours.
            advice sla
                title en "Agree a Service Level Agreement (SLA)"
                      fr "Convenir d’un Service Level Agreement (SLA)"
                text en "Agree an SLA with the users of the support. A Service Level Agreement “is a"
                        "contract between a service provider and a customer that defines the"
                        "expectations regarding the quality, the availability and the"
                        "responsibilities of the service provided”."
                     fr "Convenir d’un SLA avec les utilisateurs du support. Un Service Level"
                        "Agreement (« Accord de niveau de service ») « Est un contrat entre un"
                        "fournisseur de services et un client qui définit les attentes concernant la"
                        "qualité, la disponibilité, et les responsabilités du service fourni. »"
                when customers in [external, both] or hours in [extended, continuous]
                card "Service Level Agreements (Accord de niveau de service)"

            # FLS quality indicators: for the forms with a dedicated first-level unit (a
            # Power-User-Organisation relies on colleagues instead).
            advice fls-quality
                title en "Measure the quality of first-level support"
                      fr "Mesurer la qualité de service du FLS"
                text en "Measure the quality of first-level support (FLS) with the course’s four"
                        "indicators: high efficiency, reaction time, availability, means of contact."
                     fr "Mesurer la qualité de service du premier niveau (FLS) avec les quatre"
                        "indicateurs du cours : « Haute efficacité », « Temps de réaction »,"
                        "« Disponibilité », « Moyen de contact »."
                for hotline, help-desk, call-center, customer-care-center
                card "Indiquez 4 indicateurs servant à mesurer la qualité de service du FLS"

            # Ticket system: worth it as soon as requests are more than a few.
            advice ticket-system
                title en "Use a ticket system" fr "Utiliser un ticket system"
                text en "A ticket system “is a tool (software or application) for managing a company’s"
                        "support”. Employees open a ticket, like a notepad, stating their problem and"
                        "its priority; the support team manages and sorts the tickets and acts by"
                        "urgency (from the company’s point of view, not the requester’s). In short, “a"
                        "computer system for managing support cases”."
                     fr "« Le ticket system est un outil (logiciel ou application) permettant la"
                        "gestion du support d’une entreprise. » « Les employés ouvre un ticket,"
                        "ressemblant à un bloc note et indique leur problème avec leur priorité. »"
                        "« L’équipe de support gère et tris les tickets et interviennent selon le"
                        "niveau d’urgence (au point de vue de l’entreprise et non celle du"
                        "demandeur). » « C’est un système informatique permettant la gestion des cas"
                        "de support. »"
                when volume >= medium
                card "Qu-est ce qu-un Ticket System"

            # On-call duty: to cover hours beyond the office day without a full team.
            advice on-call
                title en "Organise on-call duty (service de piquet)"
                      fr "Organiser un service de piquet"
                text en "To cover extended hours or nights without a full team, organise on-call duty:"
                        "“during on-call duty, someone only has to be reachable and available. Work"
                        "outside service periods is only needed in an emergency.”"
                     fr "Pour couvrir des heures étendues ou la nuit sans équipe complète, organiser"
                        "un service de piquet : « Pendant le service de piquet, quelqu’un doit"
                        "uniquement être atteignable et disponible. Le travail au dehors des périodes"
                        "de service n’est nécessaire qu’en cas d’urgence. »"
                when hours in [extended, continuous]
                card "Service de piquet"

            """#
        ),
    ]

    /// The default rule base, compiled (see `RuleBaseArchive`).
    static let builtInArchive =
        #"""
        =orgadvisor-archive/2␟=orgadvisor-course␟=1.1.0␟+␟=IT-support organisation forms (course, chapter 2)␟=Formes d’organisation du support informatique (cours, chapitre 2)␟6␟=Rules/00-rulebase.orgrules␟=Rules/10-criteria.orgrules␟=Rules/20-forms.orgrules␟=Rules/30-derivations.orgrules␟=Rules/40-rules.orgrules␟=Rules/50-advice.orgrules␟=97ba20a9e9a9ce86␟
        11␟=structure␟=choice␟-␟-␟+␟=Centralised or decentralised␟=Centralisé ou décentralisé␟+␟=Is IT support run from one central place, or spread over several sites (decentralised IT)?␟=Le support informatique est-il organisé en un lieu central, ou réparti sur plusieurs sites (informatique décentralisée) ?␟3000␟2␟=centralised␟+␟=centralised␟=centralisé␟4␟=centralized␟=centralisée␟=central␟=centrale␟=decentralised␟+␟=decentralised␟=décentralisé␟7␟=decentralized␟=décentralisée␟=distributed␟=distribué␟=distribuée␟=réparti␟=répartie␟1␟23␟11␟
        =sites␟=integer␟1.0␟-␟+␟=Number of sites␟=Nombre de sites␟+␟=How many sites (locations) does the company have?␟=Combien de sites l’entreprise compte-t-elle ?␟1000␟0␟1␟38␟11␟
        =employees␟=integer␟1.0␟-␟+␟=Number of employees␟=Nombre de collaborateurs␟+␟=How many employees does the company have?␟=Combien de collaborateurs l’entreprise compte-t-elle ?␟1000␟0␟1␟44␟11␟
        =size␟=level␟-␟-␟+␟=Small or large company␟=Petite ou grande entreprise␟+␟=Is it a small, a medium-sized or a large company?␟=Est-ce une petite, une moyenne ou une grande entreprise ?␟3000␟3␟=small␟+␟=small␟=petite␟3␟=petit␟=small company␟=petite entreprise␟=medium␟+␟=medium-sized␟=moyenne␟4␟=mid-sized␟=moyen␟=medium company␟=moyenne entreprise␟=large␟+␟=large␟=grande␟4␟=grand␟=big␟=large company␟=grande entreprise␟1␟53␟11␟
        =volume␟=level␟-␟-␟+␟=Support request rate␟=Taux de demande de support␟+␟=How many support requests come in: few (few customers) or many?␟=Quel est le taux de demande de support : peu de clients ou beaucoup ?␟3000␟3␟=low␟+␟=low␟=faible␟5␟=few␟=peu␟=bas␟=basse␟=rare␟=medium␟+␟=medium␟=moyen␟5␟=moyenne␟=moderate␟=modéré␟=modérée␟=average␟=high␟+␟=high␟=élevé␟7␟=élevée␟=haut␟=haute␟=many␟=beaucoup␟=fort␟=forte␟1␟64␟11␟
        =complexity␟=level␟-␟-␟+␟=Complexity of support requests␟=Complexité des demandes de support␟+␟=How complex are the support requests?␟=Quelle est la complexité des demandes de support ?␟3000␟3␟=low␟+␟=low␟=faible␟5␟=simple␟=simples␟=easy␟=bas␟=basse␟=medium␟+␟=medium␟=moyenne␟5␟=moyen␟=moderate␟=modéré␟=modérée␟=average␟=high␟+␟=high␟=élevée␟8␟=élevé␟=haut␟=haute␟=complex␟=complexe␟=complexes␟=difficult␟=difficile␟1␟75␟11␟
        =resources␟=level␟-␟-␟+␟=Resources for IT support␟=Ressources pour le support␟+␟=How much staff and budget can the company give to IT support?␟=De quelles ressources (personnel, budget) l’entreprise dispose-t-elle pour le support ?␟2000␟3␟=limited␟+␟=limited␟=limitées␟10␟=limité␟=limitée␟=limités␟=low␟=faible␟=faibles␟=few␟=peu␟=scarce␟=restreintes␟=moderate␟+␟=moderate␟=moyennes␟5␟=medium␟=moyen␟=moyenne␟=modérées␟=average␟=ample␟+␟=ample␟=importantes␟8␟=important␟=importante␟=high␟=large␟=plentiful␟=abundant␟=élevées␟=grandes␟1␟88␟11␟
        =customers␟=choice␟-␟-␟+␟=Who the support serves␟=Public du support␟+␟=Whom does support serve: the company’s own employees, external customers, or both?␟=À qui s’adresse le support : aux collaborateurs de l’entreprise, à des clients externes, ou aux deux ?␟2000␟3␟=internal␟+␟=internal users␟=utilisateurs internes␟7␟=interne␟=internes␟=employees␟=employés␟=collaborateurs␟=staff␟=in-house␟=external␟+␟=external customers␟=clients externes␟4␟=externe␟=externes␟=customers␟=clients␟=both␟+␟=both␟=les deux␟6␟=mixed␟=mixte␟=internal and external␟=internes et externes␟=all␟=tous␟1␟101␟11␟
        =channels␟=choice␟-␟-␟+␟=Contact channels␟=Moyens de contact␟+␟=How do users reach support: by telephone only, or also by e-mail, chat and other channels?␟=Comment joint-on le support : uniquement par téléphone, ou aussi par e-mail, chat et d’autres canaux ?␟2000␟2␟=phone␟+␟=telephone␟=téléphone␟7␟=phone only␟=telephone only␟=téléphone uniquement␟=tel␟=téléphonique␟=calls␟=appels␟=multichannel␟+␟=several channels␟=multicanal␟10␟=multi-channel␟=multicanaux␟=e-mail␟=email␟=mail␟=chat␟=multimédia␟=multimedia channels␟=omnichannel␟=web␟1␟115␟11␟
        =hours␟=level␟-␟-␟+␟=Support hours␟=Disponibilité du support␟+␟=When must support be reachable: office hours, extended hours, or around the clock?␟=Quand le support doit-il être joignable : heures de bureau, horaire étendu ou en continu ?␟2000␟3␟=office␟+␟=office hours␟=heures de bureau␟5␟=bureau␟=business hours␟=working hours␟=daytime␟=journée␟=extended␟+␟=extended hours␟=horaire étendu␟6␟=étendu␟=étendues␟=heures étendues␟=evenings␟=soirées␟=weekends␟=continuous␟+␟=around the clock␟=en continu␟9␟=24/7␟=24x7␟=always␟=toujours␟=continu␟=continue␟=permanent␟=permanente␟=round the clock␟1␟128␟11␟
        =powerusers␟=yesno␟-␟-␟+␟=Experienced users (power users) available␟=Utilisateurs expérimentés (power users) disponibles␟+␟=Are there experienced users (power users) who could support their colleagues?␟=Y a-t-il des utilisateurs expérimentés (power users) capables d’assister leurs collègues ?␟2000␟2␟=yes␟+␟=yes␟=oui␟4␟=true␟=y␟=o␟=1␟=no␟+␟=no␟=non␟3␟=false␟=n␟=0␟1␟142␟11␟
        5␟=hotline␟+␟=Hotline␟=Hotline␟+␟=The simplest form of a centralised support unit. It is a telephone contact point and can handle all customer calls immediately. Reported problems are recorded with the necessary information (name and telephone number of the caller, component of the IT system concerned, description of the problem). Besides the tasks of the Help-Desk, this form of organisation also takes on technical-support tasks, for example: selecting and buying hardware and software; providing applications; installing and maintaining peripheral devices; ensuring data security and data protection; advising and training users; writing technical documentation or manuals.␟=C’est la forme la plus simple d’une unité de support centralisée. C’est un point de contact téléphonique et peut traiter immédiatement tous les appels des clients. Les problèmes signalés seront saisis et enregistrés avec les informations nécessaires (nom et numéro de téléphone de l’appelant, composant concerné du système IT, description du problème). Cette forme d’organisation, en plus des tâches du Helpdesk, se charge aussi des tâches du support technique. Celles-ci sont par exemple - Sélectionner et acheter du matériel et logiciel - Mettre à disposition des applications - Installer et maintenir des appareils périphériques - Assurer la sécurité et la protection des données - Conseiller et former les utilisateurs - Editer des documentations ou manuels techniques␟=Hotline␟2␟10␟6␟
        =help-desk␟+␟=Help-Desk␟=Help-Desk␟+␟=A support unit able to solve more complex problems. It can usually be reached by e-mail or chat as well as by telephone. As a rule it also takes on additional operational tasks such as: backup and restore; server monitoring; system administration; hardware inventory; informing customers.␟=C’est une unité de support capable de résoudre des problèmes plus complexes. Elle peut être généralement atteinte par e-mail ou chat en plus des appels téléphoniques. En règle générale, elle se charge aussi des tâches opérationnelles supplémentaires telles que: - Backup et Restore - Server-Monitprinf - Administration de système - Inventaire matériel - Information des clients␟=Help-Desk␟2␟41␟6␟
        =call-center␟+␟=Call-center␟=Call-center␟+␟=A support unit with an intelligent call switchboard working as a SPOC (single point of contact). It receives its telephone calls automatically and passes them on to the units concerned. Callers can put themselves directly in touch with the place they want using the keys of their telephone.␟=C’est une unité de support avec une centrale d’appel intelligente fonctionnant comme SPOC. Elle reçois automatiquement ses appels téléphoniques et les transmet aux instances concernées. L’appelant peut se mettre directement en contact avec l’endroit souhaité à l’aide des touches du téléphone.␟=Call-center␟2␟59␟6␟
        =customer-care-center␟+␟=Customer-Care-Center␟=Customer-Care-Center␟+␟=The central place of all the support activities of a company. The main aim of this form of organisation is twofold: on the one hand, to make it easier for customers to access the company’s products and services; on the other, it broadens and deepens the knowledge of, and the relationships with, those customers. To do so, a technical infrastructure for interactive relationships is used. The service is always accessible through multimedia communication channels, and supports customers from the specification of their needs to the maintenance of the system. This also includes removing disruptions and supplying updates.␟=Est l’endroit central de toutes les activités du service de support d’une entreprise. L’objectif principal de cette forme d’organisation est double : - D’une part il s’agit pour l’entreprise de faciliter aux clients l’accès aux produits et services de l’entreprise. - D’une part, elle élargit et approfondit la connaissance et les relations avec ceux-ci. Pour cela on utilise une infrastructure technique pour des relations interactives. Ce service est toujours accessible à l’aide de canaux de communication multimédia et soutient le client depuis la spécification des besoins jusqu’à la maintenance du système. Ceci implique aussi l’élimination des perturbations et la fourniture des mises à jour.␟=Customer-Care-Center␟2␟73␟6␟
        =power-user-organisation␟+␟=Power-User-Organisation␟=Power-User-Organisation␟+␟=Calls on experienced users to support an IT system. It is particularly suited to companies with several sites (decentralised IT systems and organisation) and limited resources. Its tasks normally match those of a Help-Desk, but from case to case they depend strongly on the knowledge of its members.␟=Appelle des utilisateurs expérimentés pour le support d’un système IT. Elle est particulièrement indiquée pour des entreprises avec plusieurs sites (systèmes et organisation IT décentralisés) et des ressources limitées. Normalement ses tâches correspondent à celles d’un Heldesk, mais dépend de cas en cas fortement de la connaissance de ses collaborateurs.␟=Power-User-Organisation␟2␟99␟6␟
        32␟=hotline-centralised␟c␟0␟=␟0.0␟=structure = centralised␟4␟55␟10␟1␟0␟2000␟3000␟0␟+␟=Hotline: “the simplest form of a centralised support unit”.␟=Hotline : « C’est la forme la plus simple d’une unité de support centralisée. »␟=Hotline␟-␟4␟54␟6␟
        =hotline-decentralised␟c␟0␟=␟1.0␟=structure = decentralised␟4␟63␟10␟1␟0␟-2000␟3000␟0␟+␟=A Hotline is “the simplest form of a centralised support unit”: it suits decentralised IT badly.␟=La Hotline est « la forme la plus simple d’une unité de support centralisée » : elle convient mal à une informatique décentralisée.␟=Hotline␟+␟=Interpretation: the course calls the Hotline centralised; that it fits decentralised IT badly is our inference.␟=Interprétation : le cours dit la Hotline centralisée ; qu’elle convienne mal à une informatique décentralisée est notre déduction.␟4␟62␟6␟
        =hotline-small-company␟c␟3␟=␟0.0␟=size = small␟4␟76␟10␟1␟0␟1000␟3000␟3␟+␟=Small company (course factor “Petite ou grande entreprise”): the Hotline is “the simplest form” of support unit.␟=Petite entreprise (facteur « Petite ou grande entreprise ») : la Hotline est « la forme la plus simple d’une unité de support centralisée ».␟=Hotline␟+␟=Interpretation: the course names company size as a deciding factor but ties no form to a size; the simplest form is taken to suit a small company. Kept small (+3) for that reason.␟=Interprétation : le cours cite la taille de l’entreprise parmi les facteurs déterminants, mais n’y associe aucune forme ; la forme la plus simple est jugée adaptée à une petite entreprise. Gardé faible (+3) pour cette raison.␟4␟75␟6␟
        =hotline-low-volume␟c␟4␟=␟0.0␟=volume = low␟4␟91␟10␟1␟0␟2000␟3000␟4␟+␟=Few requests (“peu de clients ou beaucoup”): a Hotline “can handle all customer calls immediately”.␟=Peu de demandes (« donc peu de clients ou beaucoup ») : la Hotline « peut traiter immédiatement tous les appels des clients ».␟=Hotline␟+␟=Interpretation: handling every call immediately is only realistic when few requests come in.␟=Interprétation : traiter immédiatement chaque appel n’est réaliste que si les demandes sont peu nombreuses.␟4␟90␟6␟
        =hotline-high-volume␟c␟4␟=␟2.0␟=volume = high␟4␟104␟10␟1␟0␟-2000␟3000␟4␟+␟=Many requests: a Hotline that must “handle all customer calls immediately” is soon overwhelmed.␟=Beaucoup de demandes : une Hotline qui doit « traiter immédiatement tous les appels des clients » est vite débordée.␟=Hotline␟+␟=Interpretation, as for hotline-low-volume.␟=Interprétation, comme pour hotline-low-volume.␟4␟103␟6␟
        =hotline-simple-requests␟c␟5␟=␟0.0␟=complexity = low␟4␟115␟10␟1␟0␟2000␟3000␟5␟+␟=Simple requests: the Hotline is “the simplest form”; reported problems “are recorded with the necessary information”.␟=Demandes simples : la Hotline est « la forme la plus simple » ; les problèmes signalés « seront saisis et enregistrés avec les informations nécessaires ».␟=Hotline␟+␟=Interpretation: the course sets the Hotline against the Help-Desk, the unit “able to solve more complex problems”.␟=Interprétation : le cours oppose la Hotline au Help-Desk, l’unité « capable de résoudre des problèmes plus complexes ».␟4␟114␟6␟
        =hotline-complex-requests␟c␟5␟=␟2.0␟=complexity = high␟4␟128␟10␟1␟0␟-2000␟3000␟5␟+␟=Complex requests need the unit “able to solve more complex problems” (the Help-Desk), not “the simplest form”.␟=Des demandes complexes demandent l’unité « capable de résoudre des problèmes plus complexes » (le Help-Desk), pas « la forme la plus simple ».␟=Hotline␟+␟=Interpretation, as for hotline-simple-requests.␟=Interprétation, comme pour hotline-simple-requests.␟4␟127␟6␟
        =hotline-telephone␟c␟8␟=␟0.0␟=channels = phone␟4␟139␟10␟1␟0␟1000␟2000␟8␟+␟=Hotline: “it is a telephone contact point”.␟=Hotline : « C’est un point de contact téléphonique ».␟=Hotline␟-␟4␟138␟6␟
        =helpdesk-complex-requests␟c␟5␟=␟2.0␟=complexity = high␟4␟148␟10␟1␟1␟3000␟3000␟5␟+␟=Help-Desk: “a support unit able to solve more complex problems”.␟=Help-Desk : « C’est une unité de support capable de résoudre des problèmes plus complexes. »␟=Help-Desk␟+␟=Reading: “more complex problems” is read as a high complexity of requests.␟=Lecture : « des problèmes plus complexes » est lu comme une complexité élevée des demandes.␟4␟147␟6␟
        =helpdesk-medium-complexity␟c␟5␟=␟1.0␟=complexity = medium␟4␟159␟10␟1␟1␟1000␟3000␟5␟+␟=Requests of medium complexity: already “more complex problems” than the simple calls of a Hotline, “the simplest form”.␟=Demandes de complexité moyenne : déjà des « problèmes plus complexes » que les simples appels d’une Hotline, « la forme la plus simple ».␟=Help-Desk␟+␟=Interpretation: the course does not grade complexity; “more complex” is comparative, so medium requests get a third of the points of complex ones.␟=Interprétation : le cours ne gradue pas la complexité ; « plus complexes » est un comparatif, les demandes moyennes reçoivent donc le tiers des points des demandes complexes.␟4␟158␟6␟
        =helpdesk-email-chat␟c␟8␟=␟1.0␟=channels = multichannel␟4␟173␟10␟1␟1␟2000␟2000␟8␟+␟=Help-Desk: “it can usually be reached by e-mail or chat as well as by telephone”.␟=Help-Desk : « Elle peut être généralement atteinte par e-mail ou chat en plus des appels téléphoniques. »␟=Help-Desk␟-␟4␟172␟6␟
        =helpdesk-operational-tasks␟c␟7␟=␟0.0␟=customers = internal␟4␟182␟10␟1␟1␟1000␟2000␟7␟+␟=Help-Desk: “as a rule it also takes on additional operational tasks” (backup and restore, server monitoring, system administration, hardware inventory).␟=Help-Desk : « En règle générale, elle se charge aussi des tâches opérationnelles supplémentaires » (Backup et Restore, Administration de système, Inventaire matériel…).␟=Help-Desk␟+␟=Interpretation: these operational tasks serve the company’s own IT, so the Help-Desk suits support for internal users. Kept small (+2): the same card also lists “Information des clients” (informing customers).␟=Interprétation : ces tâches opérationnelles servent l’informatique de l’entreprise elle-même ; le Help-Desk convient donc au support des utilisateurs internes. Gardé faible (+2) : la même carte cite aussi « Information des clients ».␟4␟181␟6␟
        =callcenter-large-company␟c␟3␟=␟2.0␟=size = large␟4␟201␟10␟1␟2␟1000␟3000␟3␟+␟=Large company (“Petite ou grande entreprise”): an “intelligent call switchboard working as a SPOC” passes calls on “to the units concerned”.␟=Grande entreprise (« Petite ou grande entreprise ») : une « centrale d’appel intelligente fonctionnant comme SPOC » transmet les appels « aux instances concernées ».␟=Call-center␟+␟=Interpretation: having several units to pass calls on to supposes a large organisation; the course ties no form to a size, so this is kept small (+3).␟=Interprétation : avoir plusieurs instances vers lesquelles transmettre les appels suppose une grande organisation ; le cours n’associe aucune forme à une taille, d’où un poids faible (+3).␟4␟200␟6␟
        =callcenter-small-company␟c␟3␟=␟0.0␟=size = small␟4␟216␟10␟1␟2␟-1000␟3000␟3␟+␟=Small company: there are few “units concerned” to pass calls on to; an “intelligent call switchboard” is out of proportion.␟=Petite entreprise : il y a peu d’« instances concernées » vers lesquelles transmettre les appels ; une « centrale d’appel intelligente » est disproportionnée.␟=Call-center␟+␟=Interpretation, as for callcenter-large-company.␟=Interprétation, comme pour callcenter-large-company.␟4␟215␟6␟
        =callcenter-high-volume␟c␟4␟=␟2.0␟=volume = high␟4␟228␟10␟1␟2␟3000␟3000␟4␟+␟=Many requests (“peu de clients ou beaucoup”): a Call-center “receives its telephone calls automatically and passes them on to the units concerned”.␟=Beaucoup de demandes (« donc peu de clients ou beaucoup ») : le Call-center « reçois automatiquement ses appels téléphoniques et les transmet aux instances concernées ».␟=Call-center␟+␟=Interpretation: distributing calls automatically pays off when many calls come in.␟=Interprétation : distribuer les appels automatiquement se justifie quand les appels sont nombreux.␟4␟227␟6␟
        =callcenter-low-volume␟c␟4␟=␟0.0␟=volume = low␟4␟242␟10␟1␟2␟-2000␟3000␟4␟+␟=Few requests: an “intelligent call switchboard” that distributes calls is not worth it.␟=Peu de demandes : une « centrale d’appel intelligente » qui distribue les appels ne se justifie pas.␟=Call-center␟+␟=Interpretation, as for callcenter-high-volume.␟=Interprétation, comme pour callcenter-high-volume.␟4␟241␟6␟
        =callcenter-telephone␟c␟8␟=␟0.0␟=channels = phone␟4␟253␟10␟1␟2␟2000␟2000␟8␟+␟=Call-center: “callers can put themselves directly in touch with the place they want using the keys of their telephone”.␟=Call-center : « L’appelant peut se mettre directement en contact avec l’endroit souhaité à l’aide des touches du téléphone. »␟=Call-center␟-␟4␟252␟6␟
        =callcenter-telephone-only␟c␟8␟=␟1.0␟=channels = multichannel␟4␟262␟10␟1␟2␟-2000␟2000␟8␟+␟=A Call-center receives “its telephone calls”; unlike the Help-Desk and the Customer-Care-Center, its card names no other channel.␟=Le Call-center reçoit « ses appels téléphoniques » ; contrairement au Help-Desk et au Customer-Care-Center, sa carte ne cite aucun autre canal.␟=Call-center␟+␟=Interpretation: the card only speaks of telephone calls.␟=Interprétation : la carte ne parle que d’appels téléphoniques.␟4␟261␟6␟
        =ccc-large-company␟c␟3␟=␟2.0␟=size = large␟4␟275␟10␟1␟3␟1000␟3000␟3␟+␟=Large company: the Customer-Care-Center gathers “all the support activities of a company” and uses “a technical infrastructure for interactive relationships”.␟=Grande entreprise : le Customer-Care-Center réunit « toutes les activités du service de support d’une entreprise » et utilise « une infrastructure technique pour des relations interactives ».␟=Customer-Care-Center␟+␟=Interpretation: the course ties no form to a company size; kept small (+3), as for the Call-center.␟=Interprétation : le cours n’associe aucune forme à une taille d’entreprise ; gardé faible (+3), comme pour le Call-center.␟4␟274␟6␟
        =ccc-many-customers␟c␟4␟=␟2.0␟=volume = high␟4␟290␟10␟1␟3␟1000␟3000␟4␟+␟=Many customers (“peu de clients ou beaucoup”): the Customer-Care-Center’s aim is “to make it easier for customers to access the company’s products and services”.␟=Beaucoup de clients (« donc peu de clients ou beaucoup ») : le Customer-Care-Center doit « faciliter aux clients l’accès aux produits et services de l’entreprise ».␟=Customer-Care-Center␟+␟=Interpretation: the course links the request rate to the number of customers.␟=Interprétation : le cours relie le taux de demande au nombre de clients.␟4␟289␟6␟
        =ccc-external-customers␟m␟7␟2␟1.0␟2.0␟=customers in [external, both]␟4␟303␟10␟1␟3␟3000␟2000␟7␟+␟=Customer-Care-Center: its aim is “to make it easier for customers to access the company’s products and services” and it “broadens and deepens the knowledge of, and the relationships with, them”.␟=Customer-Care-Center : « il s’agit pour l’entreprise de faciliter aux clients l’accès aux produits et services de l’entreprise » et « elle élargit et approfondit la connaissance et les relations avec ceux-ci ».␟=Customer-Care-Center␟+␟=Reading: the course’s “clients”, who use the company’s products and services, are read as external customers.␟=Lecture : les « clients » du cours, qui utilisent les produits et services de l’entreprise, sont lus comme des clients externes.␟4␟302␟6␟
        =ccc-internal-customers␟c␟7␟=␟0.0␟=customers = internal␟4␟318␟10␟1␟3␟-2000␟2000␟7␟+␟=Internal users only: the Customer-Care-Center exists “to make it easier for customers to access the company’s products and services”.␟=Utilisateurs internes seulement : le Customer-Care-Center sert à « faciliter aux clients l’accès aux produits et services de l’entreprise ».␟=Customer-Care-Center␟+␟=Interpretation, as for ccc-external-customers.␟=Interprétation, comme pour ccc-external-customers.␟4␟317␟6␟
        =ccc-multimedia␟c␟8␟=␟1.0␟=channels = multichannel␟4␟329␟10␟1␟3␟2000␟2000␟8␟+␟=Customer-Care-Center: “the service is always accessible through multimedia communication channels”.␟=Customer-Care-Center : « Ce service est toujours accessible à l’aide de canaux de communication multimédia ».␟=Customer-Care-Center␟-␟4␟328␟6␟
        =ccc-telephone-only␟c␟8␟=␟0.0␟=channels = phone␟4␟338␟10␟1␟3␟-2000␟2000␟8␟+␟=Support by telephone only lacks the Customer-Care-Center’s “multimedia communication channels”.␟=Un support joignable seulement par téléphone n’offre pas les « canaux de communication multimédia » du Customer-Care-Center.␟=Customer-Care-Center␟+␟=Interpretation: the course names multimedia channels; that support by telephone only fits badly is our inference.␟=Interprétation : le cours cite des canaux multimédia ; qu’un support par téléphone seulement convienne mal est notre déduction.␟4␟337␟6␟
        =ccc-always-accessible␟c␟9␟=␟2.0␟=hours = continuous␟4␟351␟10␟1␟3␟3000␟2000␟9␟+␟=Customer-Care-Center: “the service is always accessible”.␟=Customer-Care-Center : « Ce service est toujours accessible ».␟=Customer-Care-Center␟+␟=Reading: “toujours accessible” (always accessible) is read as around the clock.␟=Lecture : « toujours accessible » est lu comme : joignable en continu, 24 h sur 24.␟4␟350␟6␟
        =ccc-office-hours␟c␟9␟=␟0.0␟=hours = office␟4␟361␟10␟1␟3␟-2000␟2000␟9␟+␟=Support during office hours only is not “always accessible”.␟=Un support aux heures de bureau seulement n’est pas « toujours accessible ».␟=Customer-Care-Center␟+␟=Interpretation, as for ccc-always-accessible.␟=Interprétation, comme pour ccc-always-accessible.␟4␟360␟6␟
        =ccc-limited-resources␟c␟6␟=␟0.0␟=resources = limited␟4␟370␟10␟1␟3␟-2000␟2000␟6␟+␟=Limited resources: a Customer-Care-Center needs “a technical infrastructure for interactive relationships” and must be “always accessible”.␟=Ressources limitées : le Customer-Care-Center demande « une infrastructure technique pour des relations interactives » et doit être « toujours accessible ».␟=Customer-Care-Center␟+␟=Interpretation: the course does not speak of its cost.␟=Interprétation : le cours ne parle pas de son coût.␟4␟369␟6␟
        =puo-several-sites␟c␟0␟=␟1.0␟=structure = decentralised␟4␟389␟10␟1␟4␟3000␟3000␟0␟+␟=Power-User-Organisation: “particularly suited to companies with several sites (decentralised IT systems and organisation)”.␟=Power-User-Organisation : « Elle est particulièrement indiquée pour des entreprises avec plusieurs sites (systèmes et organisation IT décentralisés) ».␟=Power-User-Organisation␟-␟4␟388␟6␟
        =puo-limited-resources␟c␟6␟=␟0.0␟=resources = limited␟4␟398␟10␟1␟4␟3000␟2000␟6␟+␟=Power-User-Organisation: particularly suited to companies “and limited resources”.␟=Power-User-Organisation : « particulièrement indiquée pour des entreprises avec plusieurs sites » (…) « et des ressources limitées ».␟=Power-User-Organisation␟-␟4␟397␟6␟
        =puo-ample-resources␟c␟6␟=␟2.0␟=resources = ample␟4␟407␟10␟1␟4␟-1000␟2000␟6␟+␟=Ample resources: the Power-User-Organisation is meant for “limited resources”; with more means, a professional support unit is affordable.␟=Ressources importantes : la Power-User-Organisation est indiquée pour « des ressources limitées » ; avec plus de moyens, une unité de support professionnelle est possible.␟=Power-User-Organisation␟+␟=Interpretation: the course only names limited resources.␟=Interprétation : le cours ne parle que de ressources limitées.␟4␟406␟6␟
        =puo-experienced-users␟c␟10␟=␟0.0␟=powerusers = yes␟4␟419␟10␟1␟4␟2000␟2000␟10␟+␟=Power-User-Organisation: “calls on experienced users to support an IT system”.␟=Power-User-Organisation : « Appelle des utilisateurs expérimentés pour le support d’un système IT. »␟=Power-User-Organisation␟-␟4␟418␟6␟
        =puo-no-power-users␟c␟10␟=␟1.0␟=powerusers = no␟4␟428␟10␟1␟4␟-8000␟2000␟10␟+␟=Without experienced users there is no Power-User-Organisation: it “calls on experienced users” and “depends strongly, from case to case, on the knowledge of its members”.␟=Sans utilisateurs expérimentés, pas de Power-User-Organisation : elle « Appelle des utilisateurs expérimentés » et « dépend de cas en cas fortement de la connaissance de ses collaborateurs ».␟=Power-User-Organisation␟+␟=Interpretation: the size of the penalty (-16) is ours. It outweighs several sites and limited resources together (+9 +6): without power users the form cannot work. It gives the other forms nothing: the course does not say which form takes over.␟=Interprétation : la taille de la pénalité (-16) est la nôtre. Elle l’emporte sur plusieurs sites et des ressources limitées réunis (+9 +6) : sans power users, cette forme ne peut pas fonctionner. Elle ne donne rien aux autres formes : le cours ne dit pas quelle forme prend le relais.␟4␟427␟6␟
        5␟=structure-from-several-sites␟0␟1.0␟c␟1␟>=␟3.0␟=sites >= 3␟3␟12␟10␟+␟=Power-User-Organisation: “particularly suited to companies with several sites (decentralised IT systems and organisation)”.␟=Power-User-Organisation : « Elle est particulièrement indiquée pour des entreprises avec plusieurs sites (systèmes et organisation IT décentralisés) ».␟=Power-User-Organisation␟+␟=Interpretation: the course only says “plusieurs sites” (several sites). The threshold of 3 is ours: with 2 sites, IT can still easily be run from one place, so the structure stays unknown unless it is given.␟=Interprétation : le cours dit seulement « plusieurs sites ». Le seuil de 3 est le nôtre : avec 2 sites, l’informatique peut encore être gérée depuis un seul lieu, la structure reste donc inconnue si elle n’est pas donnée.␟3␟10␟8␟
        =structure-from-one-site␟0␟0.0␟c␟1␟=␟1.0␟=sites = 1␟3␟27␟10␟+␟=Course factor “Centralisé ou décentralisé”: a company with a single site runs its support from one place.␟=Facteur du cours « Centralisé ou décentralisé » : une entreprise d’un seul site organise son support en un seul lieu.␟=Facteurs d’influence déterminant le choix de la forme d’organisation␟+␟=Interpretation: the course does not say it, but one site leaves nothing to decentralise.␟=Interprétation : le cours ne le dit pas, mais un seul site ne laisse rien à décentraliser.␟3␟25␟8␟
        =size-small-from-employees␟3␟0.0␟c␟2␟<␟50.0␟=employees < 50␟3␟43␟10␟+␟=Course factor “Petite ou grande entreprise” (small or large company).␟=Facteur du cours « Petite ou grande entreprise ».␟=Facteurs d’influence déterminant le choix de la forme d’organisation␟+␟=Interpretation: the thresholds (fewer than 50 employees: small; fewer than 250: medium-sized; otherwise large) are the usual definition of small and medium-sized enterprises (SMEs), not the course’s: the course gives no numbers.␟=Interprétation : les seuils (moins de 50 collaborateurs : petite ; moins de 250 : moyenne ; sinon grande) sont la définition usuelle des PME, pas celle du cours : le cours ne donne pas de chiffres.␟3␟41␟8␟
        =size-medium-from-employees␟3␟1.0␟&␟2␟c␟2␟>=␟50.0␟=employees >= 50␟3␟56␟10␟c␟2␟<␟250.0␟=employees < 250␟3␟56␟30␟=employees >= 50 and employees < 250␟3␟56␟10␟+␟=Course factor “Petite ou grande entreprise” (small or large company).␟=Facteur du cours « Petite ou grande entreprise ».␟=Facteurs d’influence déterminant le choix de la forme d’organisation␟+␟=Interpretation: the usual SME definition (50 to 249 employees: medium-sized), not the course’s.␟=Interprétation : la définition usuelle des PME (de 50 à 249 collaborateurs : moyenne), pas celle du cours.␟3␟54␟8␟
        =size-large-from-employees␟3␟2.0␟c␟2␟>=␟250.0␟=employees >= 250␟3␟67␟10␟+␟=Course factor “Petite ou grande entreprise” (small or large company).␟=Facteur du cours « Petite ou grande entreprise ».␟=Facteurs d’influence déterminant le choix de la forme d’organisation␟+␟=Interpretation: the usual SME definition (250 employees or more: large), not the course’s.␟=Interprétation : la définition usuelle des PME (250 collaborateurs ou plus : grande), pas celle du cours.␟3␟65␟8␟
        5␟0␟1␟2␟3␟4␟6␟=spoc␟+␟=Single point of contact (SPOC) at first-level support␟=SPOC (point de contact unique) au niveau du FLS␟+␟=A single point of contact. “In a support centre, the SPOC is at first-level support (FLS).” Advantages: 1. specialists are called on less; 2. lower costs; 3. faster answers (easier communication, time saved). Drawbacks: 1. answers may be less precise or further from customers’ expectations, since it is not a specialist who handles them; 2. a high workload, as the SPOC can quickly be swamped by the volume of requests.␟=« Point de contact unique. » « Dans un centre de support, le SPOC est au niveau du FLS. » Avantages : « 1. Les spécialistes sont moins solicités », « 2. Réductions des coûts », « 3. Réponse plus rapide » (« Communication plus facile », « Gain de temps »). Désavantages : « 1. Réponses possiblement moins précies/aux attentes des clients étant donner que ce n’est pas un spécialiste qui va gérer cela. » « 2. Charge de travail élevé car il peut être rapidement submergé par le volume de demandes. »␟0␟2␟2␟3␟=SPOC (Single Point of Contact)␟5␟10␟8␟
        =spoc-workload␟+␟=High request rate: staff the first level␟=Taux de demande élevé : renforcer le premier niveau␟+␟=Plan enough staff at first-level support (FLS), where the single point of contact sits: the course names as a drawback of the SPOC “a high workload, as it can quickly be swamped by the volume of requests”.␟=Prévoir assez de personnel au premier niveau (FLS), où se trouve le point de contact unique : le cours cite comme désavantage du SPOC une « Charge de travail élevé car il peut être rapidement submergé par le volume de demandes. »␟1␟c␟4␟=␟2.0␟=volume = high␟5␟40␟10␟0␟=SPOC (Single Point of Contact)␟5␟30␟8␟
        =sla␟+␟=Agree a Service Level Agreement (SLA)␟=Convenir d’un Service Level Agreement (SLA)␟+␟=Agree an SLA with the users of the support. A Service Level Agreement “is a contract between a service provider and a customer that defines the expectations regarding the quality, the availability and the responsibilities of the service provided”.␟=Convenir d’un SLA avec les utilisateurs du support. Un Service Level Agreement (« Accord de niveau de service ») « Est un contrat entre un fournisseur de services et un client qui définit les attentes concernant la qualité, la disponibilité, et les responsabilités du service fourni. »␟1␟|␟2␟m␟7␟2␟1.0␟2.0␟=customers in [external, both]␟5␟56␟10␟m␟9␟2␟1.0␟2.0␟=hours in [extended, continuous]␟5␟56␟43␟=customers in [external, both] or hours in [extended, continuous]␟5␟56␟10␟0␟=Service Level Agreements (Accord de niveau de service)␟5␟45␟8␟
        =fls-quality␟+␟=Measure the quality of first-level support␟=Mesurer la qualité de service du FLS␟+␟=Measure the quality of first-level support (FLS) with the course’s four indicators: high efficiency, reaction time, availability, means of contact.␟=Mesurer la qualité de service du premier niveau (FLS) avec les quatre indicateurs du cours : « Haute efficacité », « Temps de réaction », « Disponibilité », « Moyen de contact ».␟0␟4␟0␟1␟2␟3␟=Indiquez 4 indicateurs servant à mesurer la qualité de service du FLS␟5␟61␟8␟
        =ticket-system␟+␟=Use a ticket system␟=Utiliser un ticket system␟+␟=A ticket system “is a tool (software or application) for managing a company’s support”. Employees open a ticket, like a notepad, stating their problem and its priority; the support team manages and sorts the tickets and acts by urgency (from the company’s point of view, not the requester’s). In short, “a computer system for managing support cases”.␟=« Le ticket system est un outil (logiciel ou application) permettant la gestion du support d’une entreprise. » « Les employés ouvre un ticket, ressemblant à un bloc note et indique leur problème avec leur priorité. » « L’équipe de support gère et tris les tickets et interviennent selon le niveau d’urgence (au point de vue de l’entreprise et non celle du demandeur). » « C’est un système informatique permettant la gestion des cas de support. »␟1␟c␟4␟>=␟1.0␟=volume >= medium␟5␟87␟10␟0␟=Qu-est ce qu-un Ticket System␟5␟73␟8␟
        =on-call␟+␟=Organise on-call duty (service de piquet)␟=Organiser un service de piquet␟+␟=To cover extended hours or nights without a full team, organise on-call duty: “during on-call duty, someone only has to be reachable and available. Work outside service periods is only needed in an emergency.”␟=Pour couvrir des heures étendues ou la nuit sans équipe complète, organiser un service de piquet : « Pendant le service de piquet, quelqu’un doit uniquement être atteignable et disponible. Le travail au dehors des périodes de service n’est nécessaire qu’en cas d’urgence. »␟1␟m␟9␟2␟1.0␟2.0␟=hours in [extended, continuous]␟5␟101␟10␟0␟=Service de piquet␟5␟91␟8␟
        1␟=tie␟=b␟+␟=Forms tie when the facts given speak equally for them, and the course does not rank them either (e.g. by e-mail or chat alone, both the Help-Desk and the Customer-Care-Center fit). Every result shows the tie (“tie at the top”, "tie": true in JSON); the ranking lists the tied forms in declaration order, the Hotline (“the simplest form”) first.␟=Des formes sont à égalité quand les faits donnés parlent autant pour chacune et que le cours ne les départage pas non plus (p. ex. joignable par e-mail ou chat seulement : le Help-Desk et le Customer-Care-Center conviennent tous deux). Chaque résultat montre l’égalité (« égalité en tête », "tie": true en JSON) ; le classement donne les formes à égalité dans l’ordre de déclaration, la Hotline (« la forme la plus simple ») d’abord.␟0␟27␟5␟

        """#
}
