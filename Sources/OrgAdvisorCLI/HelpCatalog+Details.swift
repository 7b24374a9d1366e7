extension HelpCatalog {
    /// The French of the commands' help paragraphs, keyed by the English the command
    /// declares (commands that share a paragraph give it once).
    static let details = [String: String](
        [
            (
                CheckCommand.command.details ?? "",
                """
                Arguments :
                  PATH...   fichiers ou dossiers de règles, ensemble une base de règles
                            (par défaut : les règles intégrées), ou une archive compilée,
                            vérifiée comme « --rules » la charge

                Codes de sortie : 0 aucune erreur (avertissements permis), 1 erreurs
                trouvées, 2 erreur d’utilisation, 3 chemin illisible.
                """
            ),
            (
                TestCommand.command.details ?? "",
                """
                Arguments :
                  CASES...  fichiers de test (.orgtests) ou dossiers qui en contiennent

                Codes de sortie : 0 tous réussis, 1 un cas a échoué, 2 erreur d’utilisation,
                3 fichiers illisibles ou invalides.
                """
            ),
            (
                BatchCommand.command.details ?? "",
                """
                Arguments :
                  FILE      JSON Lines, un tableau JSON de profils ou {"profiles": [...]},
                            ou CSV ou TSV avec une ligne d’en-tête (« - » ou rien :
                            l’entrée standard)

                Chaque profil est un objet de critères, comme pour --profile ; "id" et
                "name" sont recopiés dans le résultat, les clés commençant par « _ » sont
                ignorées. En CSV et TSV, l’en-tête nomme les critères (identifiants ou
                libellés), « id » et « name » ; une cellule vide est inconnue ; un
                en-tête invalide est une erreur avant tout résultat. Un enregistrement
                invalide donne un résultat d’erreur qui nomme son enregistrement, sa
                ligne et sa colonne, et le traitement continue.
                Un enregistrement plus long que --max-record-size (16M par défaut, soit
                16 Mio) est une telle erreur, ignoré sans être gardé en mémoire. Un tableau
                ou {"profiles": [...]} interrompu par la fin de l’entrée est une erreur qui
                dit où il s’arrête : les résultats d’avant sont écrits, le code de sortie
                est 3 et aucun fichier --output n’est écrit.

                Codes de sortie : 0 chaque enregistrement évalué, 2 erreur d’utilisation,
                3 un enregistrement a échoué ou l’entrée ou la sortie est inutilisable.
                """
            ),
            (
                CompileCommand.command.details ?? "",
                """
                Vérifie et compile les fichiers de règles de PATH (un fichier, ou un dossier
                de fichiers .orgrules) et écrit la base de règles, avec ses tables
                compilées, dans FILE (de façon atomique). Ensuite « --rules FILE » la
                charge, pour toutes les commandes, sans analyser les fichiers de règles :
                les explications citent toujours leurs lignes. L’archive retient où sont
                ses fichiers de règles : s’ils changent, la charger est une erreur jusqu’à
                ce qu’elle soit compilée de nouveau. Une archive d’une autre version
                d’orgadvisor, ou endommagée, est refusée.

                Codes de sortie : 0 écrite (avertissements permis), 2 erreur d’utilisation,
                3 fichiers de règles illisibles ou invalides, ou FILE impossible à écrire.
                """
            ),
            (
                InterviewCommand.command.details ?? "",
                """
                Les réponses sont lues une par ligne sur l’entrée standard : l’identifiant,
                le libellé ou un alias d’une valeur dans l’une ou l’autre langue (ou son
                numéro dans la liste), un nombre pour les critères numériques, « ? » pour
                je ne sais pas, « retour » pour annuler la dernière réponse, « fin » pour
                arrêter. Les critères donnés en options comptent comme répondus.
                L’entretien s’arrête quand la recommandation est décidée, quand toutes les
                questions utiles ont été posées, ou à la fin de l’entrée, et affiche le
                résultat expliqué. Avec « --format json », les questions vont sur la sortie
                d’erreur et la transcription (chaque étape et le résultat, dans le schéma
                de l’évaluation) sur la sortie standard.
                """
            ),
            (
                MapCommand.command.details ?? "",
                """
                Chaque axe a une colonne ou une ligne par classe de valeurs que les règles
                distinguent (les nombres coupés aux seuils des règles). Les autres critères
                se donnent comme pour la commande par défaut (voir « orgadvisor --help »)
                ou restent inconnus : une case liste alors les formes qui pourraient encore
                l’emporter. Sous la carte, la part de chaque forme parmi tous les profils
                entièrement renseignés, comptée exactement.
                """
            ),
            (
                ReportCommand.command.details ?? "",
                """
                Les critères se donnent comme pour la commande par défaut (voir
                « orgadvisor --help »). La page contient le profil, la recommandation, le
                graphique du classement (SVG intégré), chaque règle appliquée avec le texte
                du cours qu’elle cite, ce que les critères non renseignés pourraient
                changer, le « et si » et les conseils ; avec « --map X,Y », aussi une carte
                de décision de deux critères. Le HTML n’a besoin d’aucun autre fichier : le
                style et les graphiques sont intégrés, il n’y a pas de script. Avec
                « --fragment », le corps de la page seul, dans un seul
                <div class="orgadvisor-report"> dont le style ne s’applique à rien hors de
                lui, à coller dans une page de cours ou une plateforme d’apprentissage.
                « --audience student » omet les identifiants des règles, les chemins et
                lignes des fichiers de règles et l’empreinte de la base de règles.
                """
            ),
            (
                WhatIfCommand.command.details ?? "",
                "Les critères se donnent comme pour la commande par défaut (voir « orgadvisor --help »)."
            ),
        ], uniquingKeysWith: { first, _ in first })
}
