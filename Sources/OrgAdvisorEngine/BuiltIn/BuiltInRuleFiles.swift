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
                accept tie en "Forms tie when the facts given speak equally for them, and the course"
                              "does not rank them either (e.g. by e-mail or chat alone, both the"
                              "Help-Desk and the Customer-Care-Center fit). Every result shows the tie"
                              "(“tie at the top”, \"tie\": true in JSON); the ranking lists the tied"
                              "forms in declaration order, the Hotline (“the simplest form”) first."
                           fr "Des formes sont à égalité quand les faits donnés parlent autant pour"
                              "chacune et que le cours ne les départage pas non plus (p. ex. joignable"
                              "par e-mail ou chat seulement : le Help-Desk et le Customer-Care-Center"
                              "conviennent tous deux). Chaque résultat montre l’égalité (« égalité en"
                              "tête », \"tie\": true en JSON) ; le classement donne les formes à"
                              "égalité dans l’ordre de déclaration, la Hotline (« la forme la plus"
                              "simple ») d’abord."

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
                value internal en "internal users" fr "utilisateurs internes" alias "interne",
                    "internes", "employees", "employés", "collaborateurs", "staff", "in-house"
                value external en "external customers" fr "clients externes" alias "externe",
                    "externes", "customers", "clients"
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
                    "multicanaux", "e-mail", "email", "mail", "chat", "multimédia",
                    "multimedia channels", "omnichannel", "web"

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
                description en "The simplest form of a centralised support unit. It is a telephone"
                               "contact point and can handle all customer calls immediately. Reported"
                               "problems are recorded with the necessary information (name and"
                               "telephone number of the caller, component of the IT system concerned,"
                               "description of the problem). Besides the tasks of the Help-Desk, this"
                               "form of organisation also takes on technical-support tasks, for"
                               "example: selecting and buying hardware and software; providing"
                               "applications; installing and maintaining peripheral devices; ensuring"
                               "data security and data protection; advising and training users; writing"
                               "technical documentation or manuals."
                            fr "C’est la forme la plus simple d’une unité de support centralisée."
                               "C’est un point de contact téléphonique et peut traiter immédiatement"
                               "tous les appels des clients."
                               "Les problèmes signalés seront saisis et enregistrés avec les"
                               "informations nécessaires (nom et numéro de téléphone de l’appelant,"
                               "composant concerné du système IT, description du problème)."
                               "Cette forme d’organisation, en plus des tâches du Helpdesk, se charge"
                               "aussi des tâches du support technique."
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
                description en "A support unit able to solve more complex problems. It can usually be"
                               "reached by e-mail or chat as well as by telephone. As a rule it also"
                               "takes on additional operational tasks such as: backup and restore;"
                               "server monitoring; system administration; hardware inventory; informing"
                               "customers."
                            fr "C’est une unité de support capable de résoudre des problèmes plus"
                               "complexes. Elle peut être généralement atteinte par e-mail ou chat en"
                               "plus des appels téléphoniques."
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
                description en "A support unit with an intelligent call switchboard working as a SPOC"
                               "(single point of contact). It receives its telephone calls"
                               "automatically and passes them on to the units concerned. Callers can"
                               "put themselves directly in touch with the place they want using the"
                               "keys of their telephone."
                            fr "C’est une unité de support avec une centrale d’appel intelligente"
                               "fonctionnant comme SPOC."
                               "Elle reçois automatiquement ses appels téléphoniques et les transmet"
                               "aux instances concernées."
                               "L’appelant peut se mettre directement en contact avec l’endroit"
                               "souhaité à l’aide des touches du téléphone."
                card "Call-center"

            form customer-care-center
                label en "Customer-Care-Center" fr "Customer-Care-Center"
                description en "The central place of all the support activities of a company. The main"
                               "aim of this form of organisation is twofold: on the one hand, to make"
                               "it easier for customers to access the company’s products and services;"
                               "on the other, it broadens and deepens the knowledge of, and the"
                               "relationships with, those customers. To do so, a technical"
                               "infrastructure for interactive relationships is used. The service is"
                               "always accessible through multimedia communication channels, and"
                               "supports customers from the specification of their needs to the"
                               "maintenance of the system. This also includes removing disruptions and"
                               "supplying updates."
                            fr "Est l’endroit central de toutes les activités du service de support"
                               "d’une entreprise."
                               "L’objectif principal de cette forme d’organisation est double :"
                               "- D’une part il s’agit pour l’entreprise de faciliter aux clients"
                               "l’accès aux produits et services de l’entreprise."
                               "- D’une part, elle élargit et approfondit la connaissance et les"
                               "relations avec ceux-ci."
                               "Pour cela on utilise une infrastructure technique pour des relations"
                               "interactives."
                               "Ce service est toujours accessible à l’aide de canaux de communication"
                               "multimédia et soutient le client depuis la spécification des besoins"
                               "jusqu’à la maintenance du système. Ceci implique aussi l’élimination"
                               "des perturbations et la fourniture des mises à jour."
                card "Customer-Care-Center"

            form power-user-organisation
                label en "Power-User-Organisation" fr "Power-User-Organisation"
                description en "Calls on experienced users to support an IT system. It is particularly"
                               "suited to companies with several sites (decentralised IT systems and"
                               "organisation) and limited resources. Its tasks normally match those of"
                               "a Help-Desk, but from case to case they depend strongly on the"
                               "knowledge of its members."
                            fr "Appelle des utilisateurs expérimentés pour le support d’un système IT."
                               "Elle est particulièrement indiquée pour des entreprises avec plusieurs"
                               "sites (systèmes et organisation IT décentralisés) et des ressources"
                               "limitées. Normalement ses tâches correspondent à celles d’un Heldesk,"
                               "mais dépend de cas en cas fortement de la connaissance de ses"
                               "collaborateurs."
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
                           "entreprises avec plusieurs sites (systèmes et organisation IT"
                           "décentralisés) »."
                card "Power-User-Organisation"
                note en "Interpretation: the course only says “plusieurs sites” (several sites). The"
                        "threshold of 3 is ours: with 2 sites, IT can still easily be run from one"
                        "place, so the structure stays unknown unless it is given."
                     fr "Interprétation : le cours dit seulement « plusieurs sites ». Le seuil de 3 est"
                        "le nôtre : avec 2 sites, l’informatique peut encore être gérée depuis un seul"
                        "lieu, la structure reste donc inconnue si elle n’est pas donnée."

            derive structure-from-one-site
                set structure = centralised
                when sites = 1
                because en "Course factor “Centralisé ou décentralisé”: a company with a single site"
                           "runs its support from one place."
                        fr "Facteur du cours « Centralisé ou décentralisé » : une entreprise d’un seul"
                           "site organise son support en un seul lieu."
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
                note en "Interpretation: the thresholds (fewer than 50 employees: small; fewer than"
                        "250: medium-sized; otherwise large) are the usual definition of small and"
                        "medium-sized enterprises (SMEs), not the course’s: the course gives no"
                        "numbers."
                     fr "Interprétation : les seuils (moins de 50 collaborateurs : petite ; moins de"
                        "250 : moyenne ; sinon grande) sont la définition usuelle des PME, pas celle du"
                        "cours : le cours ne donne pas de chiffres."

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
                points hotline +2  # = +6
                because en "Hotline: “the simplest form of a centralised support unit”."
                        fr "Hotline : « C’est la forme la plus simple d’une unité de support"
                           "centralisée. »"
                card "Hotline"

            rule hotline-decentralised
                when structure = decentralised
                points hotline -2  # = -6
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
                points hotline +1  # = +3
                because en "Small company (course factor “Petite ou grande entreprise”): the Hotline is"
                           "“the simplest form” of support unit."
                        fr "Petite entreprise (facteur « Petite ou grande entreprise ») : la Hotline"
                           "est « la forme la plus simple d’une unité de support centralisée »."
                card "Hotline"
                note en "Interpretation: the course names company size as a deciding factor but ties no"
                        "form to a size; the simplest form is taken to suit a small company. Kept small"
                        "(+3) for that reason."
                     fr "Interprétation : le cours cite la taille de l’entreprise parmi les facteurs"
                        "déterminants, mais n’y associe aucune forme ; la forme la plus simple est"
                        "jugée adaptée à une petite entreprise. Gardé faible (+3) pour cette raison."

            rule hotline-low-volume
                when volume = low
                points hotline +2  # = +6
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
                points hotline -2  # = -6
                because en "Many requests: a Hotline that must “handle all customer calls immediately”"
                           "is soon overwhelmed."
                        fr "Beaucoup de demandes : une Hotline qui doit « traiter immédiatement tous"
                           "les appels des clients » est vite débordée."
                card "Hotline"
                note en "Interpretation, as for hotline-low-volume."
                     fr "Interprétation, comme pour hotline-low-volume."

            rule hotline-simple-requests
                when complexity = low
                points hotline +2  # = +6
                because en "Simple requests: the Hotline is “the simplest form”; reported problems “are"
                           "recorded with the necessary information”."
                        fr "Demandes simples : la Hotline est « la forme la plus simple » ; les"
                           "problèmes signalés « seront saisis et enregistrés avec les informations"
                           "nécessaires »."
                card "Hotline"
                note en "Interpretation: the course sets the Hotline against the Help-Desk, the unit"
                        "“able to solve more complex problems”."
                     fr "Interprétation : le cours oppose la Hotline au Help-Desk, l’unité « capable de"
                        "résoudre des problèmes plus complexes »."

            rule hotline-complex-requests
                when complexity = high
                points hotline -2  # = -6
                because en "Complex requests need the unit “able to solve more complex problems” (the"
                           "Help-Desk), not “the simplest form”."
                        fr "Des demandes complexes demandent l’unité « capable de résoudre des"
                           "problèmes plus complexes » (le Help-Desk), pas « la forme la plus simple »."
                card "Hotline"
                note en "Interpretation, as for hotline-simple-requests."
                     fr "Interprétation, comme pour hotline-simple-requests."

            rule hotline-telephone
                when channels = phone
                points hotline +1  # = +2
                because en "Hotline: “it is a telephone contact point”."
                        fr "Hotline : « C’est un point de contact téléphonique »."
                card "Hotline"

            # === Help-Desk ========================================================================

            rule helpdesk-complex-requests
                when complexity = high
                points help-desk +3  # = +9
                because en "Help-Desk: “a support unit able to solve more complex problems”."
                        fr "Help-Desk : « C’est une unité de support capable de résoudre des problèmes"
                           "plus complexes. »"
                card "Help-Desk"
                note en "Reading: “more complex problems” is read as a high complexity of requests."
                     fr "Lecture : « des problèmes plus complexes » est lu comme une complexité élevée"
                        "des demandes."

            rule helpdesk-medium-complexity
                when complexity = medium
                points help-desk +1  # = +3
                because en "Requests of medium complexity: already “more complex problems” than the"
                           "simple calls of a Hotline, “the simplest form”."
                        fr "Demandes de complexité moyenne : déjà des « problèmes plus complexes » que"
                           "les simples appels d’une Hotline, « la forme la plus simple »."
                card "Help-Desk"
                note en "Interpretation: the course does not grade complexity; “more complex” is"
                        "comparative, so medium requests get a third of the points of complex ones."
                     fr "Interprétation : le cours ne gradue pas la complexité ; « plus complexes » est"
                        "un comparatif, les demandes moyennes reçoivent donc le tiers des points des"
                        "demandes complexes."

            rule helpdesk-email-chat
                when channels = multichannel
                points help-desk +2  # = +4
                because en "Help-Desk: “it can usually be reached by e-mail or chat as well as by"
                           "telephone”."
                        fr "Help-Desk : « Elle peut être généralement atteinte par e-mail ou chat en"
                           "plus des appels téléphoniques. »"
                card "Help-Desk"

            rule helpdesk-operational-tasks
                when customers = internal
                points help-desk +1  # = +2
                because en "Help-Desk: “as a rule it also takes on additional operational tasks”"
                           "(backup and restore, server monitoring, system administration, hardware"
                           "inventory)."
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
                points call-center +1  # = +3
                because en "Large company (“Petite ou grande entreprise”): an “intelligent call"
                           "switchboard working as a SPOC” passes calls on “to the units concerned”."
                        fr "Grande entreprise (« Petite ou grande entreprise ») : une « centrale"
                           "d’appel intelligente fonctionnant comme SPOC » transmet les appels « aux"
                           "instances concernées »."
                card "Call-center"
                note en "Interpretation: having several units to pass calls on to supposes a large"
                        "organisation; the course ties no form to a size, so this is kept small (+3)."
                     fr "Interprétation : avoir plusieurs instances vers lesquelles transmettre les"
                        "appels suppose une grande organisation ; le cours n’associe aucune forme à une"
                        "taille, d’où un poids faible (+3)."

            rule callcenter-small-company
                when size = small
                points call-center -1  # = -3
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
                points call-center +3  # = +9
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
                points call-center -2  # = -6
                because en "Few requests: an “intelligent call switchboard” that distributes calls is"
                           "not worth it."
                        fr "Peu de demandes : une « centrale d’appel intelligente » qui distribue les"
                           "appels ne se justifie pas."
                card "Call-center"
                note en "Interpretation, as for callcenter-high-volume."
                     fr "Interprétation, comme pour callcenter-high-volume."

            rule callcenter-telephone
                when channels = phone
                points call-center +2  # = +4
                because en "Call-center: “callers can put themselves directly in touch with the place"
                           "they want using the keys of their telephone”."
                        fr "Call-center : « L’appelant peut se mettre directement en contact avec"
                           "l’endroit souhaité à l’aide des touches du téléphone. »"
                card "Call-center"

            rule callcenter-telephone-only
                when channels = multichannel
                points call-center -2  # = -4
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
                points customer-care-center +1  # = +3
                because en "Large company: the Customer-Care-Center gathers “all the support activities"
                           "of a company” and uses “a technical infrastructure for interactive"
                           "relationships”."
                        fr "Grande entreprise : le Customer-Care-Center réunit « toutes les activités"
                           "du service de support d’une entreprise » et utilise « une infrastructure"
                           "technique pour des relations interactives »."
                card "Customer-Care-Center"
                note en "Interpretation: the course ties no form to a company size; kept small (+3),"
                        "as for the Call-center."
                     fr "Interprétation : le cours n’associe aucune forme à une taille d’entreprise ;"
                        "gardé faible (+3), comme pour le Call-center."

            rule ccc-many-customers
                when volume = high
                points customer-care-center +1  # = +3
                because en "Many customers (“peu de clients ou beaucoup”): the Customer-Care-Center’s"
                           "aim is “to make it easier for customers to access the company’s products"
                           "and services”."
                        fr "Beaucoup de clients (« donc peu de clients ou beaucoup ») : le"
                           "Customer-Care-Center doit « faciliter aux clients l’accès aux produits et"
                           "services de l’entreprise »."
                card "Customer-Care-Center"
                note en "Interpretation: the course links the request rate to the number of customers."
                     fr "Interprétation : le cours relie le taux de demande au nombre de clients."

            rule ccc-external-customers
                when customers in [external, both]
                points customer-care-center +3  # = +6
                because en "Customer-Care-Center: its aim is “to make it easier for customers to access"
                           "the company’s products and services” and it “broadens and deepens the"
                           "knowledge of, and the relationships with, them”."
                        fr "Customer-Care-Center : « il s’agit pour l’entreprise de faciliter aux"
                           "clients l’accès aux produits et services de l’entreprise » et « elle"
                           "élargit et approfondit la connaissance et les relations avec ceux-ci »."
                card "Customer-Care-Center"
                note en "Reading: the course’s “clients”, who use the company’s products and services,"
                        "are read as external customers."
                     fr "Lecture : les « clients » du cours, qui utilisent les produits et services de"
                        "l’entreprise, sont lus comme des clients externes."

            rule ccc-internal-customers
                when customers = internal
                points customer-care-center -2  # = -4
                because en "Internal users only: the Customer-Care-Center exists “to make it easier for"
                           "customers to access the company’s products and services”."
                        fr "Utilisateurs internes seulement : le Customer-Care-Center sert à « faciliter"
                           "aux clients l’accès aux produits et services de l’entreprise »."
                card "Customer-Care-Center"
                note en "Interpretation, as for ccc-external-customers."
                     fr "Interprétation, comme pour ccc-external-customers."

            rule ccc-multimedia
                when channels = multichannel
                points customer-care-center +2  # = +4
                because en "Customer-Care-Center: “the service is always accessible through multimedia"
                           "communication channels”."
                        fr "Customer-Care-Center : « Ce service est toujours accessible à l’aide de"
                           "canaux de communication multimédia »."
                card "Customer-Care-Center"

            rule ccc-telephone-only
                when channels = phone
                points customer-care-center -2  # = -4
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
                points customer-care-center +3  # = +6
                because en "Customer-Care-Center: “the service is always accessible”."
                        fr "Customer-Care-Center : « Ce service est toujours accessible »."
                card "Customer-Care-Center"
                note en "Reading: “toujours accessible” (always accessible) is read as around the"
                        "clock."
                     fr "Lecture : « toujours accessible » est lu comme : joignable en continu, 24 h"
                        "sur 24."

            rule ccc-office-hours
                when hours = office
                points customer-care-center -2  # = -4
                because en "Support during office hours only is not “always accessible”."
                        fr "Un support aux heures de bureau seulement n’est pas « toujours accessible »."
                card "Customer-Care-Center"
                note en "Interpretation, as for ccc-always-accessible."
                     fr "Interprétation, comme pour ccc-always-accessible."

            rule ccc-limited-resources
                when resources = limited
                points customer-care-center -2  # = -4
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
                points power-user-organisation +3  # = +9
                because en "Power-User-Organisation: “particularly suited to companies with several"
                           "sites (decentralised IT systems and organisation)”."
                        fr "Power-User-Organisation : « Elle est particulièrement indiquée pour des"
                           "entreprises avec plusieurs sites (systèmes et organisation IT"
                           "décentralisés) »."
                card "Power-User-Organisation"

            rule puo-limited-resources
                when resources = limited
                points power-user-organisation +3  # = +6
                because en "Power-User-Organisation: particularly suited to companies “and limited"
                           "resources”."
                        fr "Power-User-Organisation : « particulièrement indiquée pour des entreprises"
                           "avec plusieurs sites » (…) « et des ressources limitées »."
                card "Power-User-Organisation"

            rule puo-ample-resources
                when resources = ample
                points power-user-organisation -1  # = -2
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
                points power-user-organisation +2  # = +4
                because en "Power-User-Organisation: “calls on experienced users to support an IT"
                           "system”."
                        fr "Power-User-Organisation : « Appelle des utilisateurs expérimentés pour le"
                           "support d’un système IT. »"
                card "Power-User-Organisation"

            rule puo-no-power-users
                when powerusers = no
                points power-user-organisation -8  # = -16
                because en "Without experienced users there is no Power-User-Organisation: it “calls on"
                           "experienced users” and “depends strongly, from case to case, on the"
                           "knowledge of its members”."
                        fr "Sans utilisateurs expérimentés, pas de Power-User-Organisation : elle"
                           "« Appelle des utilisateurs expérimentés » et « dépend de cas en cas"
                           "fortement de la connaissance de ses collaborateurs »."
                card "Power-User-Organisation"
                note en "Interpretation: the size of the penalty (-16) is ours. It outweighs several"
                        "sites and limited resources together (+9 +6): without power users the form"
                        "cannot work. It gives the other forms nothing: the course does not say which"
                        "form takes over."
                     fr "Interprétation : la taille de la pénalité (-16) est la nôtre. Elle l’emporte"
                        "sur plusieurs sites et des ressources limitées réunis (+9 +6) : sans power"
                        "users, cette forme ne peut pas fonctionner. Elle ne donne rien aux autres"
                        "formes : le cours ne dit pas quelle forme prend le relais."

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
                title en "Organise on-call duty (service de piquet)" fr "Organiser un service de piquet"
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
        b3JnYWR2aXNvci1hcmNoaXZlLzMKsogAAAAAAACxWz70Mvp+zQARb3JnYWR2aXNvci1jb3Vyc2UFMS4xLjABATFJVC1zdXBw
        b3J0IG9yZ2FuaXNhdGlvbiBmb3JtcyAoY291cnNlLCBjaGFwdGVyIDIpAUNGb3JtZXMgZOKAmW9yZ2FuaXNhdGlvbiBkdSBz
        dXBwb3J0IGluZm9ybWF0aXF1ZSAoY291cnMsIGNoYXBpdHJlIDIpBhpSdWxlcy8wMC1ydWxlYmFzZS5vcmdydWxlcxpSdWxl
        cy8xMC1jcml0ZXJpYS5vcmdydWxlcxdSdWxlcy8yMC1mb3Jtcy5vcmdydWxlcx1SdWxlcy8zMC1kZXJpdmF0aW9ucy5vcmdy
        dWxlcxdSdWxlcy80MC1ydWxlcy5vcmdydWxlcxhSdWxlcy81MC1hZHZpY2Uub3JncnVsZXMQMmJjNzA3MzlhZGE4MjQxNAsJ
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
        AmoWBnZvbHVtZQEAAAEUU3VwcG9ydCByZXF1ZXN0IHJhdGUBGlRhdXggZGUgZGVtYW5kZSBkZSBzdXBwb3J0AQE/SG93IG1h
        bnkgc3VwcG9ydCByZXF1ZXN0cyBjb21lIGluOiBmZXcgKGZldyBjdXN0b21lcnMpIG9yIG1hbnk/AUVRdWVsIGVzdCBsZSB0
        YXV4IGRlIGRlbWFuZGUgZGUgc3VwcG9ydCA6IHBldSBkZSBjbGllbnRzIG91IGJlYXVjb3VwID/wLgMDbG93AQNsb3cBBmZh
        aWJsZQUDZmV3A3BldQNiYXMFYmFzc2UEcmFyZQZtZWRpdW0BBm1lZGl1bQEFbW95ZW4FB21veWVubmUIbW9kZXJhdGUIbW9k
        w6lyw6kJbW9kw6lyw6llB2F2ZXJhZ2UEaGlnaAEEaGlnaAEHw6lsZXbDqQcIw6lsZXbDqWUEaGF1dAVoYXV0ZQRtYW55CGJl
        YXVjb3VwBGZvcnQFZm9ydGUCgAEWCmNvbXBsZXhpdHkBAAABHkNvbXBsZXhpdHkgb2Ygc3VwcG9ydCByZXF1ZXN0cwEjQ29t
        cGxleGl0w6kgZGVzIGRlbWFuZGVzIGRlIHN1cHBvcnQBASVIb3cgY29tcGxleCBhcmUgdGhlIHN1cHBvcnQgcmVxdWVzdHM/
        ATNRdWVsbGUgZXN0IGxhIGNvbXBsZXhpdMOpIGRlcyBkZW1hbmRlcyBkZSBzdXBwb3J0ID/wLgMDbG93AQNsb3cBBmZhaWJs
        ZQUGc2ltcGxlB3NpbXBsZXMEZWFzeQNiYXMFYmFzc2UGbWVkaXVtAQZtZWRpdW0BB21veWVubmUFBW1veWVuCG1vZGVyYXRl
        CG1vZMOpcsOpCW1vZMOpcsOpZQdhdmVyYWdlBGhpZ2gBBGhpZ2gBCMOpbGV2w6llCAfDqWxldsOpBGhhdXQFaGF1dGUHY29t
        cGxleAhjb21wbGV4ZQljb21wbGV4ZXMJZGlmZmljdWx0CWRpZmZpY2lsZQKWARYJcmVzb3VyY2VzAQAAARhSZXNvdXJjZXMg
        Zm9yIElUIHN1cHBvcnQBGlJlc3NvdXJjZXMgcG91ciBsZSBzdXBwb3J0AQE9SG93IG11Y2ggc3RhZmYgYW5kIGJ1ZGdldCBj
        YW4gdGhlIGNvbXBhbnkgZ2l2ZSB0byBJVCBzdXBwb3J0PwFZRGUgcXVlbGxlcyByZXNzb3VyY2VzIChwZXJzb25uZWwsIGJ1
        ZGdldCkgbOKAmWVudHJlcHJpc2UgZGlzcG9zZS10LWVsbGUgcG91ciBsZSBzdXBwb3J0ID+gHwMHbGltaXRlZAEHbGltaXRl
        ZAEJbGltaXTDqWVzCgdsaW1pdMOpCGxpbWl0w6llCGxpbWl0w6lzA2xvdwZmYWlibGUHZmFpYmxlcwNmZXcDcGV1BnNjYXJj
        ZQtyZXN0cmVpbnRlcwhtb2RlcmF0ZQEIbW9kZXJhdGUBCG1veWVubmVzBQZtZWRpdW0FbW95ZW4HbW95ZW5uZQptb2TDqXLD
        qWVzB2F2ZXJhZ2UFYW1wbGUBBWFtcGxlAQtpbXBvcnRhbnRlcwgJaW1wb3J0YW50CmltcG9ydGFudGUEaGlnaAVsYXJnZQlw
        bGVudGlmdWwIYWJ1bmRhbnQJw6lsZXbDqWVzB2dyYW5kZXMCsAEWCWN1c3RvbWVycwAAAAEWV2hvIHRoZSBzdXBwb3J0IHNl
        cnZlcwERUHVibGljIGR1IHN1cHBvcnQBAVRXaG9tIGRvZXMgc3VwcG9ydCBzZXJ2ZTogdGhlIGNvbXBhbnnigJlzIG93biBl
        bXBsb3llZXMsIGV4dGVybmFsIGN1c3RvbWVycywgb3IgYm90aD8BbMOAIHF1aSBz4oCZYWRyZXNzZSBsZSBzdXBwb3J0IDog
        YXV4IGNvbGxhYm9yYXRldXJzIGRlIGzigJllbnRyZXByaXNlLCDDoCBkZXMgY2xpZW50cyBleHRlcm5lcywgb3UgYXV4IGRl
        dXggP6AfAwhpbnRlcm5hbAEOaW50ZXJuYWwgdXNlcnMBFXV0aWxpc2F0ZXVycyBpbnRlcm5lcwcHaW50ZXJuZQhpbnRlcm5l
        cwllbXBsb3llZXMJZW1wbG95w6lzDmNvbGxhYm9yYXRldXJzBXN0YWZmCGluLWhvdXNlCGV4dGVybmFsARJleHRlcm5hbCBj
        dXN0b21lcnMBEGNsaWVudHMgZXh0ZXJuZXMEB2V4dGVybmUIZXh0ZXJuZXMJY3VzdG9tZXJzB2NsaWVudHMEYm90aAEEYm90
        aAEIbGVzIGRldXgGBW1peGVkBW1peHRlFWludGVybmFsIGFuZCBleHRlcm5hbBRpbnRlcm5lcyBldCBleHRlcm5lcwNhbGwE
        dG91cwLKARYIY2hhbm5lbHMAAAABEENvbnRhY3QgY2hhbm5lbHMBEU1veWVucyBkZSBjb250YWN0AQFaSG93IGRvIHVzZXJz
        IHJlYWNoIHN1cHBvcnQ6IGJ5IHRlbGVwaG9uZSBvbmx5LCBvciBhbHNvIGJ5IGUtbWFpbCwgY2hhdCBhbmQgb3RoZXIgY2hh
        bm5lbHM/AWpDb21tZW50IGpvaW50LW9uIGxlIHN1cHBvcnQgOiB1bmlxdWVtZW50IHBhciB0w6lsw6lwaG9uZSwgb3UgYXVz
        c2kgcGFyIGUtbWFpbCwgY2hhdCBldCBk4oCZYXV0cmVzIGNhbmF1eCA/oB8CBXBob25lAQl0ZWxlcGhvbmUBC3TDqWzDqXBo
        b25lBwpwaG9uZSBvbmx5DnRlbGVwaG9uZSBvbmx5FnTDqWzDqXBob25lIHVuaXF1ZW1lbnQDdGVsDnTDqWzDqXBob25pcXVl
        BWNhbGxzBmFwcGVscwxtdWx0aWNoYW5uZWwBEHNldmVyYWwgY2hhbm5lbHMBCm11bHRpY2FuYWwKDW11bHRpLWNoYW5uZWwL
        bXVsdGljYW5hdXgGZS1tYWlsBWVtYWlsBG1haWwEY2hhdAttdWx0aW3DqWRpYRNtdWx0aW1lZGlhIGNoYW5uZWxzC29tbmlj
        aGFubmVsA3dlYgLmARYFaG91cnMBAAABDVN1cHBvcnQgaG91cnMBGURpc3BvbmliaWxpdMOpIGR1IHN1cHBvcnQBAVJXaGVu
        IG11c3Qgc3VwcG9ydCBiZSByZWFjaGFibGU6IG9mZmljZSBob3VycywgZXh0ZW5kZWQgaG91cnMsIG9yIGFyb3VuZCB0aGUg
        Y2xvY2s/AVxRdWFuZCBsZSBzdXBwb3J0IGRvaXQtaWwgw6p0cmUgam9pZ25hYmxlIDogaGV1cmVzIGRlIGJ1cmVhdSwgaG9y
        YWlyZSDDqXRlbmR1IG91IGVuIGNvbnRpbnUgP6AfAwZvZmZpY2UBDG9mZmljZSBob3VycwEQaGV1cmVzIGRlIGJ1cmVhdQUG
        YnVyZWF1DmJ1c2luZXNzIGhvdXJzDXdvcmtpbmcgaG91cnMHZGF5dGltZQhqb3VybsOpZQhleHRlbmRlZAEOZXh0ZW5kZWQg
        aG91cnMBD2hvcmFpcmUgw6l0ZW5kdQYHw6l0ZW5kdQnDqXRlbmR1ZXMQaGV1cmVzIMOpdGVuZHVlcwhldmVuaW5ncwhzb2ly
        w6llcwh3ZWVrZW5kcwpjb250aW51b3VzARBhcm91bmQgdGhlIGNsb2NrAQplbiBjb250aW51CQQyNC83BDI0eDcGYWx3YXlz
        CHRvdWpvdXJzB2NvbnRpbnUIY29udGludWUJcGVybWFuZW50CnBlcm1hbmVudGUPcm91bmQgdGhlIGNsb2NrAoACFgpwb3dl
        cnVzZXJzAgAAASlFeHBlcmllbmNlZCB1c2VycyAocG93ZXIgdXNlcnMpIGF2YWlsYWJsZQE1VXRpbGlzYXRldXJzIGV4cMOp
        cmltZW50w6lzIChwb3dlciB1c2VycykgZGlzcG9uaWJsZXMBAU1BcmUgdGhlcmUgZXhwZXJpZW5jZWQgdXNlcnMgKHBvd2Vy
        IHVzZXJzKSB3aG8gY291bGQgc3VwcG9ydCB0aGVpciBjb2xsZWFndWVzPwFfWSBhLXQtaWwgZGVzIHV0aWxpc2F0ZXVycyBl
        eHDDqXJpbWVudMOpcyAocG93ZXIgdXNlcnMpIGNhcGFibGVzIGTigJlhc3Npc3RlciBsZXVycyBjb2xsw6hndWVzID+gHwID
        eWVzAQN5ZXMBA291aQQEdHJ1ZQF5AW8BMQJubwECbm8BA25vbgMFZmFsc2UBbgEwApwCFgUHaG90bGluZQEHSG90bGluZQEH
        SG90bGluZQGEBVRoZSBzaW1wbGVzdCBmb3JtIG9mIGEgY2VudHJhbGlzZWQgc3VwcG9ydCB1bml0LiBJdCBpcyBhIHRlbGVw
        aG9uZSBjb250YWN0IHBvaW50IGFuZCBjYW4gaGFuZGxlIGFsbCBjdXN0b21lciBjYWxscyBpbW1lZGlhdGVseS4gUmVwb3J0
        ZWQgcHJvYmxlbXMgYXJlIHJlY29yZGVkIHdpdGggdGhlIG5lY2Vzc2FyeSBpbmZvcm1hdGlvbiAobmFtZSBhbmQgdGVsZXBo
        b25lIG51bWJlciBvZiB0aGUgY2FsbGVyLCBjb21wb25lbnQgb2YgdGhlIElUIHN5c3RlbSBjb25jZXJuZWQsIGRlc2NyaXB0
        aW9uIG9mIHRoZSBwcm9ibGVtKS4gQmVzaWRlcyB0aGUgdGFza3Mgb2YgdGhlIEhlbHAtRGVzaywgdGhpcyBmb3JtIG9mIG9y
        Z2FuaXNhdGlvbiBhbHNvIHRha2VzIG9uIHRlY2huaWNhbC1zdXBwb3J0IHRhc2tzLCBmb3IgZXhhbXBsZTogc2VsZWN0aW5n
        IGFuZCBidXlpbmcgaGFyZHdhcmUgYW5kIHNvZnR3YXJlOyBwcm92aWRpbmcgYXBwbGljYXRpb25zOyBpbnN0YWxsaW5nIGFu
        ZCBtYWludGFpbmluZyBwZXJpcGhlcmFsIGRldmljZXM7IGVuc3VyaW5nIGRhdGEgc2VjdXJpdHkgYW5kIGRhdGEgcHJvdGVj
        dGlvbjsgYWR2aXNpbmcgYW5kIHRyYWluaW5nIHVzZXJzOyB3cml0aW5nIHRlY2huaWNhbCBkb2N1bWVudGF0aW9uIG9yIG1h
        bnVhbHMuAacGQ+KAmWVzdCBsYSBmb3JtZSBsYSBwbHVzIHNpbXBsZSBk4oCZdW5lIHVuaXTDqSBkZSBzdXBwb3J0IGNlbnRy
        YWxpc8OpZS4gQ+KAmWVzdCB1biBwb2ludCBkZSBjb250YWN0IHTDqWzDqXBob25pcXVlIGV0IHBldXQgdHJhaXRlciBpbW3D
        qWRpYXRlbWVudCB0b3VzIGxlcyBhcHBlbHMgZGVzIGNsaWVudHMuIExlcyBwcm9ibMOobWVzIHNpZ25hbMOpcyBzZXJvbnQg
        c2Fpc2lzIGV0IGVucmVnaXN0csOpcyBhdmVjIGxlcyBpbmZvcm1hdGlvbnMgbsOpY2Vzc2FpcmVzIChub20gZXQgbnVtw6ly
        byBkZSB0w6lsw6lwaG9uZSBkZSBs4oCZYXBwZWxhbnQsIGNvbXBvc2FudCBjb25jZXJuw6kgZHUgc3lzdMOobWUgSVQsIGRl
        c2NyaXB0aW9uIGR1IHByb2Jsw6htZSkuIENldHRlIGZvcm1lIGTigJlvcmdhbmlzYXRpb24sIGVuIHBsdXMgZGVzIHTDomNo
        ZXMgZHUgSGVscGRlc2ssIHNlIGNoYXJnZSBhdXNzaSBkZXMgdMOiY2hlcyBkdSBzdXBwb3J0IHRlY2huaXF1ZS4gQ2VsbGVz
        LWNpIHNvbnQgcGFyIGV4ZW1wbGUgLSBTw6lsZWN0aW9ubmVyIGV0IGFjaGV0ZXIgZHUgbWF0w6lyaWVsIGV0IGxvZ2ljaWVs
        IC0gTWV0dHJlIMOgIGRpc3Bvc2l0aW9uIGRlcyBhcHBsaWNhdGlvbnMgLSBJbnN0YWxsZXIgZXQgbWFpbnRlbmlyIGRlcyBh
        cHBhcmVpbHMgcMOpcmlwaMOpcmlxdWVzIC0gQXNzdXJlciBsYSBzw6ljdXJpdMOpIGV0IGxhIHByb3RlY3Rpb24gZGVzIGRv
        bm7DqWVzIC0gQ29uc2VpbGxlciBldCBmb3JtZXIgbGVzIHV0aWxpc2F0ZXVycyAtIEVkaXRlciBkZXMgZG9jdW1lbnRhdGlv
        bnMgb3UgbWFudWVscyB0ZWNobmlxdWVzAQdIb3RsaW5lAxQMCWhlbHAtZGVzawEJSGVscC1EZXNrAQlIZWxwLURlc2sBoAJB
        IHN1cHBvcnQgdW5pdCBhYmxlIHRvIHNvbHZlIG1vcmUgY29tcGxleCBwcm9ibGVtcy4gSXQgY2FuIHVzdWFsbHkgYmUgcmVh
        Y2hlZCBieSBlLW1haWwgb3IgY2hhdCBhcyB3ZWxsIGFzIGJ5IHRlbGVwaG9uZS4gQXMgYSBydWxlIGl0IGFsc28gdGFrZXMg
        b24gYWRkaXRpb25hbCBvcGVyYXRpb25hbCB0YXNrcyBzdWNoIGFzOiBiYWNrdXAgYW5kIHJlc3RvcmU7IHNlcnZlciBtb25p
        dG9yaW5nOyBzeXN0ZW0gYWRtaW5pc3RyYXRpb247IGhhcmR3YXJlIGludmVudG9yeTsgaW5mb3JtaW5nIGN1c3RvbWVycy4B
        iwND4oCZZXN0IHVuZSB1bml0w6kgZGUgc3VwcG9ydCBjYXBhYmxlIGRlIHLDqXNvdWRyZSBkZXMgcHJvYmzDqG1lcyBwbHVz
        IGNvbXBsZXhlcy4gRWxsZSBwZXV0IMOqdHJlIGfDqW7DqXJhbGVtZW50IGF0dGVpbnRlIHBhciBlLW1haWwgb3UgY2hhdCBl
        biBwbHVzIGRlcyBhcHBlbHMgdMOpbMOpcGhvbmlxdWVzLiBFbiByw6hnbGUgZ8OpbsOpcmFsZSwgZWxsZSBzZSBjaGFyZ2Ug
        YXVzc2kgZGVzIHTDomNoZXMgb3DDqXJhdGlvbm5lbGxlcyBzdXBwbMOpbWVudGFpcmVzIHRlbGxlcyBxdWU6IC0gQmFja3Vw
        IGV0IFJlc3RvcmUgLSBTZXJ2ZXItTW9uaXRwcmluZiAtIEFkbWluaXN0cmF0aW9uIGRlIHN5c3TDqG1lIC0gSW52ZW50YWly
        ZSBtYXTDqXJpZWwgLSBJbmZvcm1hdGlvbiBkZXMgY2xpZW50cwEJSGVscC1EZXNrA1QMC2NhbGwtY2VudGVyAQtDYWxsLWNl
        bnRlcgELQ2FsbC1jZW50ZXIBogJBIHN1cHBvcnQgdW5pdCB3aXRoIGFuIGludGVsbGlnZW50IGNhbGwgc3dpdGNoYm9hcmQg
        d29ya2luZyBhcyBhIFNQT0MgKHNpbmdsZSBwb2ludCBvZiBjb250YWN0KS4gSXQgcmVjZWl2ZXMgaXRzIHRlbGVwaG9uZSBj
        YWxscyBhdXRvbWF0aWNhbGx5IGFuZCBwYXNzZXMgdGhlbSBvbiB0byB0aGUgdW5pdHMgY29uY2VybmVkLiBDYWxsZXJzIGNh
        biBwdXQgdGhlbXNlbHZlcyBkaXJlY3RseSBpbiB0b3VjaCB3aXRoIHRoZSBwbGFjZSB0aGV5IHdhbnQgdXNpbmcgdGhlIGtl
        eXMgb2YgdGhlaXIgdGVsZXBob25lLgG4AkPigJllc3QgdW5lIHVuaXTDqSBkZSBzdXBwb3J0IGF2ZWMgdW5lIGNlbnRyYWxl
        IGTigJlhcHBlbCBpbnRlbGxpZ2VudGUgZm9uY3Rpb25uYW50IGNvbW1lIFNQT0MuIEVsbGUgcmXDp29pcyBhdXRvbWF0aXF1
        ZW1lbnQgc2VzIGFwcGVscyB0w6lsw6lwaG9uaXF1ZXMgZXQgbGVzIHRyYW5zbWV0IGF1eCBpbnN0YW5jZXMgY29uY2VybsOp
        ZXMuIEzigJlhcHBlbGFudCBwZXV0IHNlIG1ldHRyZSBkaXJlY3RlbWVudCBlbiBjb250YWN0IGF2ZWMgbOKAmWVuZHJvaXQg
        c291aGFpdMOpIMOgIGzigJlhaWRlIGRlcyB0b3VjaGVzIGR1IHTDqWzDqXBob25lLgELQ2FsbC1jZW50ZXIDegwUY3VzdG9t
        ZXItY2FyZS1jZW50ZXIBFEN1c3RvbWVyLUNhcmUtQ2VudGVyARRDdXN0b21lci1DYXJlLUNlbnRlcgHwBFRoZSBjZW50cmFs
        IHBsYWNlIG9mIGFsbCB0aGUgc3VwcG9ydCBhY3Rpdml0aWVzIG9mIGEgY29tcGFueS4gVGhlIG1haW4gYWltIG9mIHRoaXMg
        Zm9ybSBvZiBvcmdhbmlzYXRpb24gaXMgdHdvZm9sZDogb24gdGhlIG9uZSBoYW5kLCB0byBtYWtlIGl0IGVhc2llciBmb3Ig
        Y3VzdG9tZXJzIHRvIGFjY2VzcyB0aGUgY29tcGFueeKAmXMgcHJvZHVjdHMgYW5kIHNlcnZpY2VzOyBvbiB0aGUgb3RoZXIs
        IGl0IGJyb2FkZW5zIGFuZCBkZWVwZW5zIHRoZSBrbm93bGVkZ2Ugb2YsIGFuZCB0aGUgcmVsYXRpb25zaGlwcyB3aXRoLCB0
        aG9zZSBjdXN0b21lcnMuIFRvIGRvIHNvLCBhIHRlY2huaWNhbCBpbmZyYXN0cnVjdHVyZSBmb3IgaW50ZXJhY3RpdmUgcmVs
        YXRpb25zaGlwcyBpcyB1c2VkLiBUaGUgc2VydmljZSBpcyBhbHdheXMgYWNjZXNzaWJsZSB0aHJvdWdoIG11bHRpbWVkaWEg
        Y29tbXVuaWNhdGlvbiBjaGFubmVscywgYW5kIHN1cHBvcnRzIGN1c3RvbWVycyBmcm9tIHRoZSBzcGVjaWZpY2F0aW9uIG9m
        IHRoZWlyIG5lZWRzIHRvIHRoZSBtYWludGVuYW5jZSBvZiB0aGUgc3lzdGVtLiBUaGlzIGFsc28gaW5jbHVkZXMgcmVtb3Zp
        bmcgZGlzcnVwdGlvbnMgYW5kIHN1cHBseWluZyB1cGRhdGVzLgHfBUVzdCBs4oCZZW5kcm9pdCBjZW50cmFsIGRlIHRvdXRl
        cyBsZXMgYWN0aXZpdMOpcyBkdSBzZXJ2aWNlIGRlIHN1cHBvcnQgZOKAmXVuZSBlbnRyZXByaXNlLiBM4oCZb2JqZWN0aWYg
        cHJpbmNpcGFsIGRlIGNldHRlIGZvcm1lIGTigJlvcmdhbmlzYXRpb24gZXN0IGRvdWJsZSA6IC0gROKAmXVuZSBwYXJ0IGls
        IHPigJlhZ2l0IHBvdXIgbOKAmWVudHJlcHJpc2UgZGUgZmFjaWxpdGVyIGF1eCBjbGllbnRzIGzigJlhY2PDqHMgYXV4IHBy
        b2R1aXRzIGV0IHNlcnZpY2VzIGRlIGzigJllbnRyZXByaXNlLiAtIETigJl1bmUgcGFydCwgZWxsZSDDqWxhcmdpdCBldCBh
        cHByb2ZvbmRpdCBsYSBjb25uYWlzc2FuY2UgZXQgbGVzIHJlbGF0aW9ucyBhdmVjIGNldXgtY2kuIFBvdXIgY2VsYSBvbiB1
        dGlsaXNlIHVuZSBpbmZyYXN0cnVjdHVyZSB0ZWNobmlxdWUgcG91ciBkZXMgcmVsYXRpb25zIGludGVyYWN0aXZlcy4gQ2Ug
        c2VydmljZSBlc3QgdG91am91cnMgYWNjZXNzaWJsZSDDoCBs4oCZYWlkZSBkZSBjYW5hdXggZGUgY29tbXVuaWNhdGlvbiBt
        dWx0aW3DqWRpYSBldCBzb3V0aWVudCBsZSBjbGllbnQgZGVwdWlzIGxhIHNww6ljaWZpY2F0aW9uIGRlcyBiZXNvaW5zIGp1
        c3F14oCZw6AgbGEgbWFpbnRlbmFuY2UgZHUgc3lzdMOobWUuIENlY2kgaW1wbGlxdWUgYXVzc2kgbOKAmcOpbGltaW5hdGlv
        biBkZXMgcGVydHVyYmF0aW9ucyBldCBsYSBmb3Vybml0dXJlIGRlcyBtaXNlcyDDoCBqb3VyLgEUQ3VzdG9tZXItQ2FyZS1D
        ZW50ZXIDmAEMF3Bvd2VyLXVzZXItb3JnYW5pc2F0aW9uARdQb3dlci1Vc2VyLU9yZ2FuaXNhdGlvbgEXUG93ZXItVXNlci1P
        cmdhbmlzYXRpb24BqwJDYWxscyBvbiBleHBlcmllbmNlZCB1c2VycyB0byBzdXBwb3J0IGFuIElUIHN5c3RlbS4gSXQgaXMg
        cGFydGljdWxhcmx5IHN1aXRlZCB0byBjb21wYW5pZXMgd2l0aCBzZXZlcmFsIHNpdGVzIChkZWNlbnRyYWxpc2VkIElUIHN5
        c3RlbXMgYW5kIG9yZ2FuaXNhdGlvbikgYW5kIGxpbWl0ZWQgcmVzb3VyY2VzLiBJdHMgdGFza3Mgbm9ybWFsbHkgbWF0Y2gg
        dGhvc2Ugb2YgYSBIZWxwLURlc2ssIGJ1dCBmcm9tIGNhc2UgdG8gY2FzZSB0aGV5IGRlcGVuZCBzdHJvbmdseSBvbiB0aGUg
        a25vd2xlZGdlIG9mIGl0cyBtZW1iZXJzLgH1AkFwcGVsbGUgZGVzIHV0aWxpc2F0ZXVycyBleHDDqXJpbWVudMOpcyBwb3Vy
        IGxlIHN1cHBvcnQgZOKAmXVuIHN5c3TDqG1lIElULiBFbGxlIGVzdCBwYXJ0aWN1bGnDqHJlbWVudCBpbmRpcXXDqWUgcG91
        ciBkZXMgZW50cmVwcmlzZXMgYXZlYyBwbHVzaWV1cnMgc2l0ZXMgKHN5c3TDqG1lcyBldCBvcmdhbmlzYXRpb24gSVQgZMOp
        Y2VudHJhbGlzw6lzKSBldCBkZXMgcmVzc291cmNlcyBsaW1pdMOpZXMuIE5vcm1hbGVtZW50IHNlcyB0w6JjaGVzIGNvcnJl
        c3BvbmRlbnQgw6AgY2VsbGVzIGTigJl1biBIZWxkZXNrLCBtYWlzIGTDqXBlbmQgZGUgY2FzIGVuIGNhcyBmb3J0ZW1lbnQg
        ZGUgbGEgY29ubmFpc3NhbmNlIGRlIHNlcyBjb2xsYWJvcmF0ZXVycy4BF1Bvd2VyLVVzZXItT3JnYW5pc2F0aW9uA84BDCAT
        aG90bGluZS1jZW50cmFsaXNlZAAXc3RydWN0dXJlID0gY2VudHJhbGlzZWQFbhQAAAAAAAAAAAAAAQCgH/AuAQE/SG90bGlu
        ZTog4oCcdGhlIHNpbXBsZXN0IGZvcm0gb2YgYSBjZW50cmFsaXNlZCBzdXBwb3J0IHVuaXTigJ0uAVdIb3RsaW5lIDogwqsg
        Q+KAmWVzdCBsYSBmb3JtZSBsYSBwbHVzIHNpbXBsZSBk4oCZdW5lIHVuaXTDqSBkZSBzdXBwb3J0IGNlbnRyYWxpc8OpZS4g
        wrsBB0hvdGxpbmUABWwMFWhvdGxpbmUtZGVjZW50cmFsaXNlZAAZc3RydWN0dXJlID0gZGVjZW50cmFsaXNlZAV+FAAAAAAA
        AAAA8D8BAJ8f8C4BAWRBIEhvdGxpbmUgaXMg4oCcdGhlIHNpbXBsZXN0IGZvcm0gb2YgYSBjZW50cmFsaXNlZCBzdXBwb3J0
        IHVuaXTigJ06IGl0IHN1aXRzIGRlY2VudHJhbGlzZWQgSVQgYmFkbHkuAYwBTGEgSG90bGluZSBlc3QgwqsgbGEgZm9ybWUg
        bGEgcGx1cyBzaW1wbGUgZOKAmXVuZSB1bml0w6kgZGUgc3VwcG9ydCBjZW50cmFsaXPDqWUgwrsgOiBlbGxlIGNvbnZpZW50
        IG1hbCDDoCB1bmUgaW5mb3JtYXRpcXVlIGTDqWNlbnRyYWxpc8OpZS4BB0hvdGxpbmUBAW9JbnRlcnByZXRhdGlvbjogdGhl
        IGNvdXJzZSBjYWxscyB0aGUgSG90bGluZSBjZW50cmFsaXNlZDsgdGhhdCBpdCBmaXRzIGRlY2VudHJhbGlzZWQgSVQgYmFk
        bHkgaXMgb3VyIGluZmVyZW5jZS4BigFJbnRlcnByw6l0YXRpb24gOiBsZSBjb3VycyBkaXQgbGEgSG90bGluZSBjZW50cmFs
        aXPDqWUgOyBxdeKAmWVsbGUgY29udmllbm5lIG1hbCDDoCB1bmUgaW5mb3JtYXRpcXVlIGTDqWNlbnRyYWxpc8OpZSBlc3Qg
        bm90cmUgZMOpZHVjdGlvbi4FfAwVaG90bGluZS1zbWFsbC1jb21wYW55AAxzaXplID0gc21hbGwFmAEUAwAAAAAAAAAAAAEA
        0A/wLgQBeFNtYWxsIGNvbXBhbnkgKGNvdXJzZSBmYWN0b3Ig4oCcUGV0aXRlIG91IGdyYW5kZSBlbnRyZXByaXNl4oCdKTog
        dGhlIEhvdGxpbmUgaXMg4oCcdGhlIHNpbXBsZXN0IGZvcm3igJ0gb2Ygc3VwcG9ydCB1bml0LgGUAVBldGl0ZSBlbnRyZXBy
        aXNlIChmYWN0ZXVyIMKrIFBldGl0ZSBvdSBncmFuZGUgZW50cmVwcmlzZSDCuykgOiBsYSBIb3RsaW5lIGVzdCDCqyBsYSBm
        b3JtZSBsYSBwbHVzIHNpbXBsZSBk4oCZdW5lIHVuaXTDqSBkZSBzdXBwb3J0IGNlbnRyYWxpc8OpZSDCuy4BB0hvdGxpbmUB
        AbMBSW50ZXJwcmV0YXRpb246IHRoZSBjb3Vyc2UgbmFtZXMgY29tcGFueSBzaXplIGFzIGEgZGVjaWRpbmcgZmFjdG9yIGJ1
        dCB0aWVzIG5vIGZvcm0gdG8gYSBzaXplOyB0aGUgc2ltcGxlc3QgZm9ybSBpcyB0YWtlbiB0byBzdWl0IGEgc21hbGwgY29t
        cGFueS4gS2VwdCBzbWFsbCAoKzMpIGZvciB0aGF0IHJlYXNvbi4B6wFJbnRlcnByw6l0YXRpb24gOiBsZSBjb3VycyBjaXRl
        IGxhIHRhaWxsZSBkZSBs4oCZZW50cmVwcmlzZSBwYXJtaSBsZXMgZmFjdGV1cnMgZMOpdGVybWluYW50cywgbWFpcyBu4oCZ
        eSBhc3NvY2llIGF1Y3VuZSBmb3JtZSA7IGxhIGZvcm1lIGxhIHBsdXMgc2ltcGxlIGVzdCBqdWfDqWUgYWRhcHTDqWUgw6Ag
        dW5lIHBldGl0ZSBlbnRyZXByaXNlLiBHYXJkw6kgZmFpYmxlICgrMykgcG91ciBjZXR0ZSByYWlzb24uBZYBDBJob3RsaW5l
        LWxvdy12b2x1bWUADHZvbHVtZSA9IGxvdwW2ARQEAAAAAAAAAAAAAQCgH/AuBQFrRmV3IHJlcXVlc3RzICjigJxwZXUgZGUg
        Y2xpZW50cyBvdSBiZWF1Y291cOKAnSk6IGEgSG90bGluZSDigJxjYW4gaGFuZGxlIGFsbCBjdXN0b21lciBjYWxscyBpbW1l
        ZGlhdGVseeKAnS4BgwFQZXUgZGUgZGVtYW5kZXMgKMKrIGRvbmMgcGV1IGRlIGNsaWVudHMgb3UgYmVhdWNvdXAgwrspIDog
        bGEgSG90bGluZSDCqyBwZXV0IHRyYWl0ZXIgaW1tw6lkaWF0ZW1lbnQgdG91cyBsZXMgYXBwZWxzIGRlcyBjbGllbnRzIMK7
        LgEHSG90bGluZQEBXEludGVycHJldGF0aW9uOiBoYW5kbGluZyBldmVyeSBjYWxsIGltbWVkaWF0ZWx5IGlzIG9ubHkgcmVh
        bGlzdGljIHdoZW4gZmV3IHJlcXVlc3RzIGNvbWUgaW4uAXBJbnRlcnByw6l0YXRpb24gOiB0cmFpdGVyIGltbcOpZGlhdGVt
        ZW50IGNoYXF1ZSBhcHBlbCBu4oCZZXN0IHLDqWFsaXN0ZSBxdWUgc2kgbGVzIGRlbWFuZGVzIHNvbnQgcGV1IG5vbWJyZXVz
        ZXMuBbQBDBNob3RsaW5lLWhpZ2gtdm9sdW1lAA12b2x1bWUgPSBoaWdoBdABFAQAAAAAAAAAAEABAJ8f8C4FAWNNYW55IHJl
        cXVlc3RzOiBhIEhvdGxpbmUgdGhhdCBtdXN0IOKAnGhhbmRsZSBhbGwgY3VzdG9tZXIgY2FsbHMgaW1tZWRpYXRlbHnigJ0g
        aXMgc29vbiBvdmVyd2hlbG1lZC4BeUJlYXVjb3VwIGRlIGRlbWFuZGVzIDogdW5lIEhvdGxpbmUgcXVpIGRvaXQgwqsgdHJh
        aXRlciBpbW3DqWRpYXRlbWVudCB0b3VzIGxlcyBhcHBlbHMgZGVzIGNsaWVudHMgwrsgZXN0IHZpdGUgZMOpYm9yZMOpZS4B
        B0hvdGxpbmUBASpJbnRlcnByZXRhdGlvbiwgYXMgZm9yIGhvdGxpbmUtbG93LXZvbHVtZS4BL0ludGVycHLDqXRhdGlvbiwg
        Y29tbWUgcG91ciBob3RsaW5lLWxvdy12b2x1bWUuBc4BDBdob3RsaW5lLXNpbXBsZS1yZXF1ZXN0cwAQY29tcGxleGl0eSA9
        IGxvdwXmARQFAAAAAAAAAAAAAQCgH/AuBgF9U2ltcGxlIHJlcXVlc3RzOiB0aGUgSG90bGluZSBpcyDigJx0aGUgc2ltcGxl
        c3QgZm9ybeKAnTsgcmVwb3J0ZWQgcHJvYmxlbXMg4oCcYXJlIHJlY29yZGVkIHdpdGggdGhlIG5lY2Vzc2FyeSBpbmZvcm1h
        dGlvbuKAnS4BogFEZW1hbmRlcyBzaW1wbGVzIDogbGEgSG90bGluZSBlc3QgwqsgbGEgZm9ybWUgbGEgcGx1cyBzaW1wbGUg
        wrsgOyBsZXMgcHJvYmzDqG1lcyBzaWduYWzDqXMgwqsgc2Vyb250IHNhaXNpcyBldCBlbnJlZ2lzdHLDqXMgYXZlYyBsZXMg
        aW5mb3JtYXRpb25zIG7DqWNlc3NhaXJlcyDCuy4BB0hvdGxpbmUBAXZJbnRlcnByZXRhdGlvbjogdGhlIGNvdXJzZSBzZXRz
        IHRoZSBIb3RsaW5lIGFnYWluc3QgdGhlIEhlbHAtRGVzaywgdGhlIHVuaXQg4oCcYWJsZSB0byBzb2x2ZSBtb3JlIGNvbXBs
        ZXggcHJvYmxlbXPigJ0uAX9JbnRlcnByw6l0YXRpb24gOiBsZSBjb3VycyBvcHBvc2UgbGEgSG90bGluZSBhdSBIZWxwLURl
        c2ssIGzigJl1bml0w6kgwqsgY2FwYWJsZSBkZSByw6lzb3VkcmUgZGVzIHByb2Jsw6htZXMgcGx1cyBjb21wbGV4ZXMgwrsu
        BeQBDBhob3RsaW5lLWNvbXBsZXgtcmVxdWVzdHMAEWNvbXBsZXhpdHkgPSBoaWdoBYICFAUAAAAAAAAAAEABAJ8f8C4GAXZD
        b21wbGV4IHJlcXVlc3RzIG5lZWQgdGhlIHVuaXQg4oCcYWJsZSB0byBzb2x2ZSBtb3JlIGNvbXBsZXggcHJvYmxlbXPigJ0g
        KHRoZSBIZWxwLURlc2spLCBub3Qg4oCcdGhlIHNpbXBsZXN0IGZvcm3igJ0uAZcBRGVzIGRlbWFuZGVzIGNvbXBsZXhlcyBk
        ZW1hbmRlbnQgbOKAmXVuaXTDqSDCqyBjYXBhYmxlIGRlIHLDqXNvdWRyZSBkZXMgcHJvYmzDqG1lcyBwbHVzIGNvbXBsZXhl
        cyDCuyAobGUgSGVscC1EZXNrKSwgcGFzIMKrIGxhIGZvcm1lIGxhIHBsdXMgc2ltcGxlIMK7LgEHSG90bGluZQEBL0ludGVy
        cHJldGF0aW9uLCBhcyBmb3IgaG90bGluZS1zaW1wbGUtcmVxdWVzdHMuATRJbnRlcnByw6l0YXRpb24sIGNvbW1lIHBvdXIg
        aG90bGluZS1zaW1wbGUtcmVxdWVzdHMuBYACDBFob3RsaW5lLXRlbGVwaG9uZQAQY2hhbm5lbHMgPSBwaG9uZQWYAhQIAAAA
        AAAAAAAAAQDQD6AfCQEvSG90bGluZTog4oCcaXQgaXMgYSB0ZWxlcGhvbmUgY29udGFjdCBwb2ludOKAnS4BO0hvdGxpbmUg
        OiDCqyBD4oCZZXN0IHVuIHBvaW50IGRlIGNvbnRhY3QgdMOpbMOpcGhvbmlxdWUgwrsuAQdIb3RsaW5lAAWWAgwZaGVscGRl
        c2stY29tcGxleC1yZXF1ZXN0cwARY29tcGxleGl0eSA9IGhpZ2gFqgIUBQAAAAAAAAAAQAEB8C7wLgYBREhlbHAtRGVzazog
        4oCcYSBzdXBwb3J0IHVuaXQgYWJsZSB0byBzb2x2ZSBtb3JlIGNvbXBsZXggcHJvYmxlbXPigJ0uAWNIZWxwLURlc2sgOiDC
        qyBD4oCZZXN0IHVuZSB1bml0w6kgZGUgc3VwcG9ydCBjYXBhYmxlIGRlIHLDqXNvdWRyZSBkZXMgcHJvYmzDqG1lcyBwbHVz
        IGNvbXBsZXhlcy4gwrsBCUhlbHAtRGVzawEBTlJlYWRpbmc6IOKAnG1vcmUgY29tcGxleCBwcm9ibGVtc+KAnSBpcyByZWFk
        IGFzIGEgaGlnaCBjb21wbGV4aXR5IG9mIHJlcXVlc3RzLgFhTGVjdHVyZSA6IMKrIGRlcyBwcm9ibMOobWVzIHBsdXMgY29t
        cGxleGVzIMK7IGVzdCBsdSBjb21tZSB1bmUgY29tcGxleGl0w6kgw6lsZXbDqWUgZGVzIGRlbWFuZGVzLgWoAgwaaGVscGRl
        c2stbWVkaXVtLWNvbXBsZXhpdHkAE2NvbXBsZXhpdHkgPSBtZWRpdW0FwAIUBQAAAAAAAADwPwEB0A/wLgYBf1JlcXVlc3Rz
        IG9mIG1lZGl1bSBjb21wbGV4aXR5OiBhbHJlYWR5IOKAnG1vcmUgY29tcGxleCBwcm9ibGVtc+KAnSB0aGFuIHRoZSBzaW1w
        bGUgY2FsbHMgb2YgYSBIb3RsaW5lLCDigJx0aGUgc2ltcGxlc3QgZm9ybeKAnS4BkwFEZW1hbmRlcyBkZSBjb21wbGV4aXTD
        qSBtb3llbm5lIDogZMOpasOgIGRlcyDCqyBwcm9ibMOobWVzIHBsdXMgY29tcGxleGVzIMK7IHF1ZSBsZXMgc2ltcGxlcyBh
        cHBlbHMgZOKAmXVuZSBIb3RsaW5lLCDCqyBsYSBmb3JtZSBsYSBwbHVzIHNpbXBsZSDCuy4BCUhlbHAtRGVzawEBlgFJbnRl
        cnByZXRhdGlvbjogdGhlIGNvdXJzZSBkb2VzIG5vdCBncmFkZSBjb21wbGV4aXR5OyDigJxtb3JlIGNvbXBsZXjigJ0gaXMg
        Y29tcGFyYXRpdmUsIHNvIG1lZGl1bSByZXF1ZXN0cyBnZXQgYSB0aGlyZCBvZiB0aGUgcG9pbnRzIG9mIGNvbXBsZXggb25l
        cy4BswFJbnRlcnByw6l0YXRpb24gOiBsZSBjb3VycyBuZSBncmFkdWUgcGFzIGxhIGNvbXBsZXhpdMOpIDsgwqsgcGx1cyBj
        b21wbGV4ZXMgwrsgZXN0IHVuIGNvbXBhcmF0aWYsIGxlcyBkZW1hbmRlcyBtb3llbm5lcyByZcOnb2l2ZW50IGRvbmMgbGUg
        dGllcnMgZGVzIHBvaW50cyBkZXMgZGVtYW5kZXMgY29tcGxleGVzLgW+AgwTaGVscGRlc2stZW1haWwtY2hhdAAXY2hhbm5l
        bHMgPSBtdWx0aWNoYW5uZWwF3AIUCAAAAAAAAADwPwEBoB+gHwkBVUhlbHAtRGVzazog4oCcaXQgY2FuIHVzdWFsbHkgYmUg
        cmVhY2hlZCBieSBlLW1haWwgb3IgY2hhdCBhcyB3ZWxsIGFzIGJ5IHRlbGVwaG9uZeKAnS4BcEhlbHAtRGVzayA6IMKrIEVs
        bGUgcGV1dCDDqnRyZSBnw6luw6lyYWxlbWVudCBhdHRlaW50ZSBwYXIgZS1tYWlsIG91IGNoYXQgZW4gcGx1cyBkZXMgYXBw
        ZWxzIHTDqWzDqXBob25pcXVlcy4gwrsBCUhlbHAtRGVzawAF2gIMGmhlbHBkZXNrLW9wZXJhdGlvbmFsLXRhc2tzABRjdXN0
        b21lcnMgPSBpbnRlcm5hbAXuAhQHAAAAAAAAAAAAAQHQD6AfCAGcAUhlbHAtRGVzazog4oCcYXMgYSBydWxlIGl0IGFsc28g
        dGFrZXMgb24gYWRkaXRpb25hbCBvcGVyYXRpb25hbCB0YXNrc+KAnSAoYmFja3VwIGFuZCByZXN0b3JlLCBzZXJ2ZXIgbW9u
        aXRvcmluZywgc3lzdGVtIGFkbWluaXN0cmF0aW9uLCBoYXJkd2FyZSBpbnZlbnRvcnkpLgG0AUhlbHAtRGVzayA6IMKrIEVu
        IHLDqGdsZSBnw6luw6lyYWxlLCBlbGxlIHNlIGNoYXJnZSBhdXNzaSBkZXMgdMOiY2hlcyBvcMOpcmF0aW9ubmVsbGVzIHN1
        cHBsw6ltZW50YWlyZXMgwrsgKEJhY2t1cCBldCBSZXN0b3JlLCBBZG1pbmlzdHJhdGlvbiBkZSBzeXN0w6htZSwgSW52ZW50
        YWlyZSBtYXTDqXJpZWzigKYpLgEJSGVscC1EZXNrAQHXAUludGVycHJldGF0aW9uOiB0aGVzZSBvcGVyYXRpb25hbCB0YXNr
        cyBzZXJ2ZSB0aGUgY29tcGFueeKAmXMgb3duIElULCBzbyB0aGUgSGVscC1EZXNrIHN1aXRzIHN1cHBvcnQgZm9yIGludGVy
        bmFsIHVzZXJzLiBLZXB0IHNtYWxsICgrMik6IHRoZSBzYW1lIGNhcmQgYWxzbyBsaXN0cyDigJxJbmZvcm1hdGlvbiBkZXMg
        Y2xpZW50c+KAnSAoaW5mb3JtaW5nIGN1c3RvbWVycykuAfUBSW50ZXJwcsOpdGF0aW9uIDogY2VzIHTDomNoZXMgb3DDqXJh
        dGlvbm5lbGxlcyBzZXJ2ZW50IGzigJlpbmZvcm1hdGlxdWUgZGUgbOKAmWVudHJlcHJpc2UgZWxsZS1tw6ptZSA7IGxlIEhl
        bHAtRGVzayBjb252aWVudCBkb25jIGF1IHN1cHBvcnQgZGVzIHV0aWxpc2F0ZXVycyBpbnRlcm5lcy4gR2FyZMOpIGZhaWJs
        ZSAoKzIpIDogbGEgbcOqbWUgY2FydGUgY2l0ZSBhdXNzaSDCqyBJbmZvcm1hdGlvbiBkZXMgY2xpZW50cyDCuy4F7AIMGGNh
        bGxjZW50ZXItbGFyZ2UtY29tcGFueQAMc2l6ZSA9IGxhcmdlBZYDFAMAAAAAAAAAAEABAtAP8C4EAZgBTGFyZ2UgY29tcGFu
        eSAo4oCcUGV0aXRlIG91IGdyYW5kZSBlbnRyZXByaXNl4oCdKTogYW4g4oCcaW50ZWxsaWdlbnQgY2FsbCBzd2l0Y2hib2Fy
        ZCB3b3JraW5nIGFzIGEgU1BPQ+KAnSBwYXNzZXMgY2FsbHMgb24g4oCcdG8gdGhlIHVuaXRzIGNvbmNlcm5lZOKAnS4BrgFH
        cmFuZGUgZW50cmVwcmlzZSAowqsgUGV0aXRlIG91IGdyYW5kZSBlbnRyZXByaXNlIMK7KSA6IHVuZSDCqyBjZW50cmFsZSBk
        4oCZYXBwZWwgaW50ZWxsaWdlbnRlIGZvbmN0aW9ubmFudCBjb21tZSBTUE9DIMK7IHRyYW5zbWV0IGxlcyBhcHBlbHMgwqsg
        YXV4IGluc3RhbmNlcyBjb25jZXJuw6llcyDCuy4BC0NhbGwtY2VudGVyAQGWAUludGVycHJldGF0aW9uOiBoYXZpbmcgc2V2
        ZXJhbCB1bml0cyB0byBwYXNzIGNhbGxzIG9uIHRvIHN1cHBvc2VzIGEgbGFyZ2Ugb3JnYW5pc2F0aW9uOyB0aGUgY291cnNl
        IHRpZXMgbm8gZm9ybSB0byBhIHNpemUsIHNvIHRoaXMgaXMga2VwdCBzbWFsbCAoKzMpLgHDAUludGVycHLDqXRhdGlvbiA6
        IGF2b2lyIHBsdXNpZXVycyBpbnN0YW5jZXMgdmVycyBsZXNxdWVsbGVzIHRyYW5zbWV0dHJlIGxlcyBhcHBlbHMgc3VwcG9z
        ZSB1bmUgZ3JhbmRlIG9yZ2FuaXNhdGlvbiA7IGxlIGNvdXJzIG7igJlhc3NvY2llIGF1Y3VuZSBmb3JtZSDDoCB1bmUgdGFp
        bGxlLCBk4oCZb8O5IHVuIHBvaWRzIGZhaWJsZSAoKzMpLgWUAwwYY2FsbGNlbnRlci1zbWFsbC1jb21wYW55AAxzaXplID0g
        c21hbGwFtAMUAwAAAAAAAAAAAAECzw/wLgQBgwFTbWFsbCBjb21wYW55OiB0aGVyZSBhcmUgZmV3IOKAnHVuaXRzIGNvbmNl
        cm5lZOKAnSB0byBwYXNzIGNhbGxzIG9uIHRvOyBhbiDigJxpbnRlbGxpZ2VudCBjYWxsIHN3aXRjaGJvYXJk4oCdIGlzIG91
        dCBvZiBwcm9wb3J0aW9uLgGoAVBldGl0ZSBlbnRyZXByaXNlIDogaWwgeSBhIHBldSBk4oCZwqsgaW5zdGFuY2VzIGNvbmNl
        cm7DqWVzIMK7IHZlcnMgbGVzcXVlbGxlcyB0cmFuc21ldHRyZSBsZXMgYXBwZWxzIDsgdW5lIMKrIGNlbnRyYWxlIGTigJlh
        cHBlbCBpbnRlbGxpZ2VudGUgwrsgZXN0IGRpc3Byb3BvcnRpb25uw6llLgELQ2FsbC1jZW50ZXIBATBJbnRlcnByZXRhdGlv
        biwgYXMgZm9yIGNhbGxjZW50ZXItbGFyZ2UtY29tcGFueS4BNUludGVycHLDqXRhdGlvbiwgY29tbWUgcG91ciBjYWxsY2Vu
        dGVyLWxhcmdlLWNvbXBhbnkuBbIDDBZjYWxsY2VudGVyLWhpZ2gtdm9sdW1lAA12b2x1bWUgPSBoaWdoBcwDFAQAAAAAAAAA
        AEABAvAu8C4FAZsBTWFueSByZXF1ZXN0cyAo4oCccGV1IGRlIGNsaWVudHMgb3UgYmVhdWNvdXDigJ0pOiBhIENhbGwtY2Vu
        dGVyIOKAnHJlY2VpdmVzIGl0cyB0ZWxlcGhvbmUgY2FsbHMgYXV0b21hdGljYWxseSBhbmQgcGFzc2VzIHRoZW0gb24gdG8g
        dGhlIHVuaXRzIGNvbmNlcm5lZOKAnS4BsQFCZWF1Y291cCBkZSBkZW1hbmRlcyAowqsgZG9uYyBwZXUgZGUgY2xpZW50cyBv
        dSBiZWF1Y291cCDCuykgOiBsZSBDYWxsLWNlbnRlciDCqyByZcOnb2lzIGF1dG9tYXRpcXVlbWVudCBzZXMgYXBwZWxzIHTD
        qWzDqXBob25pcXVlcyBldCBsZXMgdHJhbnNtZXQgYXV4IGluc3RhbmNlcyBjb25jZXJuw6llcyDCuy4BC0NhbGwtY2VudGVy
        AQFSSW50ZXJwcmV0YXRpb246IGRpc3RyaWJ1dGluZyBjYWxscyBhdXRvbWF0aWNhbGx5IHBheXMgb2ZmIHdoZW4gbWFueSBj
        YWxscyBjb21lIGluLgFjSW50ZXJwcsOpdGF0aW9uIDogZGlzdHJpYnVlciBsZXMgYXBwZWxzIGF1dG9tYXRpcXVlbWVudCBz
        ZSBqdXN0aWZpZSBxdWFuZCBsZXMgYXBwZWxzIHNvbnQgbm9tYnJldXguBcoDDBVjYWxsY2VudGVyLWxvdy12b2x1bWUADHZv
        bHVtZSA9IGxvdwXoAxQEAAAAAAAAAAAAAQKfH/AuBQFbRmV3IHJlcXVlc3RzOiBhbiDigJxpbnRlbGxpZ2VudCBjYWxsIHN3
        aXRjaGJvYXJk4oCdIHRoYXQgZGlzdHJpYnV0ZXMgY2FsbHMgaXMgbm90IHdvcnRoIGl0LgFoUGV1IGRlIGRlbWFuZGVzIDog
        dW5lIMKrIGNlbnRyYWxlIGTigJlhcHBlbCBpbnRlbGxpZ2VudGUgwrsgcXVpIGRpc3RyaWJ1ZSBsZXMgYXBwZWxzIG5lIHNl
        IGp1c3RpZmllIHBhcy4BC0NhbGwtY2VudGVyAQEuSW50ZXJwcmV0YXRpb24sIGFzIGZvciBjYWxsY2VudGVyLWhpZ2gtdm9s
        dW1lLgEzSW50ZXJwcsOpdGF0aW9uLCBjb21tZSBwb3VyIGNhbGxjZW50ZXItaGlnaC12b2x1bWUuBeYDDBRjYWxsY2VudGVy
        LXRlbGVwaG9uZQAQY2hhbm5lbHMgPSBwaG9uZQX+AxQIAAAAAAAAAAAAAQKgH6AfCQF7Q2FsbC1jZW50ZXI6IOKAnGNhbGxl
        cnMgY2FuIHB1dCB0aGVtc2VsdmVzIGRpcmVjdGx5IGluIHRvdWNoIHdpdGggdGhlIHBsYWNlIHRoZXkgd2FudCB1c2luZyB0
        aGUga2V5cyBvZiB0aGVpciB0ZWxlcGhvbmXigJ0uAYkBQ2FsbC1jZW50ZXIgOiDCqyBM4oCZYXBwZWxhbnQgcGV1dCBzZSBt
        ZXR0cmUgZGlyZWN0ZW1lbnQgZW4gY29udGFjdCBhdmVjIGzigJllbmRyb2l0IHNvdWhhaXTDqSDDoCBs4oCZYWlkZSBkZXMg
        dG91Y2hlcyBkdSB0w6lsw6lwaG9uZS4gwrsBC0NhbGwtY2VudGVyAAX8AwwZY2FsbGNlbnRlci10ZWxlcGhvbmUtb25seQAX
        Y2hhbm5lbHMgPSBtdWx0aWNoYW5uZWwFkAQUCAAAAAAAAADwPwECnx+gHwkBhQFBIENhbGwtY2VudGVyIHJlY2VpdmVzIOKA
        nGl0cyB0ZWxlcGhvbmUgY2FsbHPigJ07IHVubGlrZSB0aGUgSGVscC1EZXNrIGFuZCB0aGUgQ3VzdG9tZXItQ2FyZS1DZW50
        ZXIsIGl0cyBjYXJkIG5hbWVzIG5vIG90aGVyIGNoYW5uZWwuAZQBTGUgQ2FsbC1jZW50ZXIgcmXDp29pdCDCqyBzZXMgYXBw
        ZWxzIHTDqWzDqXBob25pcXVlcyDCuyA7IGNvbnRyYWlyZW1lbnQgYXUgSGVscC1EZXNrIGV0IGF1IEN1c3RvbWVyLUNhcmUt
        Q2VudGVyLCBzYSBjYXJ0ZSBuZSBjaXRlIGF1Y3VuIGF1dHJlIGNhbmFsLgELQ2FsbC1jZW50ZXIBAThJbnRlcnByZXRhdGlv
        bjogdGhlIGNhcmQgb25seSBzcGVha3Mgb2YgdGVsZXBob25lIGNhbGxzLgFDSW50ZXJwcsOpdGF0aW9uIDogbGEgY2FydGUg
        bmUgcGFybGUgcXVlIGTigJlhcHBlbHMgdMOpbMOpcGhvbmlxdWVzLgWOBAwRY2NjLWxhcmdlLWNvbXBhbnkADHNpemUgPSBs
        YXJnZQWqBBQDAAAAAAAAAABAAQPQD/AuBAGmAUxhcmdlIGNvbXBhbnk6IHRoZSBDdXN0b21lci1DYXJlLUNlbnRlciBnYXRo
        ZXJzIOKAnGFsbCB0aGUgc3VwcG9ydCBhY3Rpdml0aWVzIG9mIGEgY29tcGFueeKAnSBhbmQgdXNlcyDigJxhIHRlY2huaWNh
        bCBpbmZyYXN0cnVjdHVyZSBmb3IgaW50ZXJhY3RpdmUgcmVsYXRpb25zaGlwc+KAnS4BxwFHcmFuZGUgZW50cmVwcmlzZSA6
        IGxlIEN1c3RvbWVyLUNhcmUtQ2VudGVyIHLDqXVuaXQgwqsgdG91dGVzIGxlcyBhY3Rpdml0w6lzIGR1IHNlcnZpY2UgZGUg
        c3VwcG9ydCBk4oCZdW5lIGVudHJlcHJpc2UgwrsgZXQgdXRpbGlzZSDCqyB1bmUgaW5mcmFzdHJ1Y3R1cmUgdGVjaG5pcXVl
        IHBvdXIgZGVzIHJlbGF0aW9ucyBpbnRlcmFjdGl2ZXMgwrsuARRDdXN0b21lci1DYXJlLUNlbnRlcgEBY0ludGVycHJldGF0
        aW9uOiB0aGUgY291cnNlIHRpZXMgbm8gZm9ybSB0byBhIGNvbXBhbnkgc2l6ZTsga2VwdCBzbWFsbCAoKzMpLCBhcyBmb3Ig
        dGhlIENhbGwtY2VudGVyLgGBAUludGVycHLDqXRhdGlvbiA6IGxlIGNvdXJzIG7igJlhc3NvY2llIGF1Y3VuZSBmb3JtZSDD
        oCB1bmUgdGFpbGxlIGTigJllbnRyZXByaXNlIDsgZ2FyZMOpIGZhaWJsZSAoKzMpLCBjb21tZSBwb3VyIGxlIENhbGwtY2Vu
        dGVyLgWoBAwSY2NjLW1hbnktY3VzdG9tZXJzAA12b2x1bWUgPSBoaWdoBcgEFAQAAAAAAAAAAEABA9AP8C4FAa0BTWFueSBj
        dXN0b21lcnMgKOKAnHBldSBkZSBjbGllbnRzIG91IGJlYXVjb3Vw4oCdKTogdGhlIEN1c3RvbWVyLUNhcmUtQ2VudGVy4oCZ
        cyBhaW0gaXMg4oCcdG8gbWFrZSBpdCBlYXNpZXIgZm9yIGN1c3RvbWVycyB0byBhY2Nlc3MgdGhlIGNvbXBhbnnigJlzIHBy
        b2R1Y3RzIGFuZCBzZXJ2aWNlc+KAnS4BrQFCZWF1Y291cCBkZSBjbGllbnRzICjCqyBkb25jIHBldSBkZSBjbGllbnRzIG91
        IGJlYXVjb3VwIMK7KSA6IGxlIEN1c3RvbWVyLUNhcmUtQ2VudGVyIGRvaXQgwqsgZmFjaWxpdGVyIGF1eCBjbGllbnRzIGzi
        gJlhY2PDqHMgYXV4IHByb2R1aXRzIGV0IHNlcnZpY2VzIGRlIGzigJllbnRyZXByaXNlIMK7LgEUQ3VzdG9tZXItQ2FyZS1D
        ZW50ZXIBAU1JbnRlcnByZXRhdGlvbjogdGhlIGNvdXJzZSBsaW5rcyB0aGUgcmVxdWVzdCByYXRlIHRvIHRoZSBudW1iZXIg
        b2YgY3VzdG9tZXJzLgFJSW50ZXJwcsOpdGF0aW9uIDogbGUgY291cnMgcmVsaWUgbGUgdGF1eCBkZSBkZW1hbmRlIGF1IG5v
        bWJyZSBkZSBjbGllbnRzLgXGBAwWY2NjLWV4dGVybmFsLWN1c3RvbWVycwEdY3VzdG9tZXJzIGluIFtleHRlcm5hbCwgYm90
        aF0F4gQUBwIAAAAAAADwPwAAAAAAAABAAQPwLqAfCAHMAUN1c3RvbWVyLUNhcmUtQ2VudGVyOiBpdHMgYWltIGlzIOKAnHRv
        IG1ha2UgaXQgZWFzaWVyIGZvciBjdXN0b21lcnMgdG8gYWNjZXNzIHRoZSBjb21wYW554oCZcyBwcm9kdWN0cyBhbmQgc2Vy
        dmljZXPigJ0gYW5kIGl0IOKAnGJyb2FkZW5zIGFuZCBkZWVwZW5zIHRoZSBrbm93bGVkZ2Ugb2YsIGFuZCB0aGUgcmVsYXRp
        b25zaGlwcyB3aXRoLCB0aGVt4oCdLgHgAUN1c3RvbWVyLUNhcmUtQ2VudGVyIDogwqsgaWwgc+KAmWFnaXQgcG91ciBs4oCZ
        ZW50cmVwcmlzZSBkZSBmYWNpbGl0ZXIgYXV4IGNsaWVudHMgbOKAmWFjY8OocyBhdXggcHJvZHVpdHMgZXQgc2VydmljZXMg
        ZGUgbOKAmWVudHJlcHJpc2UgwrsgZXQgwqsgZWxsZSDDqWxhcmdpdCBldCBhcHByb2ZvbmRpdCBsYSBjb25uYWlzc2FuY2Ug
        ZXQgbGVzIHJlbGF0aW9ucyBhdmVjIGNldXgtY2kgwrsuARRDdXN0b21lci1DYXJlLUNlbnRlcgEBdVJlYWRpbmc6IHRoZSBj
        b3Vyc2XigJlzIOKAnGNsaWVudHPigJ0sIHdobyB1c2UgdGhlIGNvbXBhbnnigJlzIHByb2R1Y3RzIGFuZCBzZXJ2aWNlcywg
        YXJlIHJlYWQgYXMgZXh0ZXJuYWwgY3VzdG9tZXJzLgGEAUxlY3R1cmUgOiBsZXMgwqsgY2xpZW50cyDCuyBkdSBjb3Vycywg
        cXVpIHV0aWxpc2VudCBsZXMgcHJvZHVpdHMgZXQgc2VydmljZXMgZGUgbOKAmWVudHJlcHJpc2UsIHNvbnQgbHVzIGNvbW1l
        IGRlcyBjbGllbnRzIGV4dGVybmVzLgXgBAwWY2NjLWludGVybmFsLWN1c3RvbWVycwAUY3VzdG9tZXJzID0gaW50ZXJuYWwF
        gAUUBwAAAAAAAAAAAAEDnx+gHwgBiwFJbnRlcm5hbCB1c2VycyBvbmx5OiB0aGUgQ3VzdG9tZXItQ2FyZS1DZW50ZXIgZXhp
        c3RzIOKAnHRvIG1ha2UgaXQgZWFzaWVyIGZvciBjdXN0b21lcnMgdG8gYWNjZXNzIHRoZSBjb21wYW554oCZcyBwcm9kdWN0
        cyBhbmQgc2VydmljZXPigJ0uAZQBVXRpbGlzYXRldXJzIGludGVybmVzIHNldWxlbWVudCA6IGxlIEN1c3RvbWVyLUNhcmUt
        Q2VudGVyIHNlcnQgw6AgwqsgZmFjaWxpdGVyIGF1eCBjbGllbnRzIGzigJlhY2PDqHMgYXV4IHByb2R1aXRzIGV0IHNlcnZp
        Y2VzIGRlIGzigJllbnRyZXByaXNlIMK7LgEUQ3VzdG9tZXItQ2FyZS1DZW50ZXIBAS5JbnRlcnByZXRhdGlvbiwgYXMgZm9y
        IGNjYy1leHRlcm5hbC1jdXN0b21lcnMuATNJbnRlcnByw6l0YXRpb24sIGNvbW1lIHBvdXIgY2NjLWV4dGVybmFsLWN1c3Rv
        bWVycy4F/gQMDmNjYy1tdWx0aW1lZGlhABdjaGFubmVscyA9IG11bHRpY2hhbm5lbAWWBRQIAAAAAAAAAPA/AQOgH6AfCQFn
        Q3VzdG9tZXItQ2FyZS1DZW50ZXI6IOKAnHRoZSBzZXJ2aWNlIGlzIGFsd2F5cyBhY2Nlc3NpYmxlIHRocm91Z2ggbXVsdGlt
        ZWRpYSBjb21tdW5pY2F0aW9uIGNoYW5uZWxz4oCdLgFzQ3VzdG9tZXItQ2FyZS1DZW50ZXIgOiDCqyBDZSBzZXJ2aWNlIGVz
        dCB0b3Vqb3VycyBhY2Nlc3NpYmxlIMOgIGzigJlhaWRlIGRlIGNhbmF1eCBkZSBjb21tdW5pY2F0aW9uIG11bHRpbcOpZGlh
        IMK7LgEUQ3VzdG9tZXItQ2FyZS1DZW50ZXIABZQFDBJjY2MtdGVsZXBob25lLW9ubHkAEGNoYW5uZWxzID0gcGhvbmUFqAUU
        CAAAAAAAAAAAAAEDnx+gHwkBZVN1cHBvcnQgYnkgdGVsZXBob25lIG9ubHkgbGFja3MgdGhlIEN1c3RvbWVyLUNhcmUtQ2Vu
        dGVy4oCZcyDigJxtdWx0aW1lZGlhIGNvbW11bmljYXRpb24gY2hhbm5lbHPigJ0uAYMBVW4gc3VwcG9ydCBqb2lnbmFibGUg
        c2V1bGVtZW50IHBhciB0w6lsw6lwaG9uZSBu4oCZb2ZmcmUgcGFzIGxlcyDCqyBjYW5hdXggZGUgY29tbXVuaWNhdGlvbiBt
        dWx0aW3DqWRpYSDCuyBkdSBDdXN0b21lci1DYXJlLUNlbnRlci4BFEN1c3RvbWVyLUNhcmUtQ2VudGVyAQFxSW50ZXJwcmV0
        YXRpb246IHRoZSBjb3Vyc2UgbmFtZXMgbXVsdGltZWRpYSBjaGFubmVsczsgdGhhdCBzdXBwb3J0IGJ5IHRlbGVwaG9uZSBv
        bmx5IGZpdHMgYmFkbHkgaXMgb3VyIGluZmVyZW5jZS4BhgFJbnRlcnByw6l0YXRpb24gOiBsZSBjb3VycyBjaXRlIGRlcyBj
        YW5hdXggbXVsdGltw6lkaWEgOyBxdeKAmXVuIHN1cHBvcnQgcGFyIHTDqWzDqXBob25lIHNldWxlbWVudCBjb252aWVubmUg
        bWFsIGVzdCBub3RyZSBkw6lkdWN0aW9uLgWmBQwVY2NjLWFsd2F5cy1hY2Nlc3NpYmxlABJob3VycyA9IGNvbnRpbnVvdXMF
        wgUUCQAAAAAAAAAAQAED8C6gHwoBPUN1c3RvbWVyLUNhcmUtQ2VudGVyOiDigJx0aGUgc2VydmljZSBpcyBhbHdheXMgYWNj
        ZXNzaWJsZeKAnS4BQEN1c3RvbWVyLUNhcmUtQ2VudGVyIDogwqsgQ2Ugc2VydmljZSBlc3QgdG91am91cnMgYWNjZXNzaWJs
        ZSDCuy4BFEN1c3RvbWVyLUNhcmUtQ2VudGVyAQFTUmVhZGluZzog4oCcdG91am91cnMgYWNjZXNzaWJsZeKAnSAoYWx3YXlz
        IGFjY2Vzc2libGUpIGlzIHJlYWQgYXMgYXJvdW5kIHRoZSBjbG9jay4BVUxlY3R1cmUgOiDCqyB0b3Vqb3VycyBhY2Nlc3Np
        YmxlIMK7IGVzdCBsdSBjb21tZSA6IGpvaWduYWJsZSBlbiBjb250aW51LCAyNCBoIHN1ciAyNC4FwAUMEGNjYy1vZmZpY2Ut
        aG91cnMADmhvdXJzID0gb2ZmaWNlBdgFFAkAAAAAAAAAAAABA58foB8KAUBTdXBwb3J0IGR1cmluZyBvZmZpY2UgaG91cnMg
        b25seSBpcyBub3Qg4oCcYWx3YXlzIGFjY2Vzc2libGXigJ0uAVBVbiBzdXBwb3J0IGF1eCBoZXVyZXMgZGUgYnVyZWF1IHNl
        dWxlbWVudCBu4oCZZXN0IHBhcyDCqyB0b3Vqb3VycyBhY2Nlc3NpYmxlIMK7LgEUQ3VzdG9tZXItQ2FyZS1DZW50ZXIBAS1J
        bnRlcnByZXRhdGlvbiwgYXMgZm9yIGNjYy1hbHdheXMtYWNjZXNzaWJsZS4BMkludGVycHLDqXRhdGlvbiwgY29tbWUgcG91
        ciBjY2MtYWx3YXlzLWFjY2Vzc2libGUuBdYFDBVjY2MtbGltaXRlZC1yZXNvdXJjZXMAE3Jlc291cmNlcyA9IGxpbWl0ZWQF
        6gUUBgAAAAAAAAAAAAEDnx+gHwcBkwFMaW1pdGVkIHJlc291cmNlczogYSBDdXN0b21lci1DYXJlLUNlbnRlciBuZWVkcyDi
        gJxhIHRlY2huaWNhbCBpbmZyYXN0cnVjdHVyZSBmb3IgaW50ZXJhY3RpdmUgcmVsYXRpb25zaGlwc+KAnSBhbmQgbXVzdCBi
        ZSDigJxhbHdheXMgYWNjZXNzaWJsZeKAnS4BogFSZXNzb3VyY2VzIGxpbWl0w6llcyA6IGxlIEN1c3RvbWVyLUNhcmUtQ2Vu
        dGVyIGRlbWFuZGUgwqsgdW5lIGluZnJhc3RydWN0dXJlIHRlY2huaXF1ZSBwb3VyIGRlcyByZWxhdGlvbnMgaW50ZXJhY3Rp
        dmVzIMK7IGV0IGRvaXQgw6p0cmUgwqsgdG91am91cnMgYWNjZXNzaWJsZSDCuy4BFEN1c3RvbWVyLUNhcmUtQ2VudGVyAQE2
        SW50ZXJwcmV0YXRpb246IHRoZSBjb3Vyc2UgZG9lcyBub3Qgc3BlYWsgb2YgaXRzIGNvc3QuATVJbnRlcnByw6l0YXRpb24g
        OiBsZSBjb3VycyBuZSBwYXJsZSBwYXMgZGUgc29uIGNvw7t0LgXoBQwRcHVvLXNldmVyYWwtc2l0ZXMAGXN0cnVjdHVyZSA9
        IGRlY2VudHJhbGlzZWQFkAYUAAAAAAAAAADwPwEE8C7wLgEBf1Bvd2VyLVVzZXItT3JnYW5pc2F0aW9uOiDigJxwYXJ0aWN1
        bGFybHkgc3VpdGVkIHRvIGNvbXBhbmllcyB3aXRoIHNldmVyYWwgc2l0ZXMgKGRlY2VudHJhbGlzZWQgSVQgc3lzdGVtcyBh
        bmQgb3JnYW5pc2F0aW9uKeKAnS4BngFQb3dlci1Vc2VyLU9yZ2FuaXNhdGlvbiA6IMKrIEVsbGUgZXN0IHBhcnRpY3VsacOo
        cmVtZW50IGluZGlxdcOpZSBwb3VyIGRlcyBlbnRyZXByaXNlcyBhdmVjIHBsdXNpZXVycyBzaXRlcyAoc3lzdMOobWVzIGV0
        IG9yZ2FuaXNhdGlvbiBJVCBkw6ljZW50cmFsaXPDqXMpIMK7LgEXUG93ZXItVXNlci1PcmdhbmlzYXRpb24ABY4GDBVwdW8t
        bGltaXRlZC1yZXNvdXJjZXMAE3Jlc291cmNlcyA9IGxpbWl0ZWQFpAYUBgAAAAAAAAAAAAEE8C6gHwcBVlBvd2VyLVVzZXIt
        T3JnYW5pc2F0aW9uOiBwYXJ0aWN1bGFybHkgc3VpdGVkIHRvIGNvbXBhbmllcyDigJxhbmQgbGltaXRlZCByZXNvdXJjZXPi
        gJ0uAY4BUG93ZXItVXNlci1PcmdhbmlzYXRpb24gOiDCqyBwYXJ0aWN1bGnDqHJlbWVudCBpbmRpcXXDqWUgcG91ciBkZXMg
        ZW50cmVwcmlzZXMgYXZlYyBwbHVzaWV1cnMgc2l0ZXMgwrsgKOKApikgwqsgZXQgZGVzIHJlc3NvdXJjZXMgbGltaXTDqWVz
        IMK7LgEXUG93ZXItVXNlci1PcmdhbmlzYXRpb24ABaIGDBNwdW8tYW1wbGUtcmVzb3VyY2VzABFyZXNvdXJjZXMgPSBhbXBs
        ZQW2BhQGAAAAAAAAAABAAQTPD6AfBwGOAUFtcGxlIHJlc291cmNlczogdGhlIFBvd2VyLVVzZXItT3JnYW5pc2F0aW9uIGlz
        IG1lYW50IGZvciDigJxsaW1pdGVkIHJlc291cmNlc+KAnTsgd2l0aCBtb3JlIG1lYW5zLCBhIHByb2Zlc3Npb25hbCBzdXBw
        b3J0IHVuaXQgaXMgYWZmb3JkYWJsZS4BsAFSZXNzb3VyY2VzIGltcG9ydGFudGVzIDogbGEgUG93ZXItVXNlci1Pcmdhbmlz
        YXRpb24gZXN0IGluZGlxdcOpZSBwb3VyIMKrIGRlcyByZXNzb3VyY2VzIGxpbWl0w6llcyDCuyA7IGF2ZWMgcGx1cyBkZSBt
        b3llbnMsIHVuZSB1bml0w6kgZGUgc3VwcG9ydCBwcm9mZXNzaW9ubmVsbGUgZXN0IHBvc3NpYmxlLgEXUG93ZXItVXNlci1P
        cmdhbmlzYXRpb24BAThJbnRlcnByZXRhdGlvbjogdGhlIGNvdXJzZSBvbmx5IG5hbWVzIGxpbWl0ZWQgcmVzb3VyY2VzLgFA
        SW50ZXJwcsOpdGF0aW9uIDogbGUgY291cnMgbmUgcGFybGUgcXVlIGRlIHJlc3NvdXJjZXMgbGltaXTDqWVzLgW0BgwVcHVv
        LWV4cGVyaWVuY2VkLXVzZXJzABBwb3dlcnVzZXJzID0geWVzBc4GFAoAAAAAAAAAAAABBKAfoB8LAVJQb3dlci1Vc2VyLU9y
        Z2FuaXNhdGlvbjog4oCcY2FsbHMgb24gZXhwZXJpZW5jZWQgdXNlcnMgdG8gc3VwcG9ydCBhbiBJVCBzeXN0ZW3igJ0uAWtQ
        b3dlci1Vc2VyLU9yZ2FuaXNhdGlvbiA6IMKrIEFwcGVsbGUgZGVzIHV0aWxpc2F0ZXVycyBleHDDqXJpbWVudMOpcyBwb3Vy
        IGxlIHN1cHBvcnQgZOKAmXVuIHN5c3TDqG1lIElULiDCuwEXUG93ZXItVXNlci1PcmdhbmlzYXRpb24ABcwGDBJwdW8tbm8t
        cG93ZXItdXNlcnMAD3Bvd2VydXNlcnMgPSBubwXgBhQKAAAAAAAAAPA/AQT/fKAfCwGyAVdpdGhvdXQgZXhwZXJpZW5jZWQg
        dXNlcnMgdGhlcmUgaXMgbm8gUG93ZXItVXNlci1PcmdhbmlzYXRpb246IGl0IOKAnGNhbGxzIG9uIGV4cGVyaWVuY2VkIHVz
        ZXJz4oCdIGFuZCDigJxkZXBlbmRzIHN0cm9uZ2x5LCBmcm9tIGNhc2UgdG8gY2FzZSwgb24gdGhlIGtub3dsZWRnZSBvZiBp
        dHMgbWVtYmVyc+KAnS4ByAFTYW5zIHV0aWxpc2F0ZXVycyBleHDDqXJpbWVudMOpcywgcGFzIGRlIFBvd2VyLVVzZXItT3Jn
        YW5pc2F0aW9uIDogZWxsZSDCqyBBcHBlbGxlIGRlcyB1dGlsaXNhdGV1cnMgZXhww6lyaW1lbnTDqXMgwrsgZXQgwqsgZMOp
        cGVuZCBkZSBjYXMgZW4gY2FzIGZvcnRlbWVudCBkZSBsYSBjb25uYWlzc2FuY2UgZGUgc2VzIGNvbGxhYm9yYXRldXJzIMK7
        LgEXUG93ZXItVXNlci1PcmdhbmlzYXRpb24BAfQBSW50ZXJwcmV0YXRpb246IHRoZSBzaXplIG9mIHRoZSBwZW5hbHR5ICgt
        MTYpIGlzIG91cnMuIEl0IG91dHdlaWdocyBzZXZlcmFsIHNpdGVzIGFuZCBsaW1pdGVkIHJlc291cmNlcyB0b2dldGhlciAo
        KzkgKzYpOiB3aXRob3V0IHBvd2VyIHVzZXJzIHRoZSBmb3JtIGNhbm5vdCB3b3JrLiBJdCBnaXZlcyB0aGUgb3RoZXIgZm9y
        bXMgbm90aGluZzogdGhlIGNvdXJzZSBkb2VzIG5vdCBzYXkgd2hpY2ggZm9ybSB0YWtlcyBvdmVyLgGkAkludGVycHLDqXRh
        dGlvbiA6IGxhIHRhaWxsZSBkZSBsYSBww6luYWxpdMOpICgtMTYpIGVzdCBsYSBuw7R0cmUuIEVsbGUgbOKAmWVtcG9ydGUg
        c3VyIHBsdXNpZXVycyBzaXRlcyBldCBkZXMgcmVzc291cmNlcyBsaW1pdMOpZXMgcsOpdW5pcyAoKzkgKzYpIDogc2FucyBw
        b3dlciB1c2VycywgY2V0dGUgZm9ybWUgbmUgcGV1dCBwYXMgZm9uY3Rpb25uZXIuIEVsbGUgbmUgZG9ubmUgcmllbiBhdXgg
        YXV0cmVzIGZvcm1lcyA6IGxlIGNvdXJzIG5lIGRpdCBwYXMgcXVlbGxlIGZvcm1lIHByZW5kIGxlIHJlbGFpcy4F3gYMBRxz
        dHJ1Y3R1cmUtZnJvbS1zZXZlcmFsLXNpdGVzAAAAAAAAAPA/AApzaXRlcyA+PSAzBBgUAQUAAAAAAAAIQAEBf1Bvd2VyLVVz
        ZXItT3JnYW5pc2F0aW9uOiDigJxwYXJ0aWN1bGFybHkgc3VpdGVkIHRvIGNvbXBhbmllcyB3aXRoIHNldmVyYWwgc2l0ZXMg
        KGRlY2VudHJhbGlzZWQgSVQgc3lzdGVtcyBhbmQgb3JnYW5pc2F0aW9uKeKAnS4BngFQb3dlci1Vc2VyLU9yZ2FuaXNhdGlv
        biA6IMKrIEVsbGUgZXN0IHBhcnRpY3VsacOocmVtZW50IGluZGlxdcOpZSBwb3VyIGRlcyBlbnRyZXByaXNlcyBhdmVjIHBs
        dXNpZXVycyBzaXRlcyAoc3lzdMOobWVzIGV0IG9yZ2FuaXNhdGlvbiBJVCBkw6ljZW50cmFsaXPDqXMpIMK7LgEXUG93ZXIt
        VXNlci1PcmdhbmlzYXRpb24BAdMBSW50ZXJwcmV0YXRpb246IHRoZSBjb3Vyc2Ugb25seSBzYXlzIOKAnHBsdXNpZXVycyBz
        aXRlc+KAnSAoc2V2ZXJhbCBzaXRlcykuIFRoZSB0aHJlc2hvbGQgb2YgMyBpcyBvdXJzOiB3aXRoIDIgc2l0ZXMsIElUIGNh
        biBzdGlsbCBlYXNpbHkgYmUgcnVuIGZyb20gb25lIHBsYWNlLCBzbyB0aGUgc3RydWN0dXJlIHN0YXlzIHVua25vd24gdW5s
        ZXNzIGl0IGlzIGdpdmVuLgHpAUludGVycHLDqXRhdGlvbiA6IGxlIGNvdXJzIGRpdCBzZXVsZW1lbnQgwqsgcGx1c2lldXJz
        IHNpdGVzIMK7LiBMZSBzZXVpbCBkZSAzIGVzdCBsZSBuw7R0cmUgOiBhdmVjIDIgc2l0ZXMsIGzigJlpbmZvcm1hdGlxdWUg
        cGV1dCBlbmNvcmUgw6p0cmUgZ8OpcsOpZSBkZXB1aXMgdW4gc2V1bCBsaWV1LCBsYSBzdHJ1Y3R1cmUgcmVzdGUgZG9uYyBp
        bmNvbm51ZSBzaSBlbGxlIG7igJllc3QgcGFzIGRvbm7DqWUuBBQQF3N0cnVjdHVyZS1mcm9tLW9uZS1zaXRlAAAAAAAAAAAA
        AAlzaXRlcyA9IDEEOBQBAAAAAAAAAPA/AQFwQ291cnNlIGZhY3RvciDigJxDZW50cmFsaXPDqSBvdSBkw6ljZW50cmFsaXPD
        qeKAnTogYSBjb21wYW55IHdpdGggYSBzaW5nbGUgc2l0ZSBydW5zIGl0cyBzdXBwb3J0IGZyb20gb25lIHBsYWNlLgF8RmFj
        dGV1ciBkdSBjb3VycyDCqyBDZW50cmFsaXPDqSBvdSBkw6ljZW50cmFsaXPDqSDCuyA6IHVuZSBlbnRyZXByaXNlIGTigJl1
        biBzZXVsIHNpdGUgb3JnYW5pc2Ugc29uIHN1cHBvcnQgZW4gdW4gc2V1bCBsaWV1LgFJRmFjdGV1cnMgZOKAmWluZmx1ZW5j
        ZSBkw6l0ZXJtaW5hbnQgbGUgY2hvaXggZGUgbGEgZm9ybWUgZOKAmW9yZ2FuaXNhdGlvbgEBWEludGVycHJldGF0aW9uOiB0
        aGUgY291cnNlIGRvZXMgbm90IHNheSBpdCwgYnV0IG9uZSBzaXRlIGxlYXZlcyBub3RoaW5nIHRvIGRlY2VudHJhbGlzZS4B
        XUludGVycHLDqXRhdGlvbiA6IGxlIGNvdXJzIG5lIGxlIGRpdCBwYXMsIG1haXMgdW4gc2V1bCBzaXRlIG5lIGxhaXNzZSBy
        aWVuIMOgIGTDqWNlbnRyYWxpc2VyLgQ0EBlzaXplLXNtYWxsLWZyb20tZW1wbG95ZWVzAwAAAAAAAAAAAA5lbXBsb3llZXMg
        PCA1MARYFAICAAAAAAAASUABAUlDb3Vyc2UgZmFjdG9yIOKAnFBldGl0ZSBvdSBncmFuZGUgZW50cmVwcmlzZeKAnSAoc21h
        bGwgb3IgbGFyZ2UgY29tcGFueSkuATNGYWN0ZXVyIGR1IGNvdXJzIMKrIFBldGl0ZSBvdSBncmFuZGUgZW50cmVwcmlzZSDC
        uy4BSUZhY3RldXJzIGTigJlpbmZsdWVuY2UgZMOpdGVybWluYW50IGxlIGNob2l4IGRlIGxhIGZvcm1lIGTigJlvcmdhbmlz
        YXRpb24BAeYBSW50ZXJwcmV0YXRpb246IHRoZSB0aHJlc2hvbGRzIChmZXdlciB0aGFuIDUwIGVtcGxveWVlczogc21hbGw7
        IGZld2VyIHRoYW4gMjUwOiBtZWRpdW0tc2l6ZWQ7IG90aGVyd2lzZSBsYXJnZSkgYXJlIHRoZSB1c3VhbCBkZWZpbml0aW9u
        IG9mIHNtYWxsIGFuZCBtZWRpdW0tc2l6ZWQgZW50ZXJwcmlzZXMgKFNNRXMpLCBub3QgdGhlIGNvdXJzZeKAmXM6IHRoZSBj
        b3Vyc2UgZ2l2ZXMgbm8gbnVtYmVycy4BxwFJbnRlcnByw6l0YXRpb24gOiBsZXMgc2V1aWxzIChtb2lucyBkZSA1MCBjb2xs
        YWJvcmF0ZXVycyA6IHBldGl0ZSA7IG1vaW5zIGRlIDI1MCA6IG1veWVubmUgOyBzaW5vbiBncmFuZGUpIHNvbnQgbGEgZMOp
        ZmluaXRpb24gdXN1ZWxsZSBkZXMgUE1FLCBwYXMgY2VsbGUgZHUgY291cnMgOiBsZSBjb3VycyBuZSBkb25uZSBwYXMgZGUg
        Y2hpZmZyZXMuBFQQGnNpemUtbWVkaXVtLWZyb20tZW1wbG95ZWVzAwAAAAAAAPA/AyNlbXBsb3llZXMgPj0gNTAgYW5kIGVt
        cGxveWVlcyA8IDI1MAR0FAIAD2VtcGxveWVlcyA+PSA1MAR0FAIFAAAAAAAASUAAD2VtcGxveWVlcyA8IDI1MAR0PAICAAAA
        AABAb0ABAUlDb3Vyc2UgZmFjdG9yIOKAnFBldGl0ZSBvdSBncmFuZGUgZW50cmVwcmlzZeKAnSAoc21hbGwgb3IgbGFyZ2Ug
        Y29tcGFueSkuATNGYWN0ZXVyIGR1IGNvdXJzIMKrIFBldGl0ZSBvdSBncmFuZGUgZW50cmVwcmlzZSDCuy4BSUZhY3RldXJz
        IGTigJlpbmZsdWVuY2UgZMOpdGVybWluYW50IGxlIGNob2l4IGRlIGxhIGZvcm1lIGTigJlvcmdhbmlzYXRpb24BAWFJbnRl
        cnByZXRhdGlvbjogdGhlIHVzdWFsIFNNRSBkZWZpbml0aW9uICg1MCB0byAyNDkgZW1wbG95ZWVzOiBtZWRpdW0tc2l6ZWQp
        LCBub3QgdGhlIGNvdXJzZeKAmXMuAW1JbnRlcnByw6l0YXRpb24gOiBsYSBkw6lmaW5pdGlvbiB1c3VlbGxlIGRlcyBQTUUg
        KGRlIDUwIMOgIDI0OSBjb2xsYWJvcmF0ZXVycyA6IG1veWVubmUpLCBwYXMgY2VsbGUgZHUgY291cnMuBHAQGXNpemUtbGFy
        Z2UtZnJvbS1lbXBsb3llZXMDAAAAAAAAAEAAEGVtcGxveWVlcyA+PSAyNTAEigEUAgUAAAAAAEBvQAEBSUNvdXJzZSBmYWN0
        b3Ig4oCcUGV0aXRlIG91IGdyYW5kZSBlbnRyZXByaXNl4oCdIChzbWFsbCBvciBsYXJnZSBjb21wYW55KS4BM0ZhY3RldXIg
        ZHUgY291cnMgwqsgUGV0aXRlIG91IGdyYW5kZSBlbnRyZXByaXNlIMK7LgFJRmFjdGV1cnMgZOKAmWluZmx1ZW5jZSBkw6l0
        ZXJtaW5hbnQgbGUgY2hvaXggZGUgbGEgZm9ybWUgZOKAmW9yZ2FuaXNhdGlvbgEBXEludGVycHJldGF0aW9uOiB0aGUgdXN1
        YWwgU01FIGRlZmluaXRpb24gKDI1MCBlbXBsb3llZXMgb3IgbW9yZTogbGFyZ2UpLCBub3QgdGhlIGNvdXJzZeKAmXMuAWtJ
        bnRlcnByw6l0YXRpb24gOiBsYSBkw6lmaW5pdGlvbiB1c3VlbGxlIGRlcyBQTUUgKDI1MCBjb2xsYWJvcmF0ZXVycyBvdSBw
        bHVzIDogZ3JhbmRlKSwgcGFzIGNlbGxlIGR1IGNvdXJzLgSGARAFAAECAwQGBHNwb2MBNVNpbmdsZSBwb2ludCBvZiBjb250
        YWN0IChTUE9DKSBhdCBmaXJzdC1sZXZlbCBzdXBwb3J0AS9TUE9DIChwb2ludCBkZSBjb250YWN0IHVuaXF1ZSkgYXUgbml2
        ZWF1IGR1IEZMUwGqA0Egc2luZ2xlIHBvaW50IG9mIGNvbnRhY3QuIOKAnEluIGEgc3VwcG9ydCBjZW50cmUsIHRoZSBTUE9D
        IGlzIGF0IGZpcnN0LWxldmVsIHN1cHBvcnQgKEZMUyku4oCdIEFkdmFudGFnZXM6IDEuIHNwZWNpYWxpc3RzIGFyZSBjYWxs
        ZWQgb24gbGVzczsgMi4gbG93ZXIgY29zdHM7IDMuIGZhc3RlciBhbnN3ZXJzIChlYXNpZXIgY29tbXVuaWNhdGlvbiwgdGlt
        ZSBzYXZlZCkuIERyYXdiYWNrczogMS4gYW5zd2VycyBtYXkgYmUgbGVzcyBwcmVjaXNlIG9yIGZ1cnRoZXIgZnJvbSBjdXN0
        b21lcnPigJkgZXhwZWN0YXRpb25zLCBzaW5jZSBpdCBpcyBub3QgYSBzcGVjaWFsaXN0IHdobyBoYW5kbGVzIHRoZW07IDIu
        IGEgaGlnaCB3b3JrbG9hZCwgYXMgdGhlIFNQT0MgY2FuIHF1aWNrbHkgYmUgc3dhbXBlZCBieSB0aGUgdm9sdW1lIG9mIHJl
        cXVlc3RzLgGUBMKrIFBvaW50IGRlIGNvbnRhY3QgdW5pcXVlLiDCuyDCqyBEYW5zIHVuIGNlbnRyZSBkZSBzdXBwb3J0LCBs
        ZSBTUE9DIGVzdCBhdSBuaXZlYXUgZHUgRkxTLiDCuyBBdmFudGFnZXMgOiDCqyAxLiBMZXMgc3DDqWNpYWxpc3RlcyBzb250
        IG1vaW5zIHNvbGljaXTDqXMgwrssIMKrIDIuIFLDqWR1Y3Rpb25zIGRlcyBjb8O7dHMgwrssIMKrIDMuIFLDqXBvbnNlIHBs
        dXMgcmFwaWRlIMK7ICjCqyBDb21tdW5pY2F0aW9uIHBsdXMgZmFjaWxlIMK7LCDCqyBHYWluIGRlIHRlbXBzIMK7KS4gRMOp
        c2F2YW50YWdlcyA6IMKrIDEuIFLDqXBvbnNlcyBwb3NzaWJsZW1lbnQgbW9pbnMgcHLDqWNpZXMvYXV4IGF0dGVudGVzIGRl
        cyBjbGllbnRzIMOpdGFudCBkb25uZXIgcXVlIGNlIG7igJllc3QgcGFzIHVuIHNww6ljaWFsaXN0ZSBxdWkgdmEgZ8OpcmVy
        IGNlbGEuIMK7IMKrIDIuIENoYXJnZSBkZSB0cmF2YWlsIMOpbGV2w6kgY2FyIGlsIHBldXQgw6p0cmUgcmFwaWRlbWVudCBz
        dWJtZXJnw6kgcGFyIGxlIHZvbHVtZSBkZSBkZW1hbmRlcy4gwrsAAgIDAR5TUE9DIChTaW5nbGUgUG9pbnQgb2YgQ29udGFj
        dCkGFBANc3BvYy13b3JrbG9hZAEoSGlnaCByZXF1ZXN0IHJhdGU6IHN0YWZmIHRoZSBmaXJzdCBsZXZlbAE1VGF1eCBkZSBk
        ZW1hbmRlIMOpbGV2w6kgOiByZW5mb3JjZXIgbGUgcHJlbWllciBuaXZlYXUB0QFQbGFuIGVub3VnaCBzdGFmZiBhdCBmaXJz
        dC1sZXZlbCBzdXBwb3J0IChGTFMpLCB3aGVyZSB0aGUgc2luZ2xlIHBvaW50IG9mIGNvbnRhY3Qgc2l0czogdGhlIGNvdXJz
        ZSBuYW1lcyBhcyBhIGRyYXdiYWNrIG9mIHRoZSBTUE9DIOKAnGEgaGlnaCB3b3JrbG9hZCwgYXMgaXQgY2FuIHF1aWNrbHkg
        YmUgc3dhbXBlZCBieSB0aGUgdm9sdW1lIG9mIHJlcXVlc3Rz4oCdLgHuAVByw6l2b2lyIGFzc2V6IGRlIHBlcnNvbm5lbCBh
        dSBwcmVtaWVyIG5pdmVhdSAoRkxTKSwgb8O5IHNlIHRyb3V2ZSBsZSBwb2ludCBkZSBjb250YWN0IHVuaXF1ZSA6IGxlIGNv
        dXJzIGNpdGUgY29tbWUgZMOpc2F2YW50YWdlIGR1IFNQT0MgdW5lIMKrIENoYXJnZSBkZSB0cmF2YWlsIMOpbGV2w6kgY2Fy
        IGlsIHBldXQgw6p0cmUgcmFwaWRlbWVudCBzdWJtZXJnw6kgcGFyIGxlIHZvbHVtZSBkZSBkZW1hbmRlcy4gwrsBAA12b2x1
        bWUgPSBoaWdoBlAUBAAAAAAAAAAAQAABHlNQT0MgKFNpbmdsZSBQb2ludCBvZiBDb250YWN0KQY8EANzbGEBJUFncmVlIGEg
        U2VydmljZSBMZXZlbCBBZ3JlZW1lbnQgKFNMQSkBLUNvbnZlbmlyIGTigJl1biBTZXJ2aWNlIExldmVsIEFncmVlbWVudCAo
        U0xBKQH7AUFncmVlIGFuIFNMQSB3aXRoIHRoZSB1c2VycyBvZiB0aGUgc3VwcG9ydC4gQSBTZXJ2aWNlIExldmVsIEFncmVl
        bWVudCDigJxpcyBhIGNvbnRyYWN0IGJldHdlZW4gYSBzZXJ2aWNlIHByb3ZpZGVyIGFuZCBhIGN1c3RvbWVyIHRoYXQgZGVm
        aW5lcyB0aGUgZXhwZWN0YXRpb25zIHJlZ2FyZGluZyB0aGUgcXVhbGl0eSwgdGhlIGF2YWlsYWJpbGl0eSBhbmQgdGhlIHJl
        c3BvbnNpYmlsaXRpZXMgb2YgdGhlIHNlcnZpY2UgcHJvdmlkZWTigJ0uAacCQ29udmVuaXIgZOKAmXVuIFNMQSBhdmVjIGxl
        cyB1dGlsaXNhdGV1cnMgZHUgc3VwcG9ydC4gVW4gU2VydmljZSBMZXZlbCBBZ3JlZW1lbnQgKMKrIEFjY29yZCBkZSBuaXZl
        YXUgZGUgc2VydmljZSDCuykgwqsgRXN0IHVuIGNvbnRyYXQgZW50cmUgdW4gZm91cm5pc3NldXIgZGUgc2VydmljZXMgZXQg
        dW4gY2xpZW50IHF1aSBkw6lmaW5pdCBsZXMgYXR0ZW50ZXMgY29uY2VybmFudCBsYSBxdWFsaXTDqSwgbGEgZGlzcG9uaWJp
        bGl0w6ksIGV0IGxlcyByZXNwb25zYWJpbGl0w6lzIGR1IHNlcnZpY2UgZm91cm5pLiDCuwEEQGN1c3RvbWVycyBpbiBbZXh0
        ZXJuYWwsIGJvdGhdIG9yIGhvdXJzIGluIFtleHRlbmRlZCwgY29udGludW91c10GcBQCAR1jdXN0b21lcnMgaW4gW2V4dGVy
        bmFsLCBib3RoXQZwFAcCAAAAAAAA8D8AAAAAAAAAQAEfaG91cnMgaW4gW2V4dGVuZGVkLCBjb250aW51b3VzXQZwVgkCAAAA
        AAAA8D8AAAAAAAAAQAABNlNlcnZpY2UgTGV2ZWwgQWdyZWVtZW50cyAoQWNjb3JkIGRlIG5pdmVhdSBkZSBzZXJ2aWNlKQZa
        EAtmbHMtcXVhbGl0eQEqTWVhc3VyZSB0aGUgcXVhbGl0eSBvZiBmaXJzdC1sZXZlbCBzdXBwb3J0ASVNZXN1cmVyIGxhIHF1
        YWxpdMOpIGRlIHNlcnZpY2UgZHUgRkxTAZUBTWVhc3VyZSB0aGUgcXVhbGl0eSBvZiBmaXJzdC1sZXZlbCBzdXBwb3J0IChG
        TFMpIHdpdGggdGhlIGNvdXJzZeKAmXMgZm91ciBpbmRpY2F0b3JzOiBoaWdoIGVmZmljaWVuY3ksIHJlYWN0aW9uIHRpbWUs
        IGF2YWlsYWJpbGl0eSwgbWVhbnMgb2YgY29udGFjdC4BvgFNZXN1cmVyIGxhIHF1YWxpdMOpIGRlIHNlcnZpY2UgZHUgcHJl
        bWllciBuaXZlYXUgKEZMUykgYXZlYyBsZXMgcXVhdHJlIGluZGljYXRldXJzIGR1IGNvdXJzIDogwqsgSGF1dGUgZWZmaWNh
        Y2l0w6kgwrssIMKrIFRlbXBzIGRlIHLDqWFjdGlvbiDCuywgwqsgRGlzcG9uaWJpbGl0w6kgwrssIMKrIE1veWVuIGRlIGNv
        bnRhY3QgwrsuAAQAAQIDAUdJbmRpcXVleiA0IGluZGljYXRldXJzIHNlcnZhbnQgw6AgbWVzdXJlciBsYSBxdWFsaXTDqSBk
        ZSBzZXJ2aWNlIGR1IEZMUwZ6EA10aWNrZXQtc3lzdGVtARNVc2UgYSB0aWNrZXQgc3lzdGVtARlVdGlsaXNlciB1biB0aWNr
        ZXQgc3lzdGVtAewCQSB0aWNrZXQgc3lzdGVtIOKAnGlzIGEgdG9vbCAoc29mdHdhcmUgb3IgYXBwbGljYXRpb24pIGZvciBt
        YW5hZ2luZyBhIGNvbXBhbnnigJlzIHN1cHBvcnTigJ0uIEVtcGxveWVlcyBvcGVuIGEgdGlja2V0LCBsaWtlIGEgbm90ZXBh
        ZCwgc3RhdGluZyB0aGVpciBwcm9ibGVtIGFuZCBpdHMgcHJpb3JpdHk7IHRoZSBzdXBwb3J0IHRlYW0gbWFuYWdlcyBhbmQg
        c29ydHMgdGhlIHRpY2tldHMgYW5kIGFjdHMgYnkgdXJnZW5jeSAoZnJvbSB0aGUgY29tcGFueeKAmXMgcG9pbnQgb2Ygdmll
        dywgbm90IHRoZSByZXF1ZXN0ZXLigJlzKS4gSW4gc2hvcnQsIOKAnGEgY29tcHV0ZXIgc3lzdGVtIGZvciBtYW5hZ2luZyBz
        dXBwb3J0IGNhc2Vz4oCdLgHWA8KrIExlIHRpY2tldCBzeXN0ZW0gZXN0IHVuIG91dGlsIChsb2dpY2llbCBvdSBhcHBsaWNh
        dGlvbikgcGVybWV0dGFudCBsYSBnZXN0aW9uIGR1IHN1cHBvcnQgZOKAmXVuZSBlbnRyZXByaXNlLiDCuyDCqyBMZXMgZW1w
        bG95w6lzIG91dnJlIHVuIHRpY2tldCwgcmVzc2VtYmxhbnQgw6AgdW4gYmxvYyBub3RlIGV0IGluZGlxdWUgbGV1ciBwcm9i
        bMOobWUgYXZlYyBsZXVyIHByaW9yaXTDqS4gwrsgwqsgTOKAmcOpcXVpcGUgZGUgc3VwcG9ydCBnw6hyZSBldCB0cmlzIGxl
        cyB0aWNrZXRzIGV0IGludGVydmllbm5lbnQgc2Vsb24gbGUgbml2ZWF1IGTigJl1cmdlbmNlIChhdSBwb2ludCBkZSB2dWUg
        ZGUgbOKAmWVudHJlcHJpc2UgZXQgbm9uIGNlbGxlIGR1IGRlbWFuZGV1cikuIMK7IMKrIEPigJllc3QgdW4gc3lzdMOobWUg
        aW5mb3JtYXRpcXVlIHBlcm1ldHRhbnQgbGEgZ2VzdGlvbiBkZXMgY2FzIGRlIHN1cHBvcnQuIMK7AQAQdm9sdW1lID49IG1l
        ZGl1bQauARQEBQAAAAAAAPA/AAEdUXUtZXN0IGNlIHF1LXVuIFRpY2tldCBTeXN0ZW0GkgEQB29uLWNhbGwBKU9yZ2FuaXNl
        IG9uLWNhbGwgZHV0eSAoc2VydmljZSBkZSBwaXF1ZXQpAR5PcmdhbmlzZXIgdW4gc2VydmljZSBkZSBwaXF1ZXQB1QFUbyBj
        b3ZlciBleHRlbmRlZCBob3VycyBvciBuaWdodHMgd2l0aG91dCBhIGZ1bGwgdGVhbSwgb3JnYW5pc2Ugb24tY2FsbCBkdXR5
        OiDigJxkdXJpbmcgb24tY2FsbCBkdXR5LCBzb21lb25lIG9ubHkgaGFzIHRvIGJlIHJlYWNoYWJsZSBhbmQgYXZhaWxhYmxl
        LiBXb3JrIG91dHNpZGUgc2VydmljZSBwZXJpb2RzIGlzIG9ubHkgbmVlZGVkIGluIGFuIGVtZXJnZW5jeS7igJ0BoQJQb3Vy
        IGNvdXZyaXIgZGVzIGhldXJlcyDDqXRlbmR1ZXMgb3UgbGEgbnVpdCBzYW5zIMOpcXVpcGUgY29tcGzDqHRlLCBvcmdhbmlz
        ZXIgdW4gc2VydmljZSBkZSBwaXF1ZXQgOiDCqyBQZW5kYW50IGxlIHNlcnZpY2UgZGUgcGlxdWV0LCBxdWVscXXigJl1biBk
        b2l0IHVuaXF1ZW1lbnQgw6p0cmUgYXR0ZWlnbmFibGUgZXQgZGlzcG9uaWJsZS4gTGUgdHJhdmFpbCBhdSBkZWhvcnMgZGVz
        IHDDqXJpb2RlcyBkZSBzZXJ2aWNlIG7igJllc3QgbsOpY2Vzc2FpcmUgcXXigJllbiBjYXMgZOKAmXVyZ2VuY2UuIMK7AQEf
        aG91cnMgaW4gW2V4dGVuZGVkLCBjb250aW51b3VzXQbIARQJAgAAAAAAAPA/AAAAAAAAAEAAARFTZXJ2aWNlIGRlIHBpcXVl
        dAa2ARABA3RpZQAB4AJGb3JtcyB0aWUgd2hlbiB0aGUgZmFjdHMgZ2l2ZW4gc3BlYWsgZXF1YWxseSBmb3IgdGhlbSwgYW5k
        IHRoZSBjb3Vyc2UgZG9lcyBub3QgcmFuayB0aGVtIGVpdGhlciAoZS5nLiBieSBlLW1haWwgb3IgY2hhdCBhbG9uZSwgYm90
        aCB0aGUgSGVscC1EZXNrIGFuZCB0aGUgQ3VzdG9tZXItQ2FyZS1DZW50ZXIgZml0KS4gRXZlcnkgcmVzdWx0IHNob3dzIHRo
        ZSB0aWUgKOKAnHRpZSBhdCB0aGUgdG9w4oCdLCAidGllIjogdHJ1ZSBpbiBKU09OKTsgdGhlIHJhbmtpbmcgbGlzdHMgdGhl
        IHRpZWQgZm9ybXMgaW4gZGVjbGFyYXRpb24gb3JkZXIsIHRoZSBIb3RsaW5lICjigJx0aGUgc2ltcGxlc3QgZm9ybeKAnSkg
        Zmlyc3QuAcoDRGVzIGZvcm1lcyBzb250IMOgIMOpZ2FsaXTDqSBxdWFuZCBsZXMgZmFpdHMgZG9ubsOpcyBwYXJsZW50IGF1
        dGFudCBwb3VyIGNoYWN1bmUgZXQgcXVlIGxlIGNvdXJzIG5lIGxlcyBkw6lwYXJ0YWdlIHBhcyBub24gcGx1cyAocC4gZXgu
        IGpvaWduYWJsZSBwYXIgZS1tYWlsIG91IGNoYXQgc2V1bGVtZW50IDogbGUgSGVscC1EZXNrIGV0IGxlIEN1c3RvbWVyLUNh
        cmUtQ2VudGVyIGNvbnZpZW5uZW50IHRvdXMgZGV1eCkuIENoYXF1ZSByw6lzdWx0YXQgbW9udHJlIGzigJnDqWdhbGl0w6kg
        KMKrIMOpZ2FsaXTDqSBlbiB0w6p0ZSDCuywgInRpZSI6IHRydWUgZW4gSlNPTikgOyBsZSBjbGFzc2VtZW50IGRvbm5lIGxl
        cyBmb3JtZXMgw6Agw6lnYWxpdMOpIGRhbnMgbOKAmW9yZHJlIGRlIGTDqWNsYXJhdGlvbiwgbGEgSG90bGluZSAowqsgbGEg
        Zm9ybWUgbGEgcGx1cyBzaW1wbGUgwrspIGTigJlhYm9yZC4BNgoA

        """#
}
