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
            # Where a rule goes beyond what the course says (a threshold, an interpretation), its
            # `note` says so. Rules/README.md is the language reference.

            rulebase "orgadvisor-course" version "1.0.0"
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
                note en "The course only says “plusieurs sites” (several sites). The threshold of 3 is"
                        "ours: with 2 sites, IT can still easily be run from one place, so the structure"
                        "stays unknown unless it is given."
                     fr "Le cours dit seulement « plusieurs sites ». Le seuil de 3 est le nôtre : avec"
                        "2 sites, l’informatique peut encore être gérée depuis un seul lieu, la structure"
                        "reste donc inconnue si elle n’est pas donnée."

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
                note en "The thresholds (fewer than 50 employees: small; fewer than 250: medium-sized;"
                        "otherwise large) are the usual definition of small and medium-sized"
                        "enterprises (SMEs), not the course’s: the course gives no numbers."
                     fr "Les seuils (moins de 50 collaborateurs : petite ; moins de 250 : moyenne ;"
                        "sinon grande) sont la définition usuelle des PME, pas celle du cours : le cours"
                        "ne donne pas de chiffres."

            derive size-medium-from-employees
                set size = medium
                when employees >= 50 and employees < 250
                because en "Course factor “Petite ou grande entreprise” (small or large company)."
                        fr "Facteur du cours « Petite ou grande entreprise »."
                card "Facteurs d’influence déterminant le choix de la forme d’organisation"
                note en "Usual SME definition (50 to 249 employees: medium-sized), not the course’s."
                     fr "Définition usuelle des PME (de 50 à 249 collaborateurs : moyenne), pas celle"
                        "du cours."

            derive size-large-from-employees
                set size = large
                when employees >= 250
                because en "Course factor “Petite ou grande entreprise” (small or large company)."
                        fr "Facteur du cours « Petite ou grande entreprise »."
                card "Facteurs d’influence déterminant le choix de la forme d’organisation"
                note en "Usual SME definition (250 employees or more: large), not the course’s."
                     fr "Définition usuelle des PME (250 collaborateurs ou plus : grande), pas celle"
                        "du cours."

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
            # Every rule tests one criterion, so a form's score is simply the sum of what each
            # known criterion gives it:
            #
            #   criterion = value        hotline  help-desk  call-center  customer-care  power-user
            #   structure = centralised      +6                                 +3
            #   structure = decentralised    -6                    +3                         +9
            #   size = small                 +6                    -6
            #   size = medium                          +6
            #   size = large                                       +6           +3
            #   volume = low                 +6                    -6
            #   volume = high                -6                    +9           +3
            #   complexity = low             +6
            #   complexity = medium                    +9
            #   complexity = high            -6        +9
            #   channels = phone             +2                    +4           -4
            #   channels = multichannel                +4          -4           +4
            #   customers = internal                   +4                       -4
            #   customers = external                                            +6
            #   customers = both                                                +6
            #   hours = office                                                  -4
            #   hours = continuous                                              +6
            #   resources = limited                                             -4           +6
            #   resources = ample                                                            -2
            #   powerusers = yes                                                             +4
            #   powerusers = no                        +4                                   -16
            #
            # (volume = medium, hours = extended and resources = moderate give nothing.)

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
                points hotline +2                                                   # = +6
                because en "Small company (course factor “Petite ou grande entreprise”): the Hotline is"
                           "“the simplest form” of support unit."
                        fr "Petite entreprise (facteur « Petite ou grande entreprise ») : la Hotline est"
                           "« la forme la plus simple d’une unité de support centralisée »."
                card "Hotline"
                note en "Interpretation: the course ties no form to a company size; the simplest form"
                        "is taken to suit a small company."
                     fr "Interprétation : le cours n’associe aucune forme à une taille d’entreprise ; la"
                        "forme la plus simple est jugée adaptée à une petite entreprise."

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
                when complexity >= medium
                points help-desk +3                                                 # = +9
                because en "Help-Desk: “a support unit able to solve more complex problems”."
                        fr "Help-Desk : « C’est une unité de support capable de résoudre des problèmes"
                           "plus complexes. »"
                card "Help-Desk"
                note en "“More complex problems” is read as medium or high complexity."
                     fr "« problèmes plus complexes » est lu comme une complexité moyenne ou élevée."

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
                points help-desk +2                                                 # = +4
                because en "Help-Desk: “as a rule it also takes on additional operational tasks” (backup"
                           "and restore, server monitoring, system administration, hardware inventory)."
                        fr "Help-Desk : « En règle générale, elle se charge aussi des tâches"
                           "opérationnelles supplémentaires » (Backup et Restore, Administration de"
                           "système, Inventaire matériel…)."
                card "Help-Desk"
                note en "Interpretation: these operational tasks serve the company’s own IT, so the"
                        "Help-Desk suits support for internal users."
                     fr "Interprétation : ces tâches opérationnelles servent l’informatique de"
                        "l’entreprise elle-même ; le Help-Desk convient donc au support des"
                        "utilisateurs internes."

            rule helpdesk-medium-company
                when size = medium
                points help-desk +2                                                 # = +6
                because en "Medium-sized company (“Petite ou grande entreprise”): the Help-Desk, “able to"
                           "solve more complex problems” and taking on “additional operational tasks”,"
                           "goes beyond the Hotline without a call-centre’s switchboard."
                        fr "Entreprise moyenne (« Petite ou grande entreprise ») : le Help-Desk, « capable"
                           "de résoudre des problèmes plus complexes » et chargé « des tâches"
                           "opérationnelles supplémentaires », dépasse la Hotline sans demander la"
                           "centrale d’appel d’un Call-center."
                card "Help-Desk"
                note en "Interpretation: the course ties no form to a company size; the Help-Desk is"
                        "placed between the simplest form (small) and the Call-center and"
                        "Customer-Care-Center (large)."
                     fr "Interprétation : le cours n’associe aucune forme à une taille d’entreprise ; le"
                        "Help-Desk est placé entre la forme la plus simple (petite entreprise) et le"
                        "Call-center et le Customer-Care-Center (grande entreprise)."

            # === Call-center ======================================================================

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

            rule callcenter-large-company
                when size = large
                points call-center +2                                               # = +6
                because en "Large company (“Petite ou grande entreprise”): an “intelligent call"
                           "switchboard working as a SPOC” passes calls on “to the units concerned”."
                        fr "Grande entreprise (« Petite ou grande entreprise ») : une « centrale d’appel"
                           "intelligente fonctionnant comme SPOC » transmet les appels « aux instances"
                           "concernées »."
                card "Call-center"
                note en "Interpretation: having several units to pass calls on to supposes a large"
                        "organisation."
                     fr "Interprétation : avoir plusieurs instances vers lesquelles transmettre les"
                        "appels suppose une grande organisation."

            rule callcenter-small-company
                when size = small
                points call-center -2                                               # = -6
                because en "Small company: there are few “units concerned” to pass calls on to; an"
                           "“intelligent call switchboard” is out of proportion."
                        fr "Petite entreprise : il y a peu d’« instances concernées » vers lesquelles"
                           "transmettre les appels ; une « centrale d’appel intelligente » est"
                           "disproportionnée."
                card "Call-center"
                note en "Interpretation, as for callcenter-large-company."
                     fr "Interprétation, comme pour callcenter-large-company."

            rule callcenter-several-sites
                when structure = decentralised
                points call-center +1                                               # = +3
                because en "Call-center: “callers can put themselves directly in touch with the place"
                           "they want”; calls are passed on “to the units concerned”."
                        fr "Call-center : « L’appelant peut se mettre directement en contact avec"
                           "l’endroit souhaité » ; les appels sont transmis « aux instances concernées »."
                card "Call-center"
                note en "Interpretation: routing calls to the desired place suits support spread over"
                        "several sites."
                     fr "Interprétation : diriger les appels vers l’endroit souhaité convient à un"
                        "support réparti sur plusieurs sites."

            # === Customer-Care-Center =============================================================

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
                note en "The course’s “clients”, who use the company’s products and services, are read"
                        "as external customers."
                     fr "Les « clients » du cours, qui utilisent les produits et services de"
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
                note en "“Toujours accessible” (always accessible) is read as around the clock."
                     fr "« toujours accessible » est lu comme : joignable en continu, 24 h sur 24."

            rule ccc-office-hours
                when hours = office
                points customer-care-center -2                                      # = -4
                because en "Support during office hours only is not “always accessible”."
                        fr "Un support aux heures de bureau seulement n’est pas « toujours accessible »."
                card "Customer-Care-Center"
                note en "Interpretation, as for ccc-always-accessible."
                     fr "Interprétation, comme pour ccc-always-accessible."

            rule ccc-central-place
                when structure = centralised
                points customer-care-center +1                                      # = +3
                because en "Customer-Care-Center: “the central place of all the support activities of a"
                           "company”."
                        fr "Customer-Care-Center : « Est l’endroit central de toutes les activités du"
                           "service de support d’une entreprise. »"
                card "Customer-Care-Center"
                note en "Interpretation: “the central place of all support activities” is read as"
                        "suiting a centralised organisation."
                     fr "Interprétation : « l’endroit central de toutes les activités du service de"
                        "support » est lu comme adapté à une organisation centralisée."

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
                note en "Interpretation: the course ties no form to a company size."
                     fr "Interprétation : le cours n’associe aucune forme à une taille d’entreprise."

            rule ccc-many-customers
                when volume = high
                points customer-care-center +1                                      # = +3
                because en "Many customers (“peu de clients ou beaucoup”): the Customer-Care-Center is"
                           "“the central place of all the support activities”."
                        fr "Beaucoup de clients (« donc peu de clients ou beaucoup ») : le"
                           "Customer-Care-Center est « l’endroit central de toutes les activités du"
                           "service de support »."
                card "Customer-Care-Center"
                note en "Interpretation: the course links the request rate to the number of customers."
                     fr "Interprétation : le cours relie le taux de demande au nombre de clients."

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
                points power-user-organisation -8, help-desk +2                     # = -16, +4
                because en "Without experienced users there is no Power-User-Organisation: it “depends"
                           "strongly, from case to case, on the knowledge of its members”, and “its tasks"
                           "normally match those of a Help-Desk”."
                        fr "Sans utilisateurs expérimentés, pas de Power-User-Organisation : elle « dépend"
                           "de cas en cas fortement de la connaissance de ses collaborateurs », et"
                           "« Normalement ses tâches correspondent à celles d’un Heldesk »."
                card "Power-User-Organisation"
                note en "The penalty (-16) outweighs several sites and limited resources together"
                        "(+9 +6): without power users the form cannot work. Handing its tasks to a"
                        "Help-Desk instead (+4) is our reading of the same sentence."
                     fr "La pénalité (-16) l’emporte sur plusieurs sites et des ressources limitées"
                        "réunis (+9 +6) : sans power users, cette forme ne peut pas fonctionner. Confier"
                        "ses tâches à un Help-Desk (+4) est notre lecture de la même phrase."

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

    /// The default rule base, compiled (see `RuleBaseArchive`), in Base64.
    static let builtInArchive =
        #"""
        b3JnYWR2aXNvci1hcmNoaXZlLzMK5IoAAAAAAADgsQw9tvcHzgARb3JnYWR2aXNvci1jb3Vyc2UFMS4wLjABATFJVC1zdXBw
        b3J0IG9yZ2FuaXNhdGlvbiBmb3JtcyAoY291cnNlLCBjaGFwdGVyIDIpAUNGb3JtZXMgZOKAmW9yZ2FuaXNhdGlvbiBkdSBz
        dXBwb3J0IGluZm9ybWF0aXF1ZSAoY291cnMsIGNoYXBpdHJlIDIpBhpSdWxlcy8wMC1ydWxlYmFzZS5vcmdydWxlcxpSdWxl
        cy8xMC1jcml0ZXJpYS5vcmdydWxlcxdSdWxlcy8yMC1mb3Jtcy5vcmdydWxlcx1SdWxlcy8zMC1kZXJpdmF0aW9ucy5vcmdy
        dWxlcxdSdWxlcy80MC1ydWxlcy5vcmdydWxlcxhSdWxlcy81MC1hZHZpY2Uub3JncnVsZXMQNDVkY2U0Mjg0MmU5YjNmZQsJ
        c3RydWN0dXJlAAAAARxDZW50cmFsaXNlZCBvciBkZWNlbnRyYWxpc2VkAR1DZW50cmFsaXPDqSBvdSBkw6ljZW50cmFsaXPD
        qQEBWklzIElUIHN1cHBvcnQgcnVuIGZyb20gb25lIGNlbnRyYWwgcGxhY2UsIG9yIHNwcmVhZCBvdmVyIHNldmVyYWwgc2l0
        ZXMgKGRlY2VudHJhbGlzZWQgSVQpPwF9TGUgc3VwcG9ydCBpbmZvcm1hdGlxdWUgZXN0LWlsIG9yZ2FuaXPDqSBlbiB1biBs
        aWV1IGNlbnRyYWwsIG91IHLDqXBhcnRpIHN1ciBwbHVzaWV1cnMgc2l0ZXMgKGluZm9ybWF0aXF1ZSBkw6ljZW50cmFsaXPD
        qWUpID/wLgILY2VudHJhbGlzZWQBC2NlbnRyYWxpc2VkAQtjZW50cmFsaXPDqQQLY2VudHJhbGl6ZWQMY2VudHJhbGlzw6ll
        B2NlbnRyYWwIY2VudHJhbGUNZGVjZW50cmFsaXNlZAENZGVjZW50cmFsaXNlZAEOZMOpY2VudHJhbGlzw6kHDWRlY2VudHJh
        bGl6ZWQPZMOpY2VudHJhbGlzw6llC2Rpc3RyaWJ1dGVkCmRpc3RyaWJ1w6kLZGlzdHJpYnXDqWUIcsOpcGFydGkJcsOpcGFy
        dGllAi4WBXNpdGVzAwEAAAAAAADwPwABD051bWJlciBvZiBzaXRlcwEPTm9tYnJlIGRlIHNpdGVzAQExSG93IG1hbnkgc2l0
        ZXMgKGxvY2F0aW9ucykgZG9lcyB0aGUgY29tcGFueSBoYXZlPwEvQ29tYmllbiBkZSBzaXRlcyBs4oCZZW50cmVwcmlzZSBj
        b21wdGUtdC1lbGxlID/QDwACTBYJZW1wbG95ZWVzAwEAAAAAAADwPwABE051bWJlciBvZiBlbXBsb3llZXMBGE5vbWJyZSBk
        ZSBjb2xsYWJvcmF0ZXVycwEBKUhvdyBtYW55IGVtcGxveWVlcyBkb2VzIHRoZSBjb21wYW55IGhhdmU/AThDb21iaWVuIGRl
        IGNvbGxhYm9yYXRldXJzIGzigJllbnRyZXByaXNlIGNvbXB0ZS10LWVsbGUgP9APAAJYFgRzaXplAQAAARZTbWFsbCBvciBs
        YXJnZSBjb21wYW55ARtQZXRpdGUgb3UgZ3JhbmRlIGVudHJlcHJpc2UBATFJcyBpdCBhIHNtYWxsLCBhIG1lZGl1bS1zaXpl
        ZCBvciBhIGxhcmdlIGNvbXBhbnk/ATlFc3QtY2UgdW5lIHBldGl0ZSwgdW5lIG1veWVubmUgb3UgdW5lIGdyYW5kZSBlbnRy
        ZXByaXNlID/wLgMFc21hbGwBBXNtYWxsAQZwZXRpdGUDBXBldGl0DXNtYWxsIGNvbXBhbnkRcGV0aXRlIGVudHJlcHJpc2UG
        bWVkaXVtAQxtZWRpdW0tc2l6ZWQBB21veWVubmUECW1pZC1zaXplZAVtb3llbg5tZWRpdW0gY29tcGFueRJtb3llbm5lIGVu
        dHJlcHJpc2UFbGFyZ2UBBWxhcmdlAQZncmFuZGUEBWdyYW5kA2JpZw1sYXJnZSBjb21wYW55EWdyYW5kZSBlbnRyZXByaXNl
        AmQWBnZvbHVtZQEAAAEUU3VwcG9ydCByZXF1ZXN0IHJhdGUBGlRhdXggZGUgZGVtYW5kZSBkZSBzdXBwb3J0AQE/SG93IG1h
        bnkgc3VwcG9ydCByZXF1ZXN0cyBjb21lIGluOiBmZXcgKGZldyBjdXN0b21lcnMpIG9yIG1hbnk/AUVRdWVsIGVzdCBsZSB0
        YXV4IGRlIGRlbWFuZGUgZGUgc3VwcG9ydCA6IHBldSBkZSBjbGllbnRzIG91IGJlYXVjb3VwID/wLgMDbG93AQNsb3cBBmZh
        aWJsZQUDZmV3A3BldQNiYXMFYmFzc2UEcmFyZQZtZWRpdW0BBm1lZGl1bQEFbW95ZW4FB21veWVubmUIbW9kZXJhdGUIbW9k
        w6lyw6kJbW9kw6lyw6llB2F2ZXJhZ2UEaGlnaAEEaGlnaAEHw6lsZXbDqQcIw6lsZXbDqWUEaGF1dAVoYXV0ZQRtYW55CGJl
        YXVjb3VwBGZvcnQFZm9ydGUCehYKY29tcGxleGl0eQEAAAEeQ29tcGxleGl0eSBvZiBzdXBwb3J0IHJlcXVlc3RzASNDb21w
        bGV4aXTDqSBkZXMgZGVtYW5kZXMgZGUgc3VwcG9ydAEBJUhvdyBjb21wbGV4IGFyZSB0aGUgc3VwcG9ydCByZXF1ZXN0cz8B
        M1F1ZWxsZSBlc3QgbGEgY29tcGxleGl0w6kgZGVzIGRlbWFuZGVzIGRlIHN1cHBvcnQgP/AuAwNsb3cBA2xvdwEGZmFpYmxl
        BQZzaW1wbGUHc2ltcGxlcwRlYXN5A2JhcwViYXNzZQZtZWRpdW0BBm1lZGl1bQEHbW95ZW5uZQUFbW95ZW4IbW9kZXJhdGUI
        bW9kw6lyw6kJbW9kw6lyw6llB2F2ZXJhZ2UEaGlnaAEEaGlnaAEIw6lsZXbDqWUIB8OpbGV2w6kEaGF1dAVoYXV0ZQdjb21w
        bGV4CGNvbXBsZXhlCWNvbXBsZXhlcwlkaWZmaWN1bHQJZGlmZmljaWxlApABFglyZXNvdXJjZXMBAAABGFJlc291cmNlcyBm
        b3IgSVQgc3VwcG9ydAEaUmVzc291cmNlcyBwb3VyIGxlIHN1cHBvcnQBAT1Ib3cgbXVjaCBzdGFmZiBhbmQgYnVkZ2V0IGNh
        biB0aGUgY29tcGFueSBnaXZlIHRvIElUIHN1cHBvcnQ/AVlEZSBxdWVsbGVzIHJlc3NvdXJjZXMgKHBlcnNvbm5lbCwgYnVk
        Z2V0KSBs4oCZZW50cmVwcmlzZSBkaXNwb3NlLXQtZWxsZSBwb3VyIGxlIHN1cHBvcnQgP6AfAwdsaW1pdGVkAQdsaW1pdGVk
        AQlsaW1pdMOpZXMKB2xpbWl0w6kIbGltaXTDqWUIbGltaXTDqXMDbG93BmZhaWJsZQdmYWlibGVzA2ZldwNwZXUGc2NhcmNl
        C3Jlc3RyZWludGVzCG1vZGVyYXRlAQhtb2RlcmF0ZQEIbW95ZW5uZXMFBm1lZGl1bQVtb3llbgdtb3llbm5lCm1vZMOpcsOp
        ZXMHYXZlcmFnZQVhbXBsZQEFYW1wbGUBC2ltcG9ydGFudGVzCAlpbXBvcnRhbnQKaW1wb3J0YW50ZQRoaWdoBWxhcmdlCXBs
        ZW50aWZ1bAhhYnVuZGFudAnDqWxldsOpZXMHZ3JhbmRlcwKqARYJY3VzdG9tZXJzAAAAARZXaG8gdGhlIHN1cHBvcnQgc2Vy
        dmVzARFQdWJsaWMgZHUgc3VwcG9ydAEBVFdob20gZG9lcyBzdXBwb3J0IHNlcnZlOiB0aGUgY29tcGFueeKAmXMgb3duIGVt
        cGxveWVlcywgZXh0ZXJuYWwgY3VzdG9tZXJzLCBvciBib3RoPwFsw4AgcXVpIHPigJlhZHJlc3NlIGxlIHN1cHBvcnQgOiBh
        dXggY29sbGFib3JhdGV1cnMgZGUgbOKAmWVudHJlcHJpc2UsIMOgIGRlcyBjbGllbnRzIGV4dGVybmVzLCBvdSBhdXggZGV1
        eCA/oB8DCGludGVybmFsAQ5pbnRlcm5hbCB1c2VycwEVdXRpbGlzYXRldXJzIGludGVybmVzBwdpbnRlcm5lCGludGVybmVz
        CWVtcGxveWVlcwllbXBsb3nDqXMOY29sbGFib3JhdGV1cnMFc3RhZmYIaW4taG91c2UIZXh0ZXJuYWwBEmV4dGVybmFsIGN1
        c3RvbWVycwEQY2xpZW50cyBleHRlcm5lcwQHZXh0ZXJuZQhleHRlcm5lcwljdXN0b21lcnMHY2xpZW50cwRib3RoAQRib3Ro
        AQhsZXMgZGV1eAYFbWl4ZWQFbWl4dGUVaW50ZXJuYWwgYW5kIGV4dGVybmFsFGludGVybmVzIGV0IGV4dGVybmVzA2FsbAR0
        b3VzAsQBFghjaGFubmVscwAAAAEQQ29udGFjdCBjaGFubmVscwERTW95ZW5zIGRlIGNvbnRhY3QBAVpIb3cgZG8gdXNlcnMg
        cmVhY2ggc3VwcG9ydDogYnkgdGVsZXBob25lIG9ubHksIG9yIGFsc28gYnkgZS1tYWlsLCBjaGF0IGFuZCBvdGhlciBjaGFu
        bmVscz8BakNvbW1lbnQgam9pbnQtb24gbGUgc3VwcG9ydCA6IHVuaXF1ZW1lbnQgcGFyIHTDqWzDqXBob25lLCBvdSBhdXNz
        aSBwYXIgZS1tYWlsLCBjaGF0IGV0IGTigJlhdXRyZXMgY2FuYXV4ID+gHwIFcGhvbmUBCXRlbGVwaG9uZQELdMOpbMOpcGhv
        bmUHCnBob25lIG9ubHkOdGVsZXBob25lIG9ubHkWdMOpbMOpcGhvbmUgdW5pcXVlbWVudAN0ZWwOdMOpbMOpcGhvbmlxdWUF
        Y2FsbHMGYXBwZWxzDG11bHRpY2hhbm5lbAEQc2V2ZXJhbCBjaGFubmVscwEKbXVsdGljYW5hbAoNbXVsdGktY2hhbm5lbAtt
        dWx0aWNhbmF1eAZlLW1haWwFZW1haWwEbWFpbARjaGF0C211bHRpbcOpZGlhE211bHRpbWVkaWEgY2hhbm5lbHMLb21uaWNo
        YW5uZWwDd2ViAuABFgVob3VycwEAAAENU3VwcG9ydCBob3VycwEZRGlzcG9uaWJpbGl0w6kgZHUgc3VwcG9ydAEBUldoZW4g
        bXVzdCBzdXBwb3J0IGJlIHJlYWNoYWJsZTogb2ZmaWNlIGhvdXJzLCBleHRlbmRlZCBob3Vycywgb3IgYXJvdW5kIHRoZSBj
        bG9jaz8BXFF1YW5kIGxlIHN1cHBvcnQgZG9pdC1pbCDDqnRyZSBqb2lnbmFibGUgOiBoZXVyZXMgZGUgYnVyZWF1LCBob3Jh
        aXJlIMOpdGVuZHUgb3UgZW4gY29udGludSA/oB8DBm9mZmljZQEMb2ZmaWNlIGhvdXJzARBoZXVyZXMgZGUgYnVyZWF1BQZi
        dXJlYXUOYnVzaW5lc3MgaG91cnMNd29ya2luZyBob3VycwdkYXl0aW1lCGpvdXJuw6llCGV4dGVuZGVkAQ5leHRlbmRlZCBo
        b3VycwEPaG9yYWlyZSDDqXRlbmR1BgfDqXRlbmR1CcOpdGVuZHVlcxBoZXVyZXMgw6l0ZW5kdWVzCGV2ZW5pbmdzCHNvaXLD
        qWVzCHdlZWtlbmRzCmNvbnRpbnVvdXMBEGFyb3VuZCB0aGUgY2xvY2sBCmVuIGNvbnRpbnUJBDI0LzcEMjR4NwZhbHdheXMI
        dG91am91cnMHY29udGludQhjb250aW51ZQlwZXJtYW5lbnQKcGVybWFuZW50ZQ9yb3VuZCB0aGUgY2xvY2sC+gEWCnBvd2Vy
        dXNlcnMCAAABKUV4cGVyaWVuY2VkIHVzZXJzIChwb3dlciB1c2VycykgYXZhaWxhYmxlATVVdGlsaXNhdGV1cnMgZXhww6ly
        aW1lbnTDqXMgKHBvd2VyIHVzZXJzKSBkaXNwb25pYmxlcwEBTUFyZSB0aGVyZSBleHBlcmllbmNlZCB1c2VycyAocG93ZXIg
        dXNlcnMpIHdobyBjb3VsZCBzdXBwb3J0IHRoZWlyIGNvbGxlYWd1ZXM/AV9ZIGEtdC1pbCBkZXMgdXRpbGlzYXRldXJzIGV4
        cMOpcmltZW50w6lzIChwb3dlciB1c2VycykgY2FwYWJsZXMgZOKAmWFzc2lzdGVyIGxldXJzIGNvbGzDqGd1ZXMgP6AfAgN5
        ZXMBA3llcwEDb3VpBAR0cnVlAXkBbwExAm5vAQJubwEDbm9uAwVmYWxzZQFuATAClgIWBQdob3RsaW5lAQdIb3RsaW5lAQdI
        b3RsaW5lAYQFVGhlIHNpbXBsZXN0IGZvcm0gb2YgYSBjZW50cmFsaXNlZCBzdXBwb3J0IHVuaXQuIEl0IGlzIGEgdGVsZXBo
        b25lIGNvbnRhY3QgcG9pbnQgYW5kIGNhbiBoYW5kbGUgYWxsIGN1c3RvbWVyIGNhbGxzIGltbWVkaWF0ZWx5LiBSZXBvcnRl
        ZCBwcm9ibGVtcyBhcmUgcmVjb3JkZWQgd2l0aCB0aGUgbmVjZXNzYXJ5IGluZm9ybWF0aW9uIChuYW1lIGFuZCB0ZWxlcGhv
        bmUgbnVtYmVyIG9mIHRoZSBjYWxsZXIsIGNvbXBvbmVudCBvZiB0aGUgSVQgc3lzdGVtIGNvbmNlcm5lZCwgZGVzY3JpcHRp
        b24gb2YgdGhlIHByb2JsZW0pLiBCZXNpZGVzIHRoZSB0YXNrcyBvZiB0aGUgSGVscC1EZXNrLCB0aGlzIGZvcm0gb2Ygb3Jn
        YW5pc2F0aW9uIGFsc28gdGFrZXMgb24gdGVjaG5pY2FsLXN1cHBvcnQgdGFza3MsIGZvciBleGFtcGxlOiBzZWxlY3Rpbmcg
        YW5kIGJ1eWluZyBoYXJkd2FyZSBhbmQgc29mdHdhcmU7IHByb3ZpZGluZyBhcHBsaWNhdGlvbnM7IGluc3RhbGxpbmcgYW5k
        IG1haW50YWluaW5nIHBlcmlwaGVyYWwgZGV2aWNlczsgZW5zdXJpbmcgZGF0YSBzZWN1cml0eSBhbmQgZGF0YSBwcm90ZWN0
        aW9uOyBhZHZpc2luZyBhbmQgdHJhaW5pbmcgdXNlcnM7IHdyaXRpbmcgdGVjaG5pY2FsIGRvY3VtZW50YXRpb24gb3IgbWFu
        dWFscy4BpwZD4oCZZXN0IGxhIGZvcm1lIGxhIHBsdXMgc2ltcGxlIGTigJl1bmUgdW5pdMOpIGRlIHN1cHBvcnQgY2VudHJh
        bGlzw6llLiBD4oCZZXN0IHVuIHBvaW50IGRlIGNvbnRhY3QgdMOpbMOpcGhvbmlxdWUgZXQgcGV1dCB0cmFpdGVyIGltbcOp
        ZGlhdGVtZW50IHRvdXMgbGVzIGFwcGVscyBkZXMgY2xpZW50cy4gTGVzIHByb2Jsw6htZXMgc2lnbmFsw6lzIHNlcm9udCBz
        YWlzaXMgZXQgZW5yZWdpc3Ryw6lzIGF2ZWMgbGVzIGluZm9ybWF0aW9ucyBuw6ljZXNzYWlyZXMgKG5vbSBldCBudW3DqXJv
        IGRlIHTDqWzDqXBob25lIGRlIGzigJlhcHBlbGFudCwgY29tcG9zYW50IGNvbmNlcm7DqSBkdSBzeXN0w6htZSBJVCwgZGVz
        Y3JpcHRpb24gZHUgcHJvYmzDqG1lKS4gQ2V0dGUgZm9ybWUgZOKAmW9yZ2FuaXNhdGlvbiwgZW4gcGx1cyBkZXMgdMOiY2hl
        cyBkdSBIZWxwZGVzaywgc2UgY2hhcmdlIGF1c3NpIGRlcyB0w6JjaGVzIGR1IHN1cHBvcnQgdGVjaG5pcXVlLiBDZWxsZXMt
        Y2kgc29udCBwYXIgZXhlbXBsZSAtIFPDqWxlY3Rpb25uZXIgZXQgYWNoZXRlciBkdSBtYXTDqXJpZWwgZXQgbG9naWNpZWwg
        LSBNZXR0cmUgw6AgZGlzcG9zaXRpb24gZGVzIGFwcGxpY2F0aW9ucyAtIEluc3RhbGxlciBldCBtYWludGVuaXIgZGVzIGFw
        cGFyZWlscyBww6lyaXBow6lyaXF1ZXMgLSBBc3N1cmVyIGxhIHPDqWN1cml0w6kgZXQgbGEgcHJvdGVjdGlvbiBkZXMgZG9u
        bsOpZXMgLSBDb25zZWlsbGVyIGV0IGZvcm1lciBsZXMgdXRpbGlzYXRldXJzIC0gRWRpdGVyIGRlcyBkb2N1bWVudGF0aW9u
        cyBvdSBtYW51ZWxzIHRlY2huaXF1ZXMBB0hvdGxpbmUDFAwJaGVscC1kZXNrAQlIZWxwLURlc2sBCUhlbHAtRGVzawGgAkEg
        c3VwcG9ydCB1bml0IGFibGUgdG8gc29sdmUgbW9yZSBjb21wbGV4IHByb2JsZW1zLiBJdCBjYW4gdXN1YWxseSBiZSByZWFj
        aGVkIGJ5IGUtbWFpbCBvciBjaGF0IGFzIHdlbGwgYXMgYnkgdGVsZXBob25lLiBBcyBhIHJ1bGUgaXQgYWxzbyB0YWtlcyBv
        biBhZGRpdGlvbmFsIG9wZXJhdGlvbmFsIHRhc2tzIHN1Y2ggYXM6IGJhY2t1cCBhbmQgcmVzdG9yZTsgc2VydmVyIG1vbml0
        b3Jpbmc7IHN5c3RlbSBhZG1pbmlzdHJhdGlvbjsgaGFyZHdhcmUgaW52ZW50b3J5OyBpbmZvcm1pbmcgY3VzdG9tZXJzLgGL
        A0PigJllc3QgdW5lIHVuaXTDqSBkZSBzdXBwb3J0IGNhcGFibGUgZGUgcsOpc291ZHJlIGRlcyBwcm9ibMOobWVzIHBsdXMg
        Y29tcGxleGVzLiBFbGxlIHBldXQgw6p0cmUgZ8OpbsOpcmFsZW1lbnQgYXR0ZWludGUgcGFyIGUtbWFpbCBvdSBjaGF0IGVu
        IHBsdXMgZGVzIGFwcGVscyB0w6lsw6lwaG9uaXF1ZXMuIEVuIHLDqGdsZSBnw6luw6lyYWxlLCBlbGxlIHNlIGNoYXJnZSBh
        dXNzaSBkZXMgdMOiY2hlcyBvcMOpcmF0aW9ubmVsbGVzIHN1cHBsw6ltZW50YWlyZXMgdGVsbGVzIHF1ZTogLSBCYWNrdXAg
        ZXQgUmVzdG9yZSAtIFNlcnZlci1Nb25pdHByaW5mIC0gQWRtaW5pc3RyYXRpb24gZGUgc3lzdMOobWUgLSBJbnZlbnRhaXJl
        IG1hdMOpcmllbCAtIEluZm9ybWF0aW9uIGRlcyBjbGllbnRzAQlIZWxwLURlc2sDUgwLY2FsbC1jZW50ZXIBC0NhbGwtY2Vu
        dGVyAQtDYWxsLWNlbnRlcgGiAkEgc3VwcG9ydCB1bml0IHdpdGggYW4gaW50ZWxsaWdlbnQgY2FsbCBzd2l0Y2hib2FyZCB3
        b3JraW5nIGFzIGEgU1BPQyAoc2luZ2xlIHBvaW50IG9mIGNvbnRhY3QpLiBJdCByZWNlaXZlcyBpdHMgdGVsZXBob25lIGNh
        bGxzIGF1dG9tYXRpY2FsbHkgYW5kIHBhc3NlcyB0aGVtIG9uIHRvIHRoZSB1bml0cyBjb25jZXJuZWQuIENhbGxlcnMgY2Fu
        IHB1dCB0aGVtc2VsdmVzIGRpcmVjdGx5IGluIHRvdWNoIHdpdGggdGhlIHBsYWNlIHRoZXkgd2FudCB1c2luZyB0aGUga2V5
        cyBvZiB0aGVpciB0ZWxlcGhvbmUuAbgCQ+KAmWVzdCB1bmUgdW5pdMOpIGRlIHN1cHBvcnQgYXZlYyB1bmUgY2VudHJhbGUg
        ZOKAmWFwcGVsIGludGVsbGlnZW50ZSBmb25jdGlvbm5hbnQgY29tbWUgU1BPQy4gRWxsZSByZcOnb2lzIGF1dG9tYXRpcXVl
        bWVudCBzZXMgYXBwZWxzIHTDqWzDqXBob25pcXVlcyBldCBsZXMgdHJhbnNtZXQgYXV4IGluc3RhbmNlcyBjb25jZXJuw6ll
        cy4gTOKAmWFwcGVsYW50IHBldXQgc2UgbWV0dHJlIGRpcmVjdGVtZW50IGVuIGNvbnRhY3QgYXZlYyBs4oCZZW5kcm9pdCBz
        b3VoYWl0w6kgw6AgbOKAmWFpZGUgZGVzIHRvdWNoZXMgZHUgdMOpbMOpcGhvbmUuAQtDYWxsLWNlbnRlcgN2DBRjdXN0b21l
        ci1jYXJlLWNlbnRlcgEUQ3VzdG9tZXItQ2FyZS1DZW50ZXIBFEN1c3RvbWVyLUNhcmUtQ2VudGVyAfAEVGhlIGNlbnRyYWwg
        cGxhY2Ugb2YgYWxsIHRoZSBzdXBwb3J0IGFjdGl2aXRpZXMgb2YgYSBjb21wYW55LiBUaGUgbWFpbiBhaW0gb2YgdGhpcyBm
        b3JtIG9mIG9yZ2FuaXNhdGlvbiBpcyB0d29mb2xkOiBvbiB0aGUgb25lIGhhbmQsIHRvIG1ha2UgaXQgZWFzaWVyIGZvciBj
        dXN0b21lcnMgdG8gYWNjZXNzIHRoZSBjb21wYW554oCZcyBwcm9kdWN0cyBhbmQgc2VydmljZXM7IG9uIHRoZSBvdGhlciwg
        aXQgYnJvYWRlbnMgYW5kIGRlZXBlbnMgdGhlIGtub3dsZWRnZSBvZiwgYW5kIHRoZSByZWxhdGlvbnNoaXBzIHdpdGgsIHRo
        b3NlIGN1c3RvbWVycy4gVG8gZG8gc28sIGEgdGVjaG5pY2FsIGluZnJhc3RydWN0dXJlIGZvciBpbnRlcmFjdGl2ZSByZWxh
        dGlvbnNoaXBzIGlzIHVzZWQuIFRoZSBzZXJ2aWNlIGlzIGFsd2F5cyBhY2Nlc3NpYmxlIHRocm91Z2ggbXVsdGltZWRpYSBj
        b21tdW5pY2F0aW9uIGNoYW5uZWxzLCBhbmQgc3VwcG9ydHMgY3VzdG9tZXJzIGZyb20gdGhlIHNwZWNpZmljYXRpb24gb2Yg
        dGhlaXIgbmVlZHMgdG8gdGhlIG1haW50ZW5hbmNlIG9mIHRoZSBzeXN0ZW0uIFRoaXMgYWxzbyBpbmNsdWRlcyByZW1vdmlu
        ZyBkaXNydXB0aW9ucyBhbmQgc3VwcGx5aW5nIHVwZGF0ZXMuAd8FRXN0IGzigJllbmRyb2l0IGNlbnRyYWwgZGUgdG91dGVz
        IGxlcyBhY3Rpdml0w6lzIGR1IHNlcnZpY2UgZGUgc3VwcG9ydCBk4oCZdW5lIGVudHJlcHJpc2UuIEzigJlvYmplY3RpZiBw
        cmluY2lwYWwgZGUgY2V0dGUgZm9ybWUgZOKAmW9yZ2FuaXNhdGlvbiBlc3QgZG91YmxlIDogLSBE4oCZdW5lIHBhcnQgaWwg
        c+KAmWFnaXQgcG91ciBs4oCZZW50cmVwcmlzZSBkZSBmYWNpbGl0ZXIgYXV4IGNsaWVudHMgbOKAmWFjY8OocyBhdXggcHJv
        ZHVpdHMgZXQgc2VydmljZXMgZGUgbOKAmWVudHJlcHJpc2UuIC0gROKAmXVuZSBwYXJ0LCBlbGxlIMOpbGFyZ2l0IGV0IGFw
        cHJvZm9uZGl0IGxhIGNvbm5haXNzYW5jZSBldCBsZXMgcmVsYXRpb25zIGF2ZWMgY2V1eC1jaS4gUG91ciBjZWxhIG9uIHV0
        aWxpc2UgdW5lIGluZnJhc3RydWN0dXJlIHRlY2huaXF1ZSBwb3VyIGRlcyByZWxhdGlvbnMgaW50ZXJhY3RpdmVzLiBDZSBz
        ZXJ2aWNlIGVzdCB0b3Vqb3VycyBhY2Nlc3NpYmxlIMOgIGzigJlhaWRlIGRlIGNhbmF1eCBkZSBjb21tdW5pY2F0aW9uIG11
        bHRpbcOpZGlhIGV0IHNvdXRpZW50IGxlIGNsaWVudCBkZXB1aXMgbGEgc3DDqWNpZmljYXRpb24gZGVzIGJlc29pbnMganVz
        cXXigJnDoCBsYSBtYWludGVuYW5jZSBkdSBzeXN0w6htZS4gQ2VjaSBpbXBsaXF1ZSBhdXNzaSBs4oCZw6lsaW1pbmF0aW9u
        IGRlcyBwZXJ0dXJiYXRpb25zIGV0IGxhIGZvdXJuaXR1cmUgZGVzIG1pc2VzIMOgIGpvdXIuARRDdXN0b21lci1DYXJlLUNl
        bnRlcgOSAQwXcG93ZXItdXNlci1vcmdhbmlzYXRpb24BF1Bvd2VyLVVzZXItT3JnYW5pc2F0aW9uARdQb3dlci1Vc2VyLU9y
        Z2FuaXNhdGlvbgGrAkNhbGxzIG9uIGV4cGVyaWVuY2VkIHVzZXJzIHRvIHN1cHBvcnQgYW4gSVQgc3lzdGVtLiBJdCBpcyBw
        YXJ0aWN1bGFybHkgc3VpdGVkIHRvIGNvbXBhbmllcyB3aXRoIHNldmVyYWwgc2l0ZXMgKGRlY2VudHJhbGlzZWQgSVQgc3lz
        dGVtcyBhbmQgb3JnYW5pc2F0aW9uKSBhbmQgbGltaXRlZCByZXNvdXJjZXMuIEl0cyB0YXNrcyBub3JtYWxseSBtYXRjaCB0
        aG9zZSBvZiBhIEhlbHAtRGVzaywgYnV0IGZyb20gY2FzZSB0byBjYXNlIHRoZXkgZGVwZW5kIHN0cm9uZ2x5IG9uIHRoZSBr
        bm93bGVkZ2Ugb2YgaXRzIG1lbWJlcnMuAfUCQXBwZWxsZSBkZXMgdXRpbGlzYXRldXJzIGV4cMOpcmltZW50w6lzIHBvdXIg
        bGUgc3VwcG9ydCBk4oCZdW4gc3lzdMOobWUgSVQuIEVsbGUgZXN0IHBhcnRpY3VsacOocmVtZW50IGluZGlxdcOpZSBwb3Vy
        IGRlcyBlbnRyZXByaXNlcyBhdmVjIHBsdXNpZXVycyBzaXRlcyAoc3lzdMOobWVzIGV0IG9yZ2FuaXNhdGlvbiBJVCBkw6lj
        ZW50cmFsaXPDqXMpIGV0IGRlcyByZXNzb3VyY2VzIGxpbWl0w6llcy4gTm9ybWFsZW1lbnQgc2VzIHTDomNoZXMgY29ycmVz
        cG9uZGVudCDDoCBjZWxsZXMgZOKAmXVuIEhlbGRlc2ssIG1haXMgZMOpcGVuZCBkZSBjYXMgZW4gY2FzIGZvcnRlbWVudCBk
        ZSBsYSBjb25uYWlzc2FuY2UgZGUgc2VzIGNvbGxhYm9yYXRldXJzLgEXUG93ZXItVXNlci1PcmdhbmlzYXRpb24DxgEMIhNo
        b3RsaW5lLWNlbnRyYWxpc2VkABdzdHJ1Y3R1cmUgPSBjZW50cmFsaXNlZAVOFAAAAAAAAAAAAAABAKAf8C4BAT9Ib3RsaW5l
        OiDigJx0aGUgc2ltcGxlc3QgZm9ybSBvZiBhIGNlbnRyYWxpc2VkIHN1cHBvcnQgdW5pdOKAnS4BV0hvdGxpbmUgOiDCqyBD
        4oCZZXN0IGxhIGZvcm1lIGxhIHBsdXMgc2ltcGxlIGTigJl1bmUgdW5pdMOpIGRlIHN1cHBvcnQgY2VudHJhbGlzw6llLiDC
        uwEHSG90bGluZQAFTAwVaG90bGluZS1kZWNlbnRyYWxpc2VkABlzdHJ1Y3R1cmUgPSBkZWNlbnRyYWxpc2VkBV4UAAAAAAAA
        AADwPwEAnx/wLgEBZEEgSG90bGluZSBpcyDigJx0aGUgc2ltcGxlc3QgZm9ybSBvZiBhIGNlbnRyYWxpc2VkIHN1cHBvcnQg
        dW5pdOKAnTogaXQgc3VpdHMgZGVjZW50cmFsaXNlZCBJVCBiYWRseS4BjAFMYSBIb3RsaW5lIGVzdCDCqyBsYSBmb3JtZSBs
        YSBwbHVzIHNpbXBsZSBk4oCZdW5lIHVuaXTDqSBkZSBzdXBwb3J0IGNlbnRyYWxpc8OpZSDCuyA6IGVsbGUgY29udmllbnQg
        bWFsIMOgIHVuZSBpbmZvcm1hdGlxdWUgZMOpY2VudHJhbGlzw6llLgEHSG90bGluZQEBb0ludGVycHJldGF0aW9uOiB0aGUg
        Y291cnNlIGNhbGxzIHRoZSBIb3RsaW5lIGNlbnRyYWxpc2VkOyB0aGF0IGl0IGZpdHMgZGVjZW50cmFsaXNlZCBJVCBiYWRs
        eSBpcyBvdXIgaW5mZXJlbmNlLgGKAUludGVycHLDqXRhdGlvbiA6IGxlIGNvdXJzIGRpdCBsYSBIb3RsaW5lIGNlbnRyYWxp
        c8OpZSA7IHF14oCZZWxsZSBjb252aWVubmUgbWFsIMOgIHVuZSBpbmZvcm1hdGlxdWUgZMOpY2VudHJhbGlzw6llIGVzdCBu
        b3RyZSBkw6lkdWN0aW9uLgVcDBVob3RsaW5lLXNtYWxsLWNvbXBhbnkADHNpemUgPSBzbWFsbAV4FAMAAAAAAAAAAAABAKAf
        8C4EAXhTbWFsbCBjb21wYW55IChjb3Vyc2UgZmFjdG9yIOKAnFBldGl0ZSBvdSBncmFuZGUgZW50cmVwcmlzZeKAnSk6IHRo
        ZSBIb3RsaW5lIGlzIOKAnHRoZSBzaW1wbGVzdCBmb3Jt4oCdIG9mIHN1cHBvcnQgdW5pdC4BlAFQZXRpdGUgZW50cmVwcmlz
        ZSAoZmFjdGV1ciDCqyBQZXRpdGUgb3UgZ3JhbmRlIGVudHJlcHJpc2UgwrspIDogbGEgSG90bGluZSBlc3QgwqsgbGEgZm9y
        bWUgbGEgcGx1cyBzaW1wbGUgZOKAmXVuZSB1bml0w6kgZGUgc3VwcG9ydCBjZW50cmFsaXPDqWUgwrsuAQdIb3RsaW5lAQFu
        SW50ZXJwcmV0YXRpb246IHRoZSBjb3Vyc2UgdGllcyBubyBmb3JtIHRvIGEgY29tcGFueSBzaXplOyB0aGUgc2ltcGxlc3Qg
        Zm9ybSBpcyB0YWtlbiB0byBzdWl0IGEgc21hbGwgY29tcGFueS4BmAFJbnRlcnByw6l0YXRpb24gOiBsZSBjb3VycyBu4oCZ
        YXNzb2NpZSBhdWN1bmUgZm9ybWUgw6AgdW5lIHRhaWxsZSBk4oCZZW50cmVwcmlzZSA7IGxhIGZvcm1lIGxhIHBsdXMgc2lt
        cGxlIGVzdCBqdWfDqWUgYWRhcHTDqWUgw6AgdW5lIHBldGl0ZSBlbnRyZXByaXNlLgV2DBJob3RsaW5lLWxvdy12b2x1bWUA
        DHZvbHVtZSA9IGxvdwWSARQEAAAAAAAAAAAAAQCgH/AuBQFrRmV3IHJlcXVlc3RzICjigJxwZXUgZGUgY2xpZW50cyBvdSBi
        ZWF1Y291cOKAnSk6IGEgSG90bGluZSDigJxjYW4gaGFuZGxlIGFsbCBjdXN0b21lciBjYWxscyBpbW1lZGlhdGVseeKAnS4B
        gwFQZXUgZGUgZGVtYW5kZXMgKMKrIGRvbmMgcGV1IGRlIGNsaWVudHMgb3UgYmVhdWNvdXAgwrspIDogbGEgSG90bGluZSDC
        qyBwZXV0IHRyYWl0ZXIgaW1tw6lkaWF0ZW1lbnQgdG91cyBsZXMgYXBwZWxzIGRlcyBjbGllbnRzIMK7LgEHSG90bGluZQEB
        XEludGVycHJldGF0aW9uOiBoYW5kbGluZyBldmVyeSBjYWxsIGltbWVkaWF0ZWx5IGlzIG9ubHkgcmVhbGlzdGljIHdoZW4g
        ZmV3IHJlcXVlc3RzIGNvbWUgaW4uAXBJbnRlcnByw6l0YXRpb24gOiB0cmFpdGVyIGltbcOpZGlhdGVtZW50IGNoYXF1ZSBh
        cHBlbCBu4oCZZXN0IHLDqWFsaXN0ZSBxdWUgc2kgbGVzIGRlbWFuZGVzIHNvbnQgcGV1IG5vbWJyZXVzZXMuBZABDBNob3Rs
        aW5lLWhpZ2gtdm9sdW1lAA12b2x1bWUgPSBoaWdoBawBFAQAAAAAAAAAAEABAJ8f8C4FAWNNYW55IHJlcXVlc3RzOiBhIEhv
        dGxpbmUgdGhhdCBtdXN0IOKAnGhhbmRsZSBhbGwgY3VzdG9tZXIgY2FsbHMgaW1tZWRpYXRlbHnigJ0gaXMgc29vbiBvdmVy
        d2hlbG1lZC4BeUJlYXVjb3VwIGRlIGRlbWFuZGVzIDogdW5lIEhvdGxpbmUgcXVpIGRvaXQgwqsgdHJhaXRlciBpbW3DqWRp
        YXRlbWVudCB0b3VzIGxlcyBhcHBlbHMgZGVzIGNsaWVudHMgwrsgZXN0IHZpdGUgZMOpYm9yZMOpZS4BB0hvdGxpbmUBASpJ
        bnRlcnByZXRhdGlvbiwgYXMgZm9yIGhvdGxpbmUtbG93LXZvbHVtZS4BL0ludGVycHLDqXRhdGlvbiwgY29tbWUgcG91ciBo
        b3RsaW5lLWxvdy12b2x1bWUuBaoBDBdob3RsaW5lLXNpbXBsZS1yZXF1ZXN0cwAQY29tcGxleGl0eSA9IGxvdwXCARQFAAAA
        AAAAAAAAAQCgH/AuBgF9U2ltcGxlIHJlcXVlc3RzOiB0aGUgSG90bGluZSBpcyDigJx0aGUgc2ltcGxlc3QgZm9ybeKAnTsg
        cmVwb3J0ZWQgcHJvYmxlbXMg4oCcYXJlIHJlY29yZGVkIHdpdGggdGhlIG5lY2Vzc2FyeSBpbmZvcm1hdGlvbuKAnS4BogFE
        ZW1hbmRlcyBzaW1wbGVzIDogbGEgSG90bGluZSBlc3QgwqsgbGEgZm9ybWUgbGEgcGx1cyBzaW1wbGUgwrsgOyBsZXMgcHJv
        YmzDqG1lcyBzaWduYWzDqXMgwqsgc2Vyb250IHNhaXNpcyBldCBlbnJlZ2lzdHLDqXMgYXZlYyBsZXMgaW5mb3JtYXRpb25z
        IG7DqWNlc3NhaXJlcyDCuy4BB0hvdGxpbmUBAXZJbnRlcnByZXRhdGlvbjogdGhlIGNvdXJzZSBzZXRzIHRoZSBIb3RsaW5l
        IGFnYWluc3QgdGhlIEhlbHAtRGVzaywgdGhlIHVuaXQg4oCcYWJsZSB0byBzb2x2ZSBtb3JlIGNvbXBsZXggcHJvYmxlbXPi
        gJ0uAX9JbnRlcnByw6l0YXRpb24gOiBsZSBjb3VycyBvcHBvc2UgbGEgSG90bGluZSBhdSBIZWxwLURlc2ssIGzigJl1bml0
        w6kgwqsgY2FwYWJsZSBkZSByw6lzb3VkcmUgZGVzIHByb2Jsw6htZXMgcGx1cyBjb21wbGV4ZXMgwrsuBcABDBhob3RsaW5l
        LWNvbXBsZXgtcmVxdWVzdHMAEWNvbXBsZXhpdHkgPSBoaWdoBdwBFAUAAAAAAAAAAEABAJ8f8C4GAXZDb21wbGV4IHJlcXVl
        c3RzIG5lZWQgdGhlIHVuaXQg4oCcYWJsZSB0byBzb2x2ZSBtb3JlIGNvbXBsZXggcHJvYmxlbXPigJ0gKHRoZSBIZWxwLURl
        c2spLCBub3Qg4oCcdGhlIHNpbXBsZXN0IGZvcm3igJ0uAZcBRGVzIGRlbWFuZGVzIGNvbXBsZXhlcyBkZW1hbmRlbnQgbOKA
        mXVuaXTDqSDCqyBjYXBhYmxlIGRlIHLDqXNvdWRyZSBkZXMgcHJvYmzDqG1lcyBwbHVzIGNvbXBsZXhlcyDCuyAobGUgSGVs
        cC1EZXNrKSwgcGFzIMKrIGxhIGZvcm1lIGxhIHBsdXMgc2ltcGxlIMK7LgEHSG90bGluZQEBL0ludGVycHJldGF0aW9uLCBh
        cyBmb3IgaG90bGluZS1zaW1wbGUtcmVxdWVzdHMuATRJbnRlcnByw6l0YXRpb24sIGNvbW1lIHBvdXIgaG90bGluZS1zaW1w
        bGUtcmVxdWVzdHMuBdoBDBFob3RsaW5lLXRlbGVwaG9uZQAQY2hhbm5lbHMgPSBwaG9uZQXyARQIAAAAAAAAAAAAAQDQD6Af
        CQEvSG90bGluZTog4oCcaXQgaXMgYSB0ZWxlcGhvbmUgY29udGFjdCBwb2ludOKAnS4BO0hvdGxpbmUgOiDCqyBD4oCZZXN0
        IHVuIHBvaW50IGRlIGNvbnRhY3QgdMOpbMOpcGhvbmlxdWUgwrsuAQdIb3RsaW5lAAXwAQwZaGVscGRlc2stY29tcGxleC1y
        ZXF1ZXN0cwAUY29tcGxleGl0eSA+PSBtZWRpdW0FhAIUBQUAAAAAAADwPwEB8C7wLgYBREhlbHAtRGVzazog4oCcYSBzdXBw
        b3J0IHVuaXQgYWJsZSB0byBzb2x2ZSBtb3JlIGNvbXBsZXggcHJvYmxlbXPigJ0uAWNIZWxwLURlc2sgOiDCqyBD4oCZZXN0
        IHVuZSB1bml0w6kgZGUgc3VwcG9ydCBjYXBhYmxlIGRlIHLDqXNvdWRyZSBkZXMgcHJvYmzDqG1lcyBwbHVzIGNvbXBsZXhl
        cy4gwrsBCUhlbHAtRGVzawEBQeKAnE1vcmUgY29tcGxleCBwcm9ibGVtc+KAnSBpcyByZWFkIGFzIG1lZGl1bSBvciBoaWdo
        IGNvbXBsZXhpdHkuAVHCqyBwcm9ibMOobWVzIHBsdXMgY29tcGxleGVzIMK7IGVzdCBsdSBjb21tZSB1bmUgY29tcGxleGl0
        w6kgbW95ZW5uZSBvdSDDqWxldsOpZS4FggIME2hlbHBkZXNrLWVtYWlsLWNoYXQAF2NoYW5uZWxzID0gbXVsdGljaGFubmVs
        BZgCFAgAAAAAAAAA8D8BAaAfoB8JAVVIZWxwLURlc2s6IOKAnGl0IGNhbiB1c3VhbGx5IGJlIHJlYWNoZWQgYnkgZS1tYWls
        IG9yIGNoYXQgYXMgd2VsbCBhcyBieSB0ZWxlcGhvbmXigJ0uAXBIZWxwLURlc2sgOiDCqyBFbGxlIHBldXQgw6p0cmUgZ8Op
        bsOpcmFsZW1lbnQgYXR0ZWludGUgcGFyIGUtbWFpbCBvdSBjaGF0IGVuIHBsdXMgZGVzIGFwcGVscyB0w6lsw6lwaG9uaXF1
        ZXMuIMK7AQlIZWxwLURlc2sABZYCDBpoZWxwZGVzay1vcGVyYXRpb25hbC10YXNrcwAUY3VzdG9tZXJzID0gaW50ZXJuYWwF
        qgIUBwAAAAAAAAAAAAEBoB+gHwgBnAFIZWxwLURlc2s6IOKAnGFzIGEgcnVsZSBpdCBhbHNvIHRha2VzIG9uIGFkZGl0aW9u
        YWwgb3BlcmF0aW9uYWwgdGFza3PigJ0gKGJhY2t1cCBhbmQgcmVzdG9yZSwgc2VydmVyIG1vbml0b3JpbmcsIHN5c3RlbSBh
        ZG1pbmlzdHJhdGlvbiwgaGFyZHdhcmUgaW52ZW50b3J5KS4BtAFIZWxwLURlc2sgOiDCqyBFbiByw6hnbGUgZ8OpbsOpcmFs
        ZSwgZWxsZSBzZSBjaGFyZ2UgYXVzc2kgZGVzIHTDomNoZXMgb3DDqXJhdGlvbm5lbGxlcyBzdXBwbMOpbWVudGFpcmVzIMK7
        IChCYWNrdXAgZXQgUmVzdG9yZSwgQWRtaW5pc3RyYXRpb24gZGUgc3lzdMOobWUsIEludmVudGFpcmUgbWF0w6lyaWVs4oCm
        KS4BCUhlbHAtRGVzawEBeEludGVycHJldGF0aW9uOiB0aGVzZSBvcGVyYXRpb25hbCB0YXNrcyBzZXJ2ZSB0aGUgY29tcGFu
        eeKAmXMgb3duIElULCBzbyB0aGUgSGVscC1EZXNrIHN1aXRzIHN1cHBvcnQgZm9yIGludGVybmFsIHVzZXJzLgGnAUludGVy
        cHLDqXRhdGlvbiA6IGNlcyB0w6JjaGVzIG9ww6lyYXRpb25uZWxsZXMgc2VydmVudCBs4oCZaW5mb3JtYXRpcXVlIGRlIGzi
        gJllbnRyZXByaXNlIGVsbGUtbcOqbWUgOyBsZSBIZWxwLURlc2sgY29udmllbnQgZG9uYyBhdSBzdXBwb3J0IGRlcyB1dGls
        aXNhdGV1cnMgaW50ZXJuZXMuBagCDBdoZWxwZGVzay1tZWRpdW0tY29tcGFueQANc2l6ZSA9IG1lZGl1bQXIAhQDAAAAAAAA
        APA/AQGgH/AuBAHjAU1lZGl1bS1zaXplZCBjb21wYW55ICjigJxQZXRpdGUgb3UgZ3JhbmRlIGVudHJlcHJpc2XigJ0pOiB0
        aGUgSGVscC1EZXNrLCDigJxhYmxlIHRvIHNvbHZlIG1vcmUgY29tcGxleCBwcm9ibGVtc+KAnSBhbmQgdGFraW5nIG9uIOKA
        nGFkZGl0aW9uYWwgb3BlcmF0aW9uYWwgdGFza3PigJ0sIGdvZXMgYmV5b25kIHRoZSBIb3RsaW5lIHdpdGhvdXQgYSBjYWxs
        LWNlbnRyZeKAmXMgc3dpdGNoYm9hcmQuAYsCRW50cmVwcmlzZSBtb3llbm5lICjCqyBQZXRpdGUgb3UgZ3JhbmRlIGVudHJl
        cHJpc2UgwrspIDogbGUgSGVscC1EZXNrLCDCqyBjYXBhYmxlIGRlIHLDqXNvdWRyZSBkZXMgcHJvYmzDqG1lcyBwbHVzIGNv
        bXBsZXhlcyDCuyBldCBjaGFyZ8OpIMKrIGRlcyB0w6JjaGVzIG9ww6lyYXRpb25uZWxsZXMgc3VwcGzDqW1lbnRhaXJlcyDC
        uywgZMOpcGFzc2UgbGEgSG90bGluZSBzYW5zIGRlbWFuZGVyIGxhIGNlbnRyYWxlIGTigJlhcHBlbCBk4oCZdW4gQ2FsbC1j
        ZW50ZXIuAQlIZWxwLURlc2sBAaoBSW50ZXJwcmV0YXRpb246IHRoZSBjb3Vyc2UgdGllcyBubyBmb3JtIHRvIGEgY29tcGFu
        eSBzaXplOyB0aGUgSGVscC1EZXNrIGlzIHBsYWNlZCBiZXR3ZWVuIHRoZSBzaW1wbGVzdCBmb3JtIChzbWFsbCkgYW5kIHRo
        ZSBDYWxsLWNlbnRlciBhbmQgQ3VzdG9tZXItQ2FyZS1DZW50ZXIgKGxhcmdlKS4B3gFJbnRlcnByw6l0YXRpb24gOiBsZSBj
        b3VycyBu4oCZYXNzb2NpZSBhdWN1bmUgZm9ybWUgw6AgdW5lIHRhaWxsZSBk4oCZZW50cmVwcmlzZSA7IGxlIEhlbHAtRGVz
        ayBlc3QgcGxhY8OpIGVudHJlIGxhIGZvcm1lIGxhIHBsdXMgc2ltcGxlIChwZXRpdGUgZW50cmVwcmlzZSkgZXQgbGUgQ2Fs
        bC1jZW50ZXIgZXQgbGUgQ3VzdG9tZXItQ2FyZS1DZW50ZXIgKGdyYW5kZSBlbnRyZXByaXNlKS4FxgIMFmNhbGxjZW50ZXIt
        aGlnaC12b2x1bWUADXZvbHVtZSA9IGhpZ2gF8AIUBAAAAAAAAAAAQAEC8C7wLgUBmwFNYW55IHJlcXVlc3RzICjigJxwZXUg
        ZGUgY2xpZW50cyBvdSBiZWF1Y291cOKAnSk6IGEgQ2FsbC1jZW50ZXIg4oCccmVjZWl2ZXMgaXRzIHRlbGVwaG9uZSBjYWxs
        cyBhdXRvbWF0aWNhbGx5IGFuZCBwYXNzZXMgdGhlbSBvbiB0byB0aGUgdW5pdHMgY29uY2VybmVk4oCdLgGxAUJlYXVjb3Vw
        IGRlIGRlbWFuZGVzICjCqyBkb25jIHBldSBkZSBjbGllbnRzIG91IGJlYXVjb3VwIMK7KSA6IGxlIENhbGwtY2VudGVyIMKr
        IHJlw6dvaXMgYXV0b21hdGlxdWVtZW50IHNlcyBhcHBlbHMgdMOpbMOpcGhvbmlxdWVzIGV0IGxlcyB0cmFuc21ldCBhdXgg
        aW5zdGFuY2VzIGNvbmNlcm7DqWVzIMK7LgELQ2FsbC1jZW50ZXIBAVJJbnRlcnByZXRhdGlvbjogZGlzdHJpYnV0aW5nIGNh
        bGxzIGF1dG9tYXRpY2FsbHkgcGF5cyBvZmYgd2hlbiBtYW55IGNhbGxzIGNvbWUgaW4uAWNJbnRlcnByw6l0YXRpb24gOiBk
        aXN0cmlidWVyIGxlcyBhcHBlbHMgYXV0b21hdGlxdWVtZW50IHNlIGp1c3RpZmllIHF1YW5kIGxlcyBhcHBlbHMgc29udCBu
        b21icmV1eC4F7gIMFWNhbGxjZW50ZXItbG93LXZvbHVtZQAMdm9sdW1lID0gbG93BYwDFAQAAAAAAAAAAAABAp8f8C4FAVtG
        ZXcgcmVxdWVzdHM6IGFuIOKAnGludGVsbGlnZW50IGNhbGwgc3dpdGNoYm9hcmTigJ0gdGhhdCBkaXN0cmlidXRlcyBjYWxs
        cyBpcyBub3Qgd29ydGggaXQuAWhQZXUgZGUgZGVtYW5kZXMgOiB1bmUgwqsgY2VudHJhbGUgZOKAmWFwcGVsIGludGVsbGln
        ZW50ZSDCuyBxdWkgZGlzdHJpYnVlIGxlcyBhcHBlbHMgbmUgc2UganVzdGlmaWUgcGFzLgELQ2FsbC1jZW50ZXIBAS5JbnRl
        cnByZXRhdGlvbiwgYXMgZm9yIGNhbGxjZW50ZXItaGlnaC12b2x1bWUuATNJbnRlcnByw6l0YXRpb24sIGNvbW1lIHBvdXIg
        Y2FsbGNlbnRlci1oaWdoLXZvbHVtZS4FigMMFGNhbGxjZW50ZXItdGVsZXBob25lABBjaGFubmVscyA9IHBob25lBaIDFAgA
        AAAAAAAAAAABAqAfoB8JAXtDYWxsLWNlbnRlcjog4oCcY2FsbGVycyBjYW4gcHV0IHRoZW1zZWx2ZXMgZGlyZWN0bHkgaW4g
        dG91Y2ggd2l0aCB0aGUgcGxhY2UgdGhleSB3YW50IHVzaW5nIHRoZSBrZXlzIG9mIHRoZWlyIHRlbGVwaG9uZeKAnS4BiQFD
        YWxsLWNlbnRlciA6IMKrIEzigJlhcHBlbGFudCBwZXV0IHNlIG1ldHRyZSBkaXJlY3RlbWVudCBlbiBjb250YWN0IGF2ZWMg
        bOKAmWVuZHJvaXQgc291aGFpdMOpIMOgIGzigJlhaWRlIGRlcyB0b3VjaGVzIGR1IHTDqWzDqXBob25lLiDCuwELQ2FsbC1j
        ZW50ZXIABaADDBljYWxsY2VudGVyLXRlbGVwaG9uZS1vbmx5ABdjaGFubmVscyA9IG11bHRpY2hhbm5lbAW0AxQIAAAAAAAA
        APA/AQKfH6AfCQGFAUEgQ2FsbC1jZW50ZXIgcmVjZWl2ZXMg4oCcaXRzIHRlbGVwaG9uZSBjYWxsc+KAnTsgdW5saWtlIHRo
        ZSBIZWxwLURlc2sgYW5kIHRoZSBDdXN0b21lci1DYXJlLUNlbnRlciwgaXRzIGNhcmQgbmFtZXMgbm8gb3RoZXIgY2hhbm5l
        bC4BlAFMZSBDYWxsLWNlbnRlciByZcOnb2l0IMKrIHNlcyBhcHBlbHMgdMOpbMOpcGhvbmlxdWVzIMK7IDsgY29udHJhaXJl
        bWVudCBhdSBIZWxwLURlc2sgZXQgYXUgQ3VzdG9tZXItQ2FyZS1DZW50ZXIsIHNhIGNhcnRlIG5lIGNpdGUgYXVjdW4gYXV0
        cmUgY2FuYWwuAQtDYWxsLWNlbnRlcgEBOEludGVycHJldGF0aW9uOiB0aGUgY2FyZCBvbmx5IHNwZWFrcyBvZiB0ZWxlcGhv
        bmUgY2FsbHMuAUNJbnRlcnByw6l0YXRpb24gOiBsYSBjYXJ0ZSBuZSBwYXJsZSBxdWUgZOKAmWFwcGVscyB0w6lsw6lwaG9u
        aXF1ZXMuBbIDDBhjYWxsY2VudGVyLWxhcmdlLWNvbXBhbnkADHNpemUgPSBsYXJnZQXKAxQDAAAAAAAAAABAAQKgH/AuBAGY
        AUxhcmdlIGNvbXBhbnkgKOKAnFBldGl0ZSBvdSBncmFuZGUgZW50cmVwcmlzZeKAnSk6IGFuIOKAnGludGVsbGlnZW50IGNh
        bGwgc3dpdGNoYm9hcmQgd29ya2luZyBhcyBhIFNQT0PigJ0gcGFzc2VzIGNhbGxzIG9uIOKAnHRvIHRoZSB1bml0cyBjb25j
        ZXJuZWTigJ0uAa4BR3JhbmRlIGVudHJlcHJpc2UgKMKrIFBldGl0ZSBvdSBncmFuZGUgZW50cmVwcmlzZSDCuykgOiB1bmUg
        wqsgY2VudHJhbGUgZOKAmWFwcGVsIGludGVsbGlnZW50ZSBmb25jdGlvbm5hbnQgY29tbWUgU1BPQyDCuyB0cmFuc21ldCBs
        ZXMgYXBwZWxzIMKrIGF1eCBpbnN0YW5jZXMgY29uY2VybsOpZXMgwrsuAQtDYWxsLWNlbnRlcgEBV0ludGVycHJldGF0aW9u
        OiBoYXZpbmcgc2V2ZXJhbCB1bml0cyB0byBwYXNzIGNhbGxzIG9uIHRvIHN1cHBvc2VzIGEgbGFyZ2Ugb3JnYW5pc2F0aW9u
        LgFzSW50ZXJwcsOpdGF0aW9uIDogYXZvaXIgcGx1c2lldXJzIGluc3RhbmNlcyB2ZXJzIGxlc3F1ZWxsZXMgdHJhbnNtZXR0
        cmUgbGVzIGFwcGVscyBzdXBwb3NlIHVuZSBncmFuZGUgb3JnYW5pc2F0aW9uLgXIAwwYY2FsbGNlbnRlci1zbWFsbC1jb21w
        YW55AAxzaXplID0gc21hbGwF5gMUAwAAAAAAAAAAAAECnx/wLgQBgwFTbWFsbCBjb21wYW55OiB0aGVyZSBhcmUgZmV3IOKA
        nHVuaXRzIGNvbmNlcm5lZOKAnSB0byBwYXNzIGNhbGxzIG9uIHRvOyBhbiDigJxpbnRlbGxpZ2VudCBjYWxsIHN3aXRjaGJv
        YXJk4oCdIGlzIG91dCBvZiBwcm9wb3J0aW9uLgGoAVBldGl0ZSBlbnRyZXByaXNlIDogaWwgeSBhIHBldSBk4oCZwqsgaW5z
        dGFuY2VzIGNvbmNlcm7DqWVzIMK7IHZlcnMgbGVzcXVlbGxlcyB0cmFuc21ldHRyZSBsZXMgYXBwZWxzIDsgdW5lIMKrIGNl
        bnRyYWxlIGTigJlhcHBlbCBpbnRlbGxpZ2VudGUgwrsgZXN0IGRpc3Byb3BvcnRpb25uw6llLgELQ2FsbC1jZW50ZXIBATBJ
        bnRlcnByZXRhdGlvbiwgYXMgZm9yIGNhbGxjZW50ZXItbGFyZ2UtY29tcGFueS4BNUludGVycHLDqXRhdGlvbiwgY29tbWUg
        cG91ciBjYWxsY2VudGVyLWxhcmdlLWNvbXBhbnkuBeQDDBhjYWxsY2VudGVyLXNldmVyYWwtc2l0ZXMAGXN0cnVjdHVyZSA9
        IGRlY2VudHJhbGlzZWQF/gMUAAAAAAAAAADwPwEC0A/wLgEBiwFDYWxsLWNlbnRlcjog4oCcY2FsbGVycyBjYW4gcHV0IHRo
        ZW1zZWx2ZXMgZGlyZWN0bHkgaW4gdG91Y2ggd2l0aCB0aGUgcGxhY2UgdGhleSB3YW504oCdOyBjYWxscyBhcmUgcGFzc2Vk
        IG9uIOKAnHRvIHRoZSB1bml0cyBjb25jZXJuZWTigJ0uAZ0BQ2FsbC1jZW50ZXIgOiDCqyBM4oCZYXBwZWxhbnQgcGV1dCBz
        ZSBtZXR0cmUgZGlyZWN0ZW1lbnQgZW4gY29udGFjdCBhdmVjIGzigJllbmRyb2l0IHNvdWhhaXTDqSDCuyA7IGxlcyBhcHBl
        bHMgc29udCB0cmFuc21pcyDCqyBhdXggaW5zdGFuY2VzIGNvbmNlcm7DqWVzIMK7LgELQ2FsbC1jZW50ZXIBAVtJbnRlcnBy
        ZXRhdGlvbjogcm91dGluZyBjYWxscyB0byB0aGUgZGVzaXJlZCBwbGFjZSBzdWl0cyBzdXBwb3J0IHNwcmVhZCBvdmVyIHNl
        dmVyYWwgc2l0ZXMuAXRJbnRlcnByw6l0YXRpb24gOiBkaXJpZ2VyIGxlcyBhcHBlbHMgdmVycyBs4oCZZW5kcm9pdCBzb3Vo
        YWl0w6kgY29udmllbnQgw6AgdW4gc3VwcG9ydCByw6lwYXJ0aSBzdXIgcGx1c2lldXJzIHNpdGVzLgX8AwwWY2NjLWV4dGVy
        bmFsLWN1c3RvbWVycwEdY3VzdG9tZXJzIGluIFtleHRlcm5hbCwgYm90aF0FnAQUBwIAAAAAAADwPwAAAAAAAABAAQPwLqAf
        CAHMAUN1c3RvbWVyLUNhcmUtQ2VudGVyOiBpdHMgYWltIGlzIOKAnHRvIG1ha2UgaXQgZWFzaWVyIGZvciBjdXN0b21lcnMg
        dG8gYWNjZXNzIHRoZSBjb21wYW554oCZcyBwcm9kdWN0cyBhbmQgc2VydmljZXPigJ0gYW5kIGl0IOKAnGJyb2FkZW5zIGFu
        ZCBkZWVwZW5zIHRoZSBrbm93bGVkZ2Ugb2YsIGFuZCB0aGUgcmVsYXRpb25zaGlwcyB3aXRoLCB0aGVt4oCdLgHgAUN1c3Rv
        bWVyLUNhcmUtQ2VudGVyIDogwqsgaWwgc+KAmWFnaXQgcG91ciBs4oCZZW50cmVwcmlzZSBkZSBmYWNpbGl0ZXIgYXV4IGNs
        aWVudHMgbOKAmWFjY8OocyBhdXggcHJvZHVpdHMgZXQgc2VydmljZXMgZGUgbOKAmWVudHJlcHJpc2UgwrsgZXQgwqsgZWxs
        ZSDDqWxhcmdpdCBldCBhcHByb2ZvbmRpdCBsYSBjb25uYWlzc2FuY2UgZXQgbGVzIHJlbGF0aW9ucyBhdmVjIGNldXgtY2kg
        wrsuARRDdXN0b21lci1DYXJlLUNlbnRlcgEBbFRoZSBjb3Vyc2XigJlzIOKAnGNsaWVudHPigJ0sIHdobyB1c2UgdGhlIGNv
        bXBhbnnigJlzIHByb2R1Y3RzIGFuZCBzZXJ2aWNlcywgYXJlIHJlYWQgYXMgZXh0ZXJuYWwgY3VzdG9tZXJzLgF6TGVzIMKr
        IGNsaWVudHMgwrsgZHUgY291cnMsIHF1aSB1dGlsaXNlbnQgbGVzIHByb2R1aXRzIGV0IHNlcnZpY2VzIGRlIGzigJllbnRy
        ZXByaXNlLCBzb250IGx1cyBjb21tZSBkZXMgY2xpZW50cyBleHRlcm5lcy4FmgQMFmNjYy1pbnRlcm5hbC1jdXN0b21lcnMA
        FGN1c3RvbWVycyA9IGludGVybmFsBboEFAcAAAAAAAAAAAABA58foB8IAYsBSW50ZXJuYWwgdXNlcnMgb25seTogdGhlIEN1
        c3RvbWVyLUNhcmUtQ2VudGVyIGV4aXN0cyDigJx0byBtYWtlIGl0IGVhc2llciBmb3IgY3VzdG9tZXJzIHRvIGFjY2VzcyB0
        aGUgY29tcGFueeKAmXMgcHJvZHVjdHMgYW5kIHNlcnZpY2Vz4oCdLgGUAVV0aWxpc2F0ZXVycyBpbnRlcm5lcyBzZXVsZW1l
        bnQgOiBsZSBDdXN0b21lci1DYXJlLUNlbnRlciBzZXJ0IMOgIMKrIGZhY2lsaXRlciBhdXggY2xpZW50cyBs4oCZYWNjw6hz
        IGF1eCBwcm9kdWl0cyBldCBzZXJ2aWNlcyBkZSBs4oCZZW50cmVwcmlzZSDCuy4BFEN1c3RvbWVyLUNhcmUtQ2VudGVyAQEu
        SW50ZXJwcmV0YXRpb24sIGFzIGZvciBjY2MtZXh0ZXJuYWwtY3VzdG9tZXJzLgEzSW50ZXJwcsOpdGF0aW9uLCBjb21tZSBw
        b3VyIGNjYy1leHRlcm5hbC1jdXN0b21lcnMuBbgEDA5jY2MtbXVsdGltZWRpYQAXY2hhbm5lbHMgPSBtdWx0aWNoYW5uZWwF
        0AQUCAAAAAAAAADwPwEDoB+gHwkBZ0N1c3RvbWVyLUNhcmUtQ2VudGVyOiDigJx0aGUgc2VydmljZSBpcyBhbHdheXMgYWNj
        ZXNzaWJsZSB0aHJvdWdoIG11bHRpbWVkaWEgY29tbXVuaWNhdGlvbiBjaGFubmVsc+KAnS4Bc0N1c3RvbWVyLUNhcmUtQ2Vu
        dGVyIDogwqsgQ2Ugc2VydmljZSBlc3QgdG91am91cnMgYWNjZXNzaWJsZSDDoCBs4oCZYWlkZSBkZSBjYW5hdXggZGUgY29t
        bXVuaWNhdGlvbiBtdWx0aW3DqWRpYSDCuy4BFEN1c3RvbWVyLUNhcmUtQ2VudGVyAAXOBAwSY2NjLXRlbGVwaG9uZS1vbmx5
        ABBjaGFubmVscyA9IHBob25lBeIEFAgAAAAAAAAAAAABA58foB8JAWVTdXBwb3J0IGJ5IHRlbGVwaG9uZSBvbmx5IGxhY2tz
        IHRoZSBDdXN0b21lci1DYXJlLUNlbnRlcuKAmXMg4oCcbXVsdGltZWRpYSBjb21tdW5pY2F0aW9uIGNoYW5uZWxz4oCdLgGD
        AVVuIHN1cHBvcnQgam9pZ25hYmxlIHNldWxlbWVudCBwYXIgdMOpbMOpcGhvbmUgbuKAmW9mZnJlIHBhcyBsZXMgwqsgY2Fu
        YXV4IGRlIGNvbW11bmljYXRpb24gbXVsdGltw6lkaWEgwrsgZHUgQ3VzdG9tZXItQ2FyZS1DZW50ZXIuARRDdXN0b21lci1D
        YXJlLUNlbnRlcgEBcUludGVycHJldGF0aW9uOiB0aGUgY291cnNlIG5hbWVzIG11bHRpbWVkaWEgY2hhbm5lbHM7IHRoYXQg
        c3VwcG9ydCBieSB0ZWxlcGhvbmUgb25seSBmaXRzIGJhZGx5IGlzIG91ciBpbmZlcmVuY2UuAYYBSW50ZXJwcsOpdGF0aW9u
        IDogbGUgY291cnMgY2l0ZSBkZXMgY2FuYXV4IG11bHRpbcOpZGlhIDsgcXXigJl1biBzdXBwb3J0IHBhciB0w6lsw6lwaG9u
        ZSBzZXVsZW1lbnQgY29udmllbm5lIG1hbCBlc3Qgbm90cmUgZMOpZHVjdGlvbi4F4AQMFWNjYy1hbHdheXMtYWNjZXNzaWJs
        ZQASaG91cnMgPSBjb250aW51b3VzBfwEFAkAAAAAAAAAAEABA/AuoB8KAT1DdXN0b21lci1DYXJlLUNlbnRlcjog4oCcdGhl
        IHNlcnZpY2UgaXMgYWx3YXlzIGFjY2Vzc2libGXigJ0uAUBDdXN0b21lci1DYXJlLUNlbnRlciA6IMKrIENlIHNlcnZpY2Ug
        ZXN0IHRvdWpvdXJzIGFjY2Vzc2libGUgwrsuARRDdXN0b21lci1DYXJlLUNlbnRlcgEBSuKAnFRvdWpvdXJzIGFjY2Vzc2li
        bGXigJ0gKGFsd2F5cyBhY2Nlc3NpYmxlKSBpcyByZWFkIGFzIGFyb3VuZCB0aGUgY2xvY2suAUvCqyB0b3Vqb3VycyBhY2Nl
        c3NpYmxlIMK7IGVzdCBsdSBjb21tZSA6IGpvaWduYWJsZSBlbiBjb250aW51LCAyNCBoIHN1ciAyNC4F+gQMEGNjYy1vZmZp
        Y2UtaG91cnMADmhvdXJzID0gb2ZmaWNlBY4FFAkAAAAAAAAAAAABA58foB8KAUBTdXBwb3J0IGR1cmluZyBvZmZpY2UgaG91
        cnMgb25seSBpcyBub3Qg4oCcYWx3YXlzIGFjY2Vzc2libGXigJ0uAVBVbiBzdXBwb3J0IGF1eCBoZXVyZXMgZGUgYnVyZWF1
        IHNldWxlbWVudCBu4oCZZXN0IHBhcyDCqyB0b3Vqb3VycyBhY2Nlc3NpYmxlIMK7LgEUQ3VzdG9tZXItQ2FyZS1DZW50ZXIB
        AS1JbnRlcnByZXRhdGlvbiwgYXMgZm9yIGNjYy1hbHdheXMtYWNjZXNzaWJsZS4BMkludGVycHLDqXRhdGlvbiwgY29tbWUg
        cG91ciBjY2MtYWx3YXlzLWFjY2Vzc2libGUuBYwFDBFjY2MtY2VudHJhbC1wbGFjZQAXc3RydWN0dXJlID0gY2VudHJhbGlz
        ZWQFoAUUAAAAAAAAAAAAAAED0A/wLgEBWUN1c3RvbWVyLUNhcmUtQ2VudGVyOiDigJx0aGUgY2VudHJhbCBwbGFjZSBvZiBh
        bGwgdGhlIHN1cHBvcnQgYWN0aXZpdGllcyBvZiBhIGNvbXBhbnnigJ0uAXdDdXN0b21lci1DYXJlLUNlbnRlciA6IMKrIEVz
        dCBs4oCZZW5kcm9pdCBjZW50cmFsIGRlIHRvdXRlcyBsZXMgYWN0aXZpdMOpcyBkdSBzZXJ2aWNlIGRlIHN1cHBvcnQgZOKA
        mXVuZSBlbnRyZXByaXNlLiDCuwEUQ3VzdG9tZXItQ2FyZS1DZW50ZXIBAXBJbnRlcnByZXRhdGlvbjog4oCcdGhlIGNlbnRy
        YWwgcGxhY2Ugb2YgYWxsIHN1cHBvcnQgYWN0aXZpdGllc+KAnSBpcyByZWFkIGFzIHN1aXRpbmcgYSBjZW50cmFsaXNlZCBv
        cmdhbmlzYXRpb24uAZEBSW50ZXJwcsOpdGF0aW9uIDogwqsgbOKAmWVuZHJvaXQgY2VudHJhbCBkZSB0b3V0ZXMgbGVzIGFj
        dGl2aXTDqXMgZHUgc2VydmljZSBkZSBzdXBwb3J0IMK7IGVzdCBsdSBjb21tZSBhZGFwdMOpIMOgIHVuZSBvcmdhbmlzYXRp
        b24gY2VudHJhbGlzw6llLgWeBQwRY2NjLWxhcmdlLWNvbXBhbnkADHNpemUgPSBsYXJnZQW6BRQDAAAAAAAAAABAAQPQD/Au
        BAGmAUxhcmdlIGNvbXBhbnk6IHRoZSBDdXN0b21lci1DYXJlLUNlbnRlciBnYXRoZXJzIOKAnGFsbCB0aGUgc3VwcG9ydCBh
        Y3Rpdml0aWVzIG9mIGEgY29tcGFueeKAnSBhbmQgdXNlcyDigJxhIHRlY2huaWNhbCBpbmZyYXN0cnVjdHVyZSBmb3IgaW50
        ZXJhY3RpdmUgcmVsYXRpb25zaGlwc+KAnS4BxwFHcmFuZGUgZW50cmVwcmlzZSA6IGxlIEN1c3RvbWVyLUNhcmUtQ2VudGVy
        IHLDqXVuaXQgwqsgdG91dGVzIGxlcyBhY3Rpdml0w6lzIGR1IHNlcnZpY2UgZGUgc3VwcG9ydCBk4oCZdW5lIGVudHJlcHJp
        c2UgwrsgZXQgdXRpbGlzZSDCqyB1bmUgaW5mcmFzdHJ1Y3R1cmUgdGVjaG5pcXVlIHBvdXIgZGVzIHJlbGF0aW9ucyBpbnRl
        cmFjdGl2ZXMgwrsuARRDdXN0b21lci1DYXJlLUNlbnRlcgEBOkludGVycHJldGF0aW9uOiB0aGUgY291cnNlIHRpZXMgbm8g
        Zm9ybSB0byBhIGNvbXBhbnkgc2l6ZS4BUUludGVycHLDqXRhdGlvbiA6IGxlIGNvdXJzIG7igJlhc3NvY2llIGF1Y3VuZSBm
        b3JtZSDDoCB1bmUgdGFpbGxlIGTigJllbnRyZXByaXNlLgW4BQwSY2NjLW1hbnktY3VzdG9tZXJzAA12b2x1bWUgPSBoaWdo
        BdQFFAQAAAAAAAAAAEABA9AP8C4FAYUBTWFueSBjdXN0b21lcnMgKOKAnHBldSBkZSBjbGllbnRzIG91IGJlYXVjb3Vw4oCd
        KTogdGhlIEN1c3RvbWVyLUNhcmUtQ2VudGVyIGlzIOKAnHRoZSBjZW50cmFsIHBsYWNlIG9mIGFsbCB0aGUgc3VwcG9ydCBh
        Y3Rpdml0aWVz4oCdLgGjAUJlYXVjb3VwIGRlIGNsaWVudHMgKMKrIGRvbmMgcGV1IGRlIGNsaWVudHMgb3UgYmVhdWNvdXAg
        wrspIDogbGUgQ3VzdG9tZXItQ2FyZS1DZW50ZXIgZXN0IMKrIGzigJllbmRyb2l0IGNlbnRyYWwgZGUgdG91dGVzIGxlcyBh
        Y3Rpdml0w6lzIGR1IHNlcnZpY2UgZGUgc3VwcG9ydCDCuy4BFEN1c3RvbWVyLUNhcmUtQ2VudGVyAQFNSW50ZXJwcmV0YXRp
        b246IHRoZSBjb3Vyc2UgbGlua3MgdGhlIHJlcXVlc3QgcmF0ZSB0byB0aGUgbnVtYmVyIG9mIGN1c3RvbWVycy4BSUludGVy
        cHLDqXRhdGlvbiA6IGxlIGNvdXJzIHJlbGllIGxlIHRhdXggZGUgZGVtYW5kZSBhdSBub21icmUgZGUgY2xpZW50cy4F0gUM
        FWNjYy1saW1pdGVkLXJlc291cmNlcwATcmVzb3VyY2VzID0gbGltaXRlZAXsBRQGAAAAAAAAAAAAAQOfH6AfBwGTAUxpbWl0
        ZWQgcmVzb3VyY2VzOiBhIEN1c3RvbWVyLUNhcmUtQ2VudGVyIG5lZWRzIOKAnGEgdGVjaG5pY2FsIGluZnJhc3RydWN0dXJl
        IGZvciBpbnRlcmFjdGl2ZSByZWxhdGlvbnNoaXBz4oCdIGFuZCBtdXN0IGJlIOKAnGFsd2F5cyBhY2Nlc3NpYmxl4oCdLgGi
        AVJlc3NvdXJjZXMgbGltaXTDqWVzIDogbGUgQ3VzdG9tZXItQ2FyZS1DZW50ZXIgZGVtYW5kZSDCqyB1bmUgaW5mcmFzdHJ1
        Y3R1cmUgdGVjaG5pcXVlIHBvdXIgZGVzIHJlbGF0aW9ucyBpbnRlcmFjdGl2ZXMgwrsgZXQgZG9pdCDDqnRyZSDCqyB0b3Vq
        b3VycyBhY2Nlc3NpYmxlIMK7LgEUQ3VzdG9tZXItQ2FyZS1DZW50ZXIBATZJbnRlcnByZXRhdGlvbjogdGhlIGNvdXJzZSBk
        b2VzIG5vdCBzcGVhayBvZiBpdHMgY29zdC4BNUludGVycHLDqXRhdGlvbiA6IGxlIGNvdXJzIG5lIHBhcmxlIHBhcyBkZSBz
        b24gY2/Du3QuBeoFDBFwdW8tc2V2ZXJhbC1zaXRlcwAZc3RydWN0dXJlID0gZGVjZW50cmFsaXNlZAWIBhQAAAAAAAAAAPA/
        AQTwLvAuAQF/UG93ZXItVXNlci1PcmdhbmlzYXRpb246IOKAnHBhcnRpY3VsYXJseSBzdWl0ZWQgdG8gY29tcGFuaWVzIHdp
        dGggc2V2ZXJhbCBzaXRlcyAoZGVjZW50cmFsaXNlZCBJVCBzeXN0ZW1zIGFuZCBvcmdhbmlzYXRpb24p4oCdLgGeAVBvd2Vy
        LVVzZXItT3JnYW5pc2F0aW9uIDogwqsgRWxsZSBlc3QgcGFydGljdWxpw6hyZW1lbnQgaW5kaXF1w6llIHBvdXIgZGVzIGVu
        dHJlcHJpc2VzIGF2ZWMgcGx1c2lldXJzIHNpdGVzIChzeXN0w6htZXMgZXQgb3JnYW5pc2F0aW9uIElUIGTDqWNlbnRyYWxp
        c8OpcykgwrsuARdQb3dlci1Vc2VyLU9yZ2FuaXNhdGlvbgAFhgYMFXB1by1saW1pdGVkLXJlc291cmNlcwATcmVzb3VyY2Vz
        ID0gbGltaXRlZAWaBhQGAAAAAAAAAAAAAQTwLqAfBwFWUG93ZXItVXNlci1PcmdhbmlzYXRpb246IHBhcnRpY3VsYXJseSBz
        dWl0ZWQgdG8gY29tcGFuaWVzIOKAnGFuZCBsaW1pdGVkIHJlc291cmNlc+KAnS4BjgFQb3dlci1Vc2VyLU9yZ2FuaXNhdGlv
        biA6IMKrIHBhcnRpY3VsacOocmVtZW50IGluZGlxdcOpZSBwb3VyIGRlcyBlbnRyZXByaXNlcyBhdmVjIHBsdXNpZXVycyBz
        aXRlcyDCuyAo4oCmKSDCqyBldCBkZXMgcmVzc291cmNlcyBsaW1pdMOpZXMgwrsuARdQb3dlci1Vc2VyLU9yZ2FuaXNhdGlv
        bgAFmAYME3B1by1hbXBsZS1yZXNvdXJjZXMAEXJlc291cmNlcyA9IGFtcGxlBawGFAYAAAAAAAAAAEABBM8PoB8HAY4BQW1w
        bGUgcmVzb3VyY2VzOiB0aGUgUG93ZXItVXNlci1PcmdhbmlzYXRpb24gaXMgbWVhbnQgZm9yIOKAnGxpbWl0ZWQgcmVzb3Vy
        Y2Vz4oCdOyB3aXRoIG1vcmUgbWVhbnMsIGEgcHJvZmVzc2lvbmFsIHN1cHBvcnQgdW5pdCBpcyBhZmZvcmRhYmxlLgGwAVJl
        c3NvdXJjZXMgaW1wb3J0YW50ZXMgOiBsYSBQb3dlci1Vc2VyLU9yZ2FuaXNhdGlvbiBlc3QgaW5kaXF1w6llIHBvdXIgwqsg
        ZGVzIHJlc3NvdXJjZXMgbGltaXTDqWVzIMK7IDsgYXZlYyBwbHVzIGRlIG1veWVucywgdW5lIHVuaXTDqSBkZSBzdXBwb3J0
        IHByb2Zlc3Npb25uZWxsZSBlc3QgcG9zc2libGUuARdQb3dlci1Vc2VyLU9yZ2FuaXNhdGlvbgEBOEludGVycHJldGF0aW9u
        OiB0aGUgY291cnNlIG9ubHkgbmFtZXMgbGltaXRlZCByZXNvdXJjZXMuAUBJbnRlcnByw6l0YXRpb24gOiBsZSBjb3VycyBu
        ZSBwYXJsZSBxdWUgZGUgcmVzc291cmNlcyBsaW1pdMOpZXMuBaoGDBVwdW8tZXhwZXJpZW5jZWQtdXNlcnMAEHBvd2VydXNl
        cnMgPSB5ZXMFxAYUCgAAAAAAAAAAAAEEoB+gHwsBUlBvd2VyLVVzZXItT3JnYW5pc2F0aW9uOiDigJxjYWxscyBvbiBleHBl
        cmllbmNlZCB1c2VycyB0byBzdXBwb3J0IGFuIElUIHN5c3RlbeKAnS4Ba1Bvd2VyLVVzZXItT3JnYW5pc2F0aW9uIDogwqsg
        QXBwZWxsZSBkZXMgdXRpbGlzYXRldXJzIGV4cMOpcmltZW50w6lzIHBvdXIgbGUgc3VwcG9ydCBk4oCZdW4gc3lzdMOobWUg
        SVQuIMK7ARdQb3dlci1Vc2VyLU9yZ2FuaXNhdGlvbgAFwgYMEnB1by1uby1wb3dlci11c2VycwAPcG93ZXJ1c2VycyA9IG5v
        BdYGFAoAAAAAAAAA8D8CBP98AaAfoB8LAcYBV2l0aG91dCBleHBlcmllbmNlZCB1c2VycyB0aGVyZSBpcyBubyBQb3dlci1V
        c2VyLU9yZ2FuaXNhdGlvbjogaXQg4oCcZGVwZW5kcyBzdHJvbmdseSwgZnJvbSBjYXNlIHRvIGNhc2UsIG9uIHRoZSBrbm93
        bGVkZ2Ugb2YgaXRzIG1lbWJlcnPigJ0sIGFuZCDigJxpdHMgdGFza3Mgbm9ybWFsbHkgbWF0Y2ggdGhvc2Ugb2YgYSBIZWxw
        LURlc2vigJ0uAeABU2FucyB1dGlsaXNhdGV1cnMgZXhww6lyaW1lbnTDqXMsIHBhcyBkZSBQb3dlci1Vc2VyLU9yZ2FuaXNh
        dGlvbiA6IGVsbGUgwqsgZMOpcGVuZCBkZSBjYXMgZW4gY2FzIGZvcnRlbWVudCBkZSBsYSBjb25uYWlzc2FuY2UgZGUgc2Vz
        IGNvbGxhYm9yYXRldXJzIMK7LCBldCDCqyBOb3JtYWxlbWVudCBzZXMgdMOiY2hlcyBjb3JyZXNwb25kZW50IMOgIGNlbGxl
        cyBk4oCZdW4gSGVsZGVzayDCuy4BF1Bvd2VyLVVzZXItT3JnYW5pc2F0aW9uAQHOAVRoZSBwZW5hbHR5ICgtMTYpIG91dHdl
        aWdocyBzZXZlcmFsIHNpdGVzIGFuZCBsaW1pdGVkIHJlc291cmNlcyB0b2dldGhlciAoKzkgKzYpOiB3aXRob3V0IHBvd2Vy
        IHVzZXJzIHRoZSBmb3JtIGNhbm5vdCB3b3JrLiBIYW5kaW5nIGl0cyB0YXNrcyB0byBhIEhlbHAtRGVzayBpbnN0ZWFkICgr
        NCkgaXMgb3VyIHJlYWRpbmcgb2YgdGhlIHNhbWUgc2VudGVuY2UuAecBTGEgcMOpbmFsaXTDqSAoLTE2KSBs4oCZZW1wb3J0
        ZSBzdXIgcGx1c2lldXJzIHNpdGVzIGV0IGRlcyByZXNzb3VyY2VzIGxpbWl0w6llcyByw6l1bmlzICgrOSArNikgOiBzYW5z
        IHBvd2VyIHVzZXJzLCBjZXR0ZSBmb3JtZSBuZSBwZXV0IHBhcyBmb25jdGlvbm5lci4gQ29uZmllciBzZXMgdMOiY2hlcyDD
        oCB1biBIZWxwLURlc2sgKCs0KSBlc3Qgbm90cmUgbGVjdHVyZSBkZSBsYSBtw6ptZSBwaHJhc2UuBdQGDAUcc3RydWN0dXJl
        LWZyb20tc2V2ZXJhbC1zaXRlcwAAAAAAAADwPwAKc2l0ZXMgPj0gMwQYFAEFAAAAAAAACEABAX9Qb3dlci1Vc2VyLU9yZ2Fu
        aXNhdGlvbjog4oCccGFydGljdWxhcmx5IHN1aXRlZCB0byBjb21wYW5pZXMgd2l0aCBzZXZlcmFsIHNpdGVzIChkZWNlbnRy
        YWxpc2VkIElUIHN5c3RlbXMgYW5kIG9yZ2FuaXNhdGlvbinigJ0uAZ4BUG93ZXItVXNlci1PcmdhbmlzYXRpb24gOiDCqyBF
        bGxlIGVzdCBwYXJ0aWN1bGnDqHJlbWVudCBpbmRpcXXDqWUgcG91ciBkZXMgZW50cmVwcmlzZXMgYXZlYyBwbHVzaWV1cnMg
        c2l0ZXMgKHN5c3TDqG1lcyBldCBvcmdhbmlzYXRpb24gSVQgZMOpY2VudHJhbGlzw6lzKSDCuy4BF1Bvd2VyLVVzZXItT3Jn
        YW5pc2F0aW9uAQHDAVRoZSBjb3Vyc2Ugb25seSBzYXlzIOKAnHBsdXNpZXVycyBzaXRlc+KAnSAoc2V2ZXJhbCBzaXRlcyku
        IFRoZSB0aHJlc2hvbGQgb2YgMyBpcyBvdXJzOiB3aXRoIDIgc2l0ZXMsIElUIGNhbiBzdGlsbCBlYXNpbHkgYmUgcnVuIGZy
        b20gb25lIHBsYWNlLCBzbyB0aGUgc3RydWN0dXJlIHN0YXlzIHVua25vd24gdW5sZXNzIGl0IGlzIGdpdmVuLgHXAUxlIGNv
        dXJzIGRpdCBzZXVsZW1lbnQgwqsgcGx1c2lldXJzIHNpdGVzIMK7LiBMZSBzZXVpbCBkZSAzIGVzdCBsZSBuw7R0cmUgOiBh
        dmVjIDIgc2l0ZXMsIGzigJlpbmZvcm1hdGlxdWUgcGV1dCBlbmNvcmUgw6p0cmUgZ8OpcsOpZSBkZXB1aXMgdW4gc2V1bCBs
        aWV1LCBsYSBzdHJ1Y3R1cmUgcmVzdGUgZG9uYyBpbmNvbm51ZSBzaSBlbGxlIG7igJllc3QgcGFzIGRvbm7DqWUuBBQQF3N0
        cnVjdHVyZS1mcm9tLW9uZS1zaXRlAAAAAAAAAAAAAAlzaXRlcyA9IDEENhQBAAAAAAAAAPA/AQFwQ291cnNlIGZhY3RvciDi
        gJxDZW50cmFsaXPDqSBvdSBkw6ljZW50cmFsaXPDqeKAnTogYSBjb21wYW55IHdpdGggYSBzaW5nbGUgc2l0ZSBydW5zIGl0
        cyBzdXBwb3J0IGZyb20gb25lIHBsYWNlLgF8RmFjdGV1ciBkdSBjb3VycyDCqyBDZW50cmFsaXPDqSBvdSBkw6ljZW50cmFs
        aXPDqSDCuyA6IHVuZSBlbnRyZXByaXNlIGTigJl1biBzZXVsIHNpdGUgb3JnYW5pc2Ugc29uIHN1cHBvcnQgZW4gdW4gc2V1
        bCBsaWV1LgFJRmFjdGV1cnMgZOKAmWluZmx1ZW5jZSBkw6l0ZXJtaW5hbnQgbGUgY2hvaXggZGUgbGEgZm9ybWUgZOKAmW9y
        Z2FuaXNhdGlvbgEBWEludGVycHJldGF0aW9uOiB0aGUgY291cnNlIGRvZXMgbm90IHNheSBpdCwgYnV0IG9uZSBzaXRlIGxl
        YXZlcyBub3RoaW5nIHRvIGRlY2VudHJhbGlzZS4BXUludGVycHLDqXRhdGlvbiA6IGxlIGNvdXJzIG5lIGxlIGRpdCBwYXMs
        IG1haXMgdW4gc2V1bCBzaXRlIG5lIGxhaXNzZSByaWVuIMOgIGTDqWNlbnRyYWxpc2VyLgQyEBlzaXplLXNtYWxsLWZyb20t
        ZW1wbG95ZWVzAwAAAAAAAAAAAA5lbXBsb3llZXMgPCA1MARWFAICAAAAAAAASUABAUlDb3Vyc2UgZmFjdG9yIOKAnFBldGl0
        ZSBvdSBncmFuZGUgZW50cmVwcmlzZeKAnSAoc21hbGwgb3IgbGFyZ2UgY29tcGFueSkuATNGYWN0ZXVyIGR1IGNvdXJzIMKr
        IFBldGl0ZSBvdSBncmFuZGUgZW50cmVwcmlzZSDCuy4BSUZhY3RldXJzIGTigJlpbmZsdWVuY2UgZMOpdGVybWluYW50IGxl
        IGNob2l4IGRlIGxhIGZvcm1lIGTigJlvcmdhbmlzYXRpb24BAdYBVGhlIHRocmVzaG9sZHMgKGZld2VyIHRoYW4gNTAgZW1w
        bG95ZWVzOiBzbWFsbDsgZmV3ZXIgdGhhbiAyNTA6IG1lZGl1bS1zaXplZDsgb3RoZXJ3aXNlIGxhcmdlKSBhcmUgdGhlIHVz
        dWFsIGRlZmluaXRpb24gb2Ygc21hbGwgYW5kIG1lZGl1bS1zaXplZCBlbnRlcnByaXNlcyAoU01FcyksIG5vdCB0aGUgY291
        cnNl4oCZczogdGhlIGNvdXJzZSBnaXZlcyBubyBudW1iZXJzLgG1AUxlcyBzZXVpbHMgKG1vaW5zIGRlIDUwIGNvbGxhYm9y
        YXRldXJzIDogcGV0aXRlIDsgbW9pbnMgZGUgMjUwIDogbW95ZW5uZSA7IHNpbm9uIGdyYW5kZSkgc29udCBsYSBkw6lmaW5p
        dGlvbiB1c3VlbGxlIGRlcyBQTUUsIHBhcyBjZWxsZSBkdSBjb3VycyA6IGxlIGNvdXJzIG5lIGRvbm5lIHBhcyBkZSBjaGlm
        ZnJlcy4EUhAac2l6ZS1tZWRpdW0tZnJvbS1lbXBsb3llZXMDAAAAAAAA8D8DI2VtcGxveWVlcyA+PSA1MCBhbmQgZW1wbG95
        ZWVzIDwgMjUwBHAUAgAPZW1wbG95ZWVzID49IDUwBHAUAgUAAAAAAABJQAAPZW1wbG95ZWVzIDwgMjUwBHA8AgIAAAAAAEBv
        QAEBSUNvdXJzZSBmYWN0b3Ig4oCcUGV0aXRlIG91IGdyYW5kZSBlbnRyZXByaXNl4oCdIChzbWFsbCBvciBsYXJnZSBjb21w
        YW55KS4BM0ZhY3RldXIgZHUgY291cnMgwqsgUGV0aXRlIG91IGdyYW5kZSBlbnRyZXByaXNlIMK7LgFJRmFjdGV1cnMgZOKA
        mWluZmx1ZW5jZSBkw6l0ZXJtaW5hbnQgbGUgY2hvaXggZGUgbGEgZm9ybWUgZOKAmW9yZ2FuaXNhdGlvbgEBTVVzdWFsIFNN
        RSBkZWZpbml0aW9uICg1MCB0byAyNDkgZW1wbG95ZWVzOiBtZWRpdW0tc2l6ZWQpLCBub3QgdGhlIGNvdXJzZeKAmXMuAVhE
        w6lmaW5pdGlvbiB1c3VlbGxlIGRlcyBQTUUgKGRlIDUwIMOgIDI0OSBjb2xsYWJvcmF0ZXVycyA6IG1veWVubmUpLCBwYXMg
        Y2VsbGUgZHUgY291cnMuBGwQGXNpemUtbGFyZ2UtZnJvbS1lbXBsb3llZXMDAAAAAAAAAEAAEGVtcGxveWVlcyA+PSAyNTAE
        hAEUAgUAAAAAAEBvQAEBSUNvdXJzZSBmYWN0b3Ig4oCcUGV0aXRlIG91IGdyYW5kZSBlbnRyZXByaXNl4oCdIChzbWFsbCBv
        ciBsYXJnZSBjb21wYW55KS4BM0ZhY3RldXIgZHUgY291cnMgwqsgUGV0aXRlIG91IGdyYW5kZSBlbnRyZXByaXNlIMK7LgFJ
        RmFjdGV1cnMgZOKAmWluZmx1ZW5jZSBkw6l0ZXJtaW5hbnQgbGUgY2hvaXggZGUgbGEgZm9ybWUgZOKAmW9yZ2FuaXNhdGlv
        bgEBSFVzdWFsIFNNRSBkZWZpbml0aW9uICgyNTAgZW1wbG95ZWVzIG9yIG1vcmU6IGxhcmdlKSwgbm90IHRoZSBjb3Vyc2Xi
        gJlzLgFWRMOpZmluaXRpb24gdXN1ZWxsZSBkZXMgUE1FICgyNTAgY29sbGFib3JhdGV1cnMgb3UgcGx1cyA6IGdyYW5kZSks
        IHBhcyBjZWxsZSBkdSBjb3Vycy4EgAEQBQABAgMEBgRzcG9jATVTaW5nbGUgcG9pbnQgb2YgY29udGFjdCAoU1BPQykgYXQg
        Zmlyc3QtbGV2ZWwgc3VwcG9ydAEvU1BPQyAocG9pbnQgZGUgY29udGFjdCB1bmlxdWUpIGF1IG5pdmVhdSBkdSBGTFMBqgNB
        IHNpbmdsZSBwb2ludCBvZiBjb250YWN0LiDigJxJbiBhIHN1cHBvcnQgY2VudHJlLCB0aGUgU1BPQyBpcyBhdCBmaXJzdC1s
        ZXZlbCBzdXBwb3J0IChGTFMpLuKAnSBBZHZhbnRhZ2VzOiAxLiBzcGVjaWFsaXN0cyBhcmUgY2FsbGVkIG9uIGxlc3M7IDIu
        IGxvd2VyIGNvc3RzOyAzLiBmYXN0ZXIgYW5zd2VycyAoZWFzaWVyIGNvbW11bmljYXRpb24sIHRpbWUgc2F2ZWQpLiBEcmF3
        YmFja3M6IDEuIGFuc3dlcnMgbWF5IGJlIGxlc3MgcHJlY2lzZSBvciBmdXJ0aGVyIGZyb20gY3VzdG9tZXJz4oCZIGV4cGVj
        dGF0aW9ucywgc2luY2UgaXQgaXMgbm90IGEgc3BlY2lhbGlzdCB3aG8gaGFuZGxlcyB0aGVtOyAyLiBhIGhpZ2ggd29ya2xv
        YWQsIGFzIHRoZSBTUE9DIGNhbiBxdWlja2x5IGJlIHN3YW1wZWQgYnkgdGhlIHZvbHVtZSBvZiByZXF1ZXN0cy4BlATCqyBQ
        b2ludCBkZSBjb250YWN0IHVuaXF1ZS4gwrsgwqsgRGFucyB1biBjZW50cmUgZGUgc3VwcG9ydCwgbGUgU1BPQyBlc3QgYXUg
        bml2ZWF1IGR1IEZMUy4gwrsgQXZhbnRhZ2VzIDogwqsgMS4gTGVzIHNww6ljaWFsaXN0ZXMgc29udCBtb2lucyBzb2xpY2l0
        w6lzIMK7LCDCqyAyLiBSw6lkdWN0aW9ucyBkZXMgY2/Du3RzIMK7LCDCqyAzLiBSw6lwb25zZSBwbHVzIHJhcGlkZSDCuyAo
        wqsgQ29tbXVuaWNhdGlvbiBwbHVzIGZhY2lsZSDCuywgwqsgR2FpbiBkZSB0ZW1wcyDCuykuIETDqXNhdmFudGFnZXMgOiDC
        qyAxLiBSw6lwb25zZXMgcG9zc2libGVtZW50IG1vaW5zIHByw6ljaWVzL2F1eCBhdHRlbnRlcyBkZXMgY2xpZW50cyDDqXRh
        bnQgZG9ubmVyIHF1ZSBjZSBu4oCZZXN0IHBhcyB1biBzcMOpY2lhbGlzdGUgcXVpIHZhIGfDqXJlciBjZWxhLiDCuyDCqyAy
        LiBDaGFyZ2UgZGUgdHJhdmFpbCDDqWxldsOpIGNhciBpbCBwZXV0IMOqdHJlIHJhcGlkZW1lbnQgc3VibWVyZ8OpIHBhciBs
        ZSB2b2x1bWUgZGUgZGVtYW5kZXMuIMK7AAICAwEeU1BPQyAoU2luZ2xlIFBvaW50IG9mIENvbnRhY3QpBhQQDXNwb2Mtd29y
        a2xvYWQBKEhpZ2ggcmVxdWVzdCByYXRlOiBzdGFmZiB0aGUgZmlyc3QgbGV2ZWwBNVRhdXggZGUgZGVtYW5kZSDDqWxldsOp
        IDogcmVuZm9yY2VyIGxlIHByZW1pZXIgbml2ZWF1AdEBUGxhbiBlbm91Z2ggc3RhZmYgYXQgZmlyc3QtbGV2ZWwgc3VwcG9y
        dCAoRkxTKSwgd2hlcmUgdGhlIHNpbmdsZSBwb2ludCBvZiBjb250YWN0IHNpdHM6IHRoZSBjb3Vyc2UgbmFtZXMgYXMgYSBk
        cmF3YmFjayBvZiB0aGUgU1BPQyDigJxhIGhpZ2ggd29ya2xvYWQsIGFzIGl0IGNhbiBxdWlja2x5IGJlIHN3YW1wZWQgYnkg
        dGhlIHZvbHVtZSBvZiByZXF1ZXN0c+KAnS4B7gFQcsOpdm9pciBhc3NleiBkZSBwZXJzb25uZWwgYXUgcHJlbWllciBuaXZl
        YXUgKEZMUyksIG/DuSBzZSB0cm91dmUgbGUgcG9pbnQgZGUgY29udGFjdCB1bmlxdWUgOiBsZSBjb3VycyBjaXRlIGNvbW1l
        IGTDqXNhdmFudGFnZSBkdSBTUE9DIHVuZSDCqyBDaGFyZ2UgZGUgdHJhdmFpbCDDqWxldsOpIGNhciBpbCBwZXV0IMOqdHJl
        IHJhcGlkZW1lbnQgc3VibWVyZ8OpIHBhciBsZSB2b2x1bWUgZGUgZGVtYW5kZXMuIMK7AQANdm9sdW1lID0gaGlnaAZQFAQA
        AAAAAAAAAEAAAR5TUE9DIChTaW5nbGUgUG9pbnQgb2YgQ29udGFjdCkGPBADc2xhASVBZ3JlZSBhIFNlcnZpY2UgTGV2ZWwg
        QWdyZWVtZW50IChTTEEpAS1Db252ZW5pciBk4oCZdW4gU2VydmljZSBMZXZlbCBBZ3JlZW1lbnQgKFNMQSkB+wFBZ3JlZSBh
        biBTTEEgd2l0aCB0aGUgdXNlcnMgb2YgdGhlIHN1cHBvcnQuIEEgU2VydmljZSBMZXZlbCBBZ3JlZW1lbnQg4oCcaXMgYSBj
        b250cmFjdCBiZXR3ZWVuIGEgc2VydmljZSBwcm92aWRlciBhbmQgYSBjdXN0b21lciB0aGF0IGRlZmluZXMgdGhlIGV4cGVj
        dGF0aW9ucyByZWdhcmRpbmcgdGhlIHF1YWxpdHksIHRoZSBhdmFpbGFiaWxpdHkgYW5kIHRoZSByZXNwb25zaWJpbGl0aWVz
        IG9mIHRoZSBzZXJ2aWNlIHByb3ZpZGVk4oCdLgGnAkNvbnZlbmlyIGTigJl1biBTTEEgYXZlYyBsZXMgdXRpbGlzYXRldXJz
        IGR1IHN1cHBvcnQuIFVuIFNlcnZpY2UgTGV2ZWwgQWdyZWVtZW50ICjCqyBBY2NvcmQgZGUgbml2ZWF1IGRlIHNlcnZpY2Ug
        wrspIMKrIEVzdCB1biBjb250cmF0IGVudHJlIHVuIGZvdXJuaXNzZXVyIGRlIHNlcnZpY2VzIGV0IHVuIGNsaWVudCBxdWkg
        ZMOpZmluaXQgbGVzIGF0dGVudGVzIGNvbmNlcm5hbnQgbGEgcXVhbGl0w6ksIGxhIGRpc3BvbmliaWxpdMOpLCBldCBsZXMg
        cmVzcG9uc2FiaWxpdMOpcyBkdSBzZXJ2aWNlIGZvdXJuaS4gwrsBBEBjdXN0b21lcnMgaW4gW2V4dGVybmFsLCBib3RoXSBv
        ciBob3VycyBpbiBbZXh0ZW5kZWQsIGNvbnRpbnVvdXNdBnAUAgEdY3VzdG9tZXJzIGluIFtleHRlcm5hbCwgYm90aF0GcBQH
        AgAAAAAAAPA/AAAAAAAAAEABH2hvdXJzIGluIFtleHRlbmRlZCwgY29udGludW91c10GcFYJAgAAAAAAAPA/AAAAAAAAAEAA
        ATZTZXJ2aWNlIExldmVsIEFncmVlbWVudHMgKEFjY29yZCBkZSBuaXZlYXUgZGUgc2VydmljZSkGWhALZmxzLXF1YWxpdHkB
        Kk1lYXN1cmUgdGhlIHF1YWxpdHkgb2YgZmlyc3QtbGV2ZWwgc3VwcG9ydAElTWVzdXJlciBsYSBxdWFsaXTDqSBkZSBzZXJ2
        aWNlIGR1IEZMUwGVAU1lYXN1cmUgdGhlIHF1YWxpdHkgb2YgZmlyc3QtbGV2ZWwgc3VwcG9ydCAoRkxTKSB3aXRoIHRoZSBj
        b3Vyc2XigJlzIGZvdXIgaW5kaWNhdG9yczogaGlnaCBlZmZpY2llbmN5LCByZWFjdGlvbiB0aW1lLCBhdmFpbGFiaWxpdHks
        IG1lYW5zIG9mIGNvbnRhY3QuAb4BTWVzdXJlciBsYSBxdWFsaXTDqSBkZSBzZXJ2aWNlIGR1IHByZW1pZXIgbml2ZWF1IChG
        TFMpIGF2ZWMgbGVzIHF1YXRyZSBpbmRpY2F0ZXVycyBkdSBjb3VycyA6IMKrIEhhdXRlIGVmZmljYWNpdMOpIMK7LCDCqyBU
        ZW1wcyBkZSByw6lhY3Rpb24gwrssIMKrIERpc3BvbmliaWxpdMOpIMK7LCDCqyBNb3llbiBkZSBjb250YWN0IMK7LgAEAAEC
        AwFHSW5kaXF1ZXogNCBpbmRpY2F0ZXVycyBzZXJ2YW50IMOgIG1lc3VyZXIgbGEgcXVhbGl0w6kgZGUgc2VydmljZSBkdSBG
        TFMGehANdGlja2V0LXN5c3RlbQETVXNlIGEgdGlja2V0IHN5c3RlbQEZVXRpbGlzZXIgdW4gdGlja2V0IHN5c3RlbQHsAkEg
        dGlja2V0IHN5c3RlbSDigJxpcyBhIHRvb2wgKHNvZnR3YXJlIG9yIGFwcGxpY2F0aW9uKSBmb3IgbWFuYWdpbmcgYSBjb21w
        YW554oCZcyBzdXBwb3J04oCdLiBFbXBsb3llZXMgb3BlbiBhIHRpY2tldCwgbGlrZSBhIG5vdGVwYWQsIHN0YXRpbmcgdGhl
        aXIgcHJvYmxlbSBhbmQgaXRzIHByaW9yaXR5OyB0aGUgc3VwcG9ydCB0ZWFtIG1hbmFnZXMgYW5kIHNvcnRzIHRoZSB0aWNr
        ZXRzIGFuZCBhY3RzIGJ5IHVyZ2VuY3kgKGZyb20gdGhlIGNvbXBhbnnigJlzIHBvaW50IG9mIHZpZXcsIG5vdCB0aGUgcmVx
        dWVzdGVy4oCZcykuIEluIHNob3J0LCDigJxhIGNvbXB1dGVyIHN5c3RlbSBmb3IgbWFuYWdpbmcgc3VwcG9ydCBjYXNlc+KA
        nS4B1gPCqyBMZSB0aWNrZXQgc3lzdGVtIGVzdCB1biBvdXRpbCAobG9naWNpZWwgb3UgYXBwbGljYXRpb24pIHBlcm1ldHRh
        bnQgbGEgZ2VzdGlvbiBkdSBzdXBwb3J0IGTigJl1bmUgZW50cmVwcmlzZS4gwrsgwqsgTGVzIGVtcGxvecOpcyBvdXZyZSB1
        biB0aWNrZXQsIHJlc3NlbWJsYW50IMOgIHVuIGJsb2Mgbm90ZSBldCBpbmRpcXVlIGxldXIgcHJvYmzDqG1lIGF2ZWMgbGV1
        ciBwcmlvcml0w6kuIMK7IMKrIEzigJnDqXF1aXBlIGRlIHN1cHBvcnQgZ8OocmUgZXQgdHJpcyBsZXMgdGlja2V0cyBldCBp
        bnRlcnZpZW5uZW50IHNlbG9uIGxlIG5pdmVhdSBk4oCZdXJnZW5jZSAoYXUgcG9pbnQgZGUgdnVlIGRlIGzigJllbnRyZXBy
        aXNlIGV0IG5vbiBjZWxsZSBkdSBkZW1hbmRldXIpLiDCuyDCqyBD4oCZZXN0IHVuIHN5c3TDqG1lIGluZm9ybWF0aXF1ZSBw
        ZXJtZXR0YW50IGxhIGdlc3Rpb24gZGVzIGNhcyBkZSBzdXBwb3J0LiDCuwEAEHZvbHVtZSA+PSBtZWRpdW0GrgEUBAUAAAAA
        AADwPwABHVF1LWVzdCBjZSBxdS11biBUaWNrZXQgU3lzdGVtBpIBEAdvbi1jYWxsASlPcmdhbmlzZSBvbi1jYWxsIGR1dHkg
        KHNlcnZpY2UgZGUgcGlxdWV0KQEeT3JnYW5pc2VyIHVuIHNlcnZpY2UgZGUgcGlxdWV0AdUBVG8gY292ZXIgZXh0ZW5kZWQg
        aG91cnMgb3IgbmlnaHRzIHdpdGhvdXQgYSBmdWxsIHRlYW0sIG9yZ2FuaXNlIG9uLWNhbGwgZHV0eTog4oCcZHVyaW5nIG9u
        LWNhbGwgZHV0eSwgc29tZW9uZSBvbmx5IGhhcyB0byBiZSByZWFjaGFibGUgYW5kIGF2YWlsYWJsZS4gV29yayBvdXRzaWRl
        IHNlcnZpY2UgcGVyaW9kcyBpcyBvbmx5IG5lZWRlZCBpbiBhbiBlbWVyZ2VuY3ku4oCdAaECUG91ciBjb3V2cmlyIGRlcyBo
        ZXVyZXMgw6l0ZW5kdWVzIG91IGxhIG51aXQgc2FucyDDqXF1aXBlIGNvbXBsw6h0ZSwgb3JnYW5pc2VyIHVuIHNlcnZpY2Ug
        ZGUgcGlxdWV0IDogwqsgUGVuZGFudCBsZSBzZXJ2aWNlIGRlIHBpcXVldCwgcXVlbHF14oCZdW4gZG9pdCB1bmlxdWVtZW50
        IMOqdHJlIGF0dGVpZ25hYmxlIGV0IGRpc3BvbmlibGUuIExlIHRyYXZhaWwgYXUgZGVob3JzIGRlcyBww6lyaW9kZXMgZGUg
        c2VydmljZSBu4oCZZXN0IG7DqWNlc3NhaXJlIHF14oCZZW4gY2FzIGTigJl1cmdlbmNlLiDCuwEBH2hvdXJzIGluIFtleHRl
        bmRlZCwgY29udGludW91c10GygEUCQIAAAAAAADwPwAAAAAAAABAAAERU2VydmljZSBkZSBwaXF1ZXQGtgEQAQN0aWUAAeAC
        Rm9ybXMgdGllIHdoZW4gdGhlIGZhY3RzIGdpdmVuIHNwZWFrIGVxdWFsbHkgZm9yIHRoZW0sIGFuZCB0aGUgY291cnNlIGRv
        ZXMgbm90IHJhbmsgdGhlbSBlaXRoZXIgKGUuZy4gYnkgZS1tYWlsIG9yIGNoYXQgYWxvbmUsIGJvdGggdGhlIEhlbHAtRGVz
        ayBhbmQgdGhlIEN1c3RvbWVyLUNhcmUtQ2VudGVyIGZpdCkuIEV2ZXJ5IHJlc3VsdCBzaG93cyB0aGUgdGllICjigJx0aWUg
        YXQgdGhlIHRvcOKAnSwgInRpZSI6IHRydWUgaW4gSlNPTik7IHRoZSByYW5raW5nIGxpc3RzIHRoZSB0aWVkIGZvcm1zIGlu
        IGRlY2xhcmF0aW9uIG9yZGVyLCB0aGUgSG90bGluZSAo4oCcdGhlIHNpbXBsZXN0IGZvcm3igJ0pIGZpcnN0LgHKA0RlcyBm
        b3JtZXMgc29udCDDoCDDqWdhbGl0w6kgcXVhbmQgbGVzIGZhaXRzIGRvbm7DqXMgcGFybGVudCBhdXRhbnQgcG91ciBjaGFj
        dW5lIGV0IHF1ZSBsZSBjb3VycyBuZSBsZXMgZMOpcGFydGFnZSBwYXMgbm9uIHBsdXMgKHAuIGV4LiBqb2lnbmFibGUgcGFy
        IGUtbWFpbCBvdSBjaGF0IHNldWxlbWVudCA6IGxlIEhlbHAtRGVzayBldCBsZSBDdXN0b21lci1DYXJlLUNlbnRlciBjb252
        aWVubmVudCB0b3VzIGRldXgpLiBDaGFxdWUgcsOpc3VsdGF0IG1vbnRyZSBs4oCZw6lnYWxpdMOpICjCqyDDqWdhbGl0w6kg
        ZW4gdMOqdGUgwrssICJ0aWUiOiB0cnVlIGVuIEpTT04pIDsgbGUgY2xhc3NlbWVudCBkb25uZSBsZXMgZm9ybWVzIMOgIMOp
        Z2FsaXTDqSBkYW5zIGzigJlvcmRyZSBkZSBkw6ljbGFyYXRpb24sIGxhIEhvdGxpbmUgKMKrIGxhIGZvcm1lIGxhIHBsdXMg
        c2ltcGxlIMK7KSBk4oCZYWJvcmQuATIKAA==

        """#
}
