import OrgAdvisor
import Synchronization

/// What is held until the process exits: the rule bases loaded from `--rules` and a
/// command's evaluations. Freeing thousands of rules, or the trace of each, at the end of
/// a command would cost about as long as making them did.
private let heldUntilExit = Mutex<[any Sendable]>([])

/// What every command needs: the terminal, its arguments, and the shared options
/// (rule base, language, colour).
struct Context {
    let terminal: Terminal
    let arguments: [String]

    /// The value of `--rules` found before full parsing (criterion flags depend on it).
    var rulesPath: String? {
        lastValue(of: "rules")
    }

    /// The language of error messages, known before the arguments are parsed (an error
    /// may come from parsing them): a valid `--lang` among the arguments (in any case),
    /// else the
    /// locale's. An invalid `--lang` gives English: its own error, and any error found
    /// before it, come before a language is known.
    var messageLanguage: Language {
        guard let lang = lastValue(of: "lang") else {
            return Language(locale: terminal.language ?? "en")
        }
        return OptionSpec.lang.allowedValue(lang).flatMap(Language.init(rawValue:)) ?? .english
    }

    /// The last value of the option `--name` among the arguments (`--name VALUE` or
    /// `--name=VALUE`, before `--`), found before full parsing.
    private func lastValue(of name: String) -> String? {
        var index = 0
        var found: String?
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--" + name, index + 1 < arguments.count {
                found = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix("--\(name)=") {
                found = String(argument.dropFirst(name.count + 3))
            }
            index += 1
        }
        return found
    }

    /// Whether `--help` or `-h` is among the arguments.
    var wantsHelp: Bool {
        arguments.prefix { $0 != "--" }.contains { $0 == "--help" || $0 == "-h" }
    }

    /// Keeps `value` until the process exits, unfreed (see `heldUntilExit`).
    func hold(_ value: some Sendable) {
        heldUntilExit.withLock { $0.append(value) }
    }

    /// Loads the rule base: `--rules PATH` (rule files or a compiled archive), or the
    /// built-in one.
    func loadRuleBase() throws(CLIError) -> RuleBase {
        guard let path = rulesPath else { return RuleBase.builtIn }
        let limits = try InputLimits(terminal)
        HeapReservation.prepare(forRulesAt: path)
        do {
            let rules = try RuleBase(
                path: path, limit: limits.ruleFile, archiveLimit: limits.ruleArchive)
            hold(rules)
            return rules
        } catch {
            // A path that cannot be read has no source line to show.
            if error.diagnostics.allSatisfy({ $0.location == nil }) {
                var message = error.diagnostics.map(\.message).joined(separator: "; ")
                if RuleBase.isArchiveError(error) {
                    message +=
                        "; compile its rule files again: '\(CompileCommand.example(output: path))'"
                }
                throw .input(message)
            }
            throw .rules(error)
        }
    }

    /// The output language: `--lang`, else the locale.
    func language(_ parsed: ParsedArguments) -> Language {
        if let lang = parsed.value("lang"), let language = Language(rawValue: lang) {
            return language
        }
        return Language(locale: terminal.language ?? "en")
    }

    /// Whether standard output gets colours: `--color`, NO_COLOR, and whether it is a terminal.
    func color(_ parsed: ParsedArguments) -> Bool {
        color(parsed, isTerminal: terminal.stdoutIsTerminal)
    }

    /// Whether standard error gets colours.
    func stderrColor(_ parsed: ParsedArguments?) -> Bool {
        color(parsed, isTerminal: terminal.stderrIsTerminal)
    }

    /// Whether a stream gets colours: as `--color` says; NO_COLOR only changes the
    /// default (`auto`), so an explicit `--color always` still colours.
    private func color(_ parsed: ParsedArguments?, isTerminal: Bool) -> Bool {
        switch parsed?.value("color", default: ColorChoice.auto) ?? .auto {
        case .always: return true
        case .never: return false
        case .auto: return isTerminal && !terminal.noColor
        }
    }

    /// The width to fit text into: the terminal's when wider than 80, else 80.
    var width: Int {
        max(80, terminal.stdoutWidth ?? 80)
    }

    /// The output for a failure: a message on standard error and the exit code, in the
    /// language of the messages (``messageLanguage``; the diagnostics of rule files stay
    /// English, like the rule language's keywords).
    func failure(_ error: any Error) -> CommandOutput {
        var output = CommandOutput()
        let language = messageLanguage
        let strings = ErrorStrings.of(language)
        let label = FrenchTypography.typeset(strings.error, french: language == .french)
        let color = stderrColor(nil)
        let prefix = color ? "\u{1B}[1;31m\(label)\u{1B}[0m" : label
        switch error {
        case CLIError.usage(let message, let command):
            output.stderr = usage(message, command: command, prefix: prefix, strings: strings)
            output.code = ExitCode.usage
        case CLIError.invalidUsage(let message, let command):
            output.stderr = usage(
                message.text(in: language), command: command, prefix: prefix, strings: strings)
            output.code = ExitCode.usage
        case CLIError.input(let message):
            output.stderr = "\(prefix) \(message)\n"
            output.code = ExitCode.invalidInput
        case CLIError.invalidInput(let message):
            output.stderr = "\(prefix) \(message.text(in: language))\n"
            output.code = ExitCode.invalidInput
        case CLIError.rules(let error):
            return CommandOutput(
                stderr: DiagnosticRenderer(color: color).render(error.diagnostics),
                code: ExitCode.invalidInput)
        default:
            output.stderr = "\(prefix) \(error)\n"
            output.code = ExitCode.invalidInput
        }
        output.stderr = FrenchTypography.typeset(output.stderr, french: language == .french)
        return output
    }

    /// A usage error: the message, the command's usage line and where to find its help.
    private func usage(
        _ message: String, command: String?, prefix: String, strings: ErrorStrings
    ) -> String {
        let helpCommand =
            command.map { $0 == "evaluate" ? "orgadvisor --help" : "orgadvisor \($0) --help" }
            ?? "orgadvisor --help"
        return "\(prefix) \(message)\n"
            + "\(strings.usage) \(HelpText.usageLine(command ?? EvaluateCommand.command.name))\n"
            + ErrorStrings.format(strings.see, strings.quoted(helpCommand)) + "\n"
    }
}
