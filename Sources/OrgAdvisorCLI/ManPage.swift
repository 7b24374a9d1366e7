import OrgAdvisor

/// The manual page `orgadvisor(1)` in roff, written from the same definitions as
/// `--help` (``OrgAdvisorCommand/commands``, their options and the rule base's
/// criteria): `orgadvisor help --man`, in French with `--lang fr`.
enum ManPage {
    /// `--man` of `orgadvisor help`.
    static let option = OptionSpec(
        name: "man", arity: .flag, help: "print the manual page (roff) of every command")

    /// The French of the help texts above, by English text (for the help catalog).
    static let french: [String: String] = [
        option.help: "afficher la page de manuel (roff) de toutes les commandes"
    ]

    /// The page in `language`.
    static func render(_ rules: RuleBase, language: Language) -> String {
        let french = language == .french
        let strings = HelpStrings.of(language)
        let text = { (english: String, inFrench: String) in french ? inFrench : english }
        var out = """
            .TH ORGADVISOR 1 "" "orgadvisor \(OrgAdvisorCommand.version)" \
            "\(text("User Commands", "Commandes utilisateur"))"
            .SH \(text("NAME", "NOM"))

            """
        out += "orgadvisor \\- " + lines(strings.about.replacingEvery("\n", with: " "), french)
        out += ".SH SYNOPSIS\n"
        let evaluate = EvaluateCommand.command
        out += ".B \(code(evaluate.usage))\n.br\n.B orgadvisor <command> [options]\n"
        out += ".SH DESCRIPTION\n"
        out += paragraphs(text(description, frenchDescription), french)
        out += paragraphs(valuesParagraph(strings), french)
        out += ".SH \(text("CRITERIA", "CRITÈRES"))\n"
        out += paragraphs(
            HelpStrings.format(strings.criteria, rules.name, rules.version)
                .replacingEvery("\n", with: " "), french)
        out += criteria(rules, language: language)
        out += ".SH OPTIONS\n" + options(evaluate.options, language: language)
        out += ".SH \(text("COMMANDS", "COMMANDES"))\n"
        for command in OrgAdvisorCommand.commands where command.name != evaluate.name {
            out += ".SS \(code(command.name))\n"
            out += paragraphs(HelpText.translated(command.summary, in: language), french)
            out += ".PP\n.B \(code(command.usage))\n"
            if let details = command.details {
                out += paragraphs(HelpText.translated(details, in: language), french)
            }
            if !command.options.isEmpty {
                out += ".PP\n\(strings.options)\n" + options(command.options, language: language)
            }
        }
        out += ".SH \(text("EXIT STATUS", "CODE DE RETOUR"))\n"
        for (status, english, inFrench) in exitCodes {
            out += ".TP\n.B \(status)\n" + lines(text(english, inFrench), french)
        }
        out += ".SH \(text("ENVIRONMENT", "ENVIRONNEMENT"))\n"
        for (name, english, inFrench) in environment {
            out += ".TP\n.B \(code(name))\n" + lines(text(english, inFrench), french)
        }
        out +=
            ".TP\n.B \(InputLimits.ruleFileVariable)\n"
            + lines(oneLine(strings.ruleFileLimit), french)
        out +=
            ".TP\n.B \(InputLimits.profileVariable)\n"
            + lines(oneLine(strings.profileLimit), french)
        return out
    }

    /// `text` on one line, its runs of spaces and line breaks as one space.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// The first paragraph of the help's footer: how values may be written.
    private static func valuesParagraph(_ strings: HelpStrings) -> String {
        var paragraph = ""
        for line in strings.footer.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty { break }
            paragraph += line + "\n"
        }
        return paragraph
    }

    /// Each criterion flag with its label, weight and values.
    private static func criteria(_ rules: RuleBase, language: Language) -> String {
        var out = ""
        for (criterion, spec) in zip(rules.criteria, OptionSpec.criteria(of: rules, in: language)) {
            out += ".TP\n.B \(code(HelpText.criterionSynopsis(criterion, spec)))\n"
            var help = spec.help + " (\(HelpText.criterionNote(criterion, in: language)))"
            if criterion.kind.isEnumerated {
                let values = criterion.values.map { value -> String in
                    let label = value.label.text(language)
                    return label == value.id ? value.id : "\(value.id) (\(label))"
                }
                help += language == .french ? " : " : ": "
                help += values.joined(separator: ", ")
            } else {
                help += ", " + spec.expected(in: language)
            }
            out += lines(help, language == .french)
        }
        return out
    }

    /// Options as a tagged list: synopsis, then help and allowed values.
    private static func options(_ specs: [OptionSpec], language: Language) -> String {
        var out = ""
        for spec in specs {
            var help = HelpText.translated(spec.help, in: language)
            if let allowed = spec.allowed, !help.contains(allowed[0]) || spec.name == "format" {
                help += " (" + allowed.joined(separator: "|") + ")"
            }
            out += ".TP\n.B \(code(spec.synopsis))\n" + lines(help, language == .french)
        }
        return out
    }

    /// Paragraphs (separated by blank lines) as `.PP` blocks; a paragraph with an
    /// indented line is kept as written (`.nf`).
    private static func paragraphs(_ text: String, _ french: Bool) -> String {
        var out = ""
        var paragraph: [Substring] = []
        func flush() {
            guard !paragraph.isEmpty else { return }
            let preformatted = paragraph.contains { $0.first == " " }
            out += ".PP\n" + (preformatted ? ".nf\n" : "")
            out += lines(paragraph.joined(separator: "\n"), french)
            out += preformatted ? ".fi\n" : ""
            paragraph = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " }) { flush() } else { paragraph.append(line) }
        }
        flush()
        return out
    }

    /// Text lines, escaped for roff: a backslash as `\e`, an option's hyphens as `\-`,
    /// a line that starts with `.` or `'` protected with `\&`, French spaces kept.
    static func lines(_ text: String, _ french: Bool) -> String {
        let typeset = FrenchTypography.typeset(text, french: french)
        var out = ""
        for line in typeset.split(separator: "\n", omittingEmptySubsequences: false) {
            var escaped = ""
            var previous: Character = " "
            for character in line {
                switch character {
                case "\\": escaped += "\\e"
                case "-" where " -'([|=«\u{00A0}".contains(previous): escaped += "\\-"
                case "\u{00A0}", "\u{202F}": escaped += "\\ "
                default: escaped.append(character)
                }
                previous = character
            }
            if escaped.first == "." || escaped.first == "'" { escaped = "\\&" + escaped }
            out += escaped + "\n"
        }
        return out
    }

    /// A command line or an option's synopsis: every hyphen as `\-`.
    static func code(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\e"
            case "-": out += "\\-"
            default: out.append(character)
            }
        }
        return out
    }

    private static let description = """
        With no command, orgadvisor scores the company profile given by the criterion
        flags (below) or by --profile, ranks the organisation forms of the rule base and
        explains the result. The commands check, format and test rule files, score many
        profiles, analyse a result and write pages for a course.
        """

    private static let frenchDescription = """
        Sans commande, orgadvisor évalue le profil d’entreprise donné par les options
        de critères (ci-dessous) ou par --profile, classe les formes d’organisation de
        la base de règles et explique le résultat. Les commandes vérifient, mettent en
        forme et testent des fichiers de règles, évaluent de nombreux profils,
        analysent un résultat et écrivent des pages pour un cours.
        """

    private static let exitCodes: [(String, String, String)] = [
        ("0", "success", "succès"),
        (
            "1", "'check' found errors, or a 'test' case failed",
            "« check » a trouvé des erreurs, ou un cas de « test » a échoué"
        ),
        (
            "2",
            "usage error: unknown command or option, missing or invalid value (the message names it and suggests the nearest valid one)",
            "erreur d’utilisation : commande ou option inconnue, valeur manquante ou invalide (le message la nomme et propose la plus proche valide)"
        ),
        (
            "3",
            "unreadable or invalid input: rule files, profile JSON, test files, an input over its size limit; in 'batch', a record that failed; output that cannot be written",
            "entrée illisible ou invalide : fichiers de règles, profil JSON, fichiers de test, une entrée au-delà de sa taille maximale ; dans « batch », un enregistrement en échec ; une sortie impossible à écrire"
        ),
        (
            "4",
            "with --require-decided: the result is not decided (a provisional leader, a tie, or nothing given); the report is still printed",
            "avec --require-decided : le résultat n’est pas décidé (une forme en tête provisoire, une égalité, ou rien de renseigné) ; le rapport est tout de même affiché"
        ),
    ]

    private static let environment: [(String, String, String)] = [
        (
            "NO_COLOR", "when set and not empty, no colours (unless --color always is given)",
            "quand elle est définie et non vide, pas de couleurs (sauf avec --color always)"
        ),
        (
            "LC_ALL, LC_MESSAGES, LANG",
            "the language of the output when --lang is not given: French for a locale starting with 'fr', else English",
            "la langue de la sortie sans --lang : le français pour une locale qui commence par « fr », sinon l’anglais"
        ),
    ]
}
