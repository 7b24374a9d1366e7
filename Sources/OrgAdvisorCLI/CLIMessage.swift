import OrgAdvisor

/// An error message as data, put into words in the language of the messages when it is
/// printed (``Context/failure(_:)``): what the option parser, the profile readers and
/// `test` refuse. The texts are ``CLIStrings`` and ``ErrorStrings``.
enum CLIMessage: Sendable {
    /// An option no spec has, with the nearest one (`--name`).
    case unknownOption(String, suggestion: String?)
    /// A value given to a flag (`--name`).
    case takesNoValue(String)
    /// An option without its value.
    case missingValue(OptionSpec)
    /// A value not among an option's allowed values, with the nearest one.
    case invalidOptionValue(String, option: String, allowed: [String], suggestion: String?)
    /// A non-repeatable option given twice (`--name`).
    case givenTwice(String)
    /// `--ID` used where ID is both an option of the command and a criterion's id.
    case criterionNamedAsOption(String)
    /// A command that does not exist, with the nearest one.
    case unknownCommand(String, suggestion: String?)
    /// A positional argument to a command that takes criteria as options.
    case unexpectedArgument(String)
    /// A value refused for a criterion of `rules`, named as its flag when `asFlag`.
    case profile(ProfileError, rules: RuleBase, asFlag: Bool)
    /// A `--weight` entry without `=`.
    case weightSyntax(String)
    /// A `--weight` entry naming no criterion.
    case unknownWeightCriterion(String, entry: String, suggestion: String?)
    /// A `--weight` entry whose weight is not a number >= 0 with at most 3 decimals.
    case invalidWeight(String, criterion: String)
    /// A file or standard input that could not be read.
    case cannotRead(FileSystem.Failure)
    /// Standard input closed when a profile was to be read from it (`<stdin>`).
    case stdinClosed(String)
    /// A profile that is not JSON: where (`path`) and why.
    case invalidJSON(String, JSONParseError)
    /// A JSON profile that gives a criterion of `rules` a value it refuses, or no object.
    case profileJSON(String, ProfileJSONError, rules: RuleBase)
    /// A directory without test files.
    case noTestFiles(String)
    /// `test` without files.
    case expectedTestFiles
    /// A positional argument to a command that takes none.
    case unexpectedPositional(String)
    /// `--jobs` not a whole number from 1 to 1024.
    case invalidJobs(String)
    /// `--x` and `--y` naming the same criterion.
    case sameAxes(String)
    /// A criterion that is an axis (`x` or `y`) and also given a value.
    case axisAlsoGiven(String, axis: String)
    /// `--x` or `--y` missing (the option's name), with the criteria of `rules`.
    case missingAxis(String, rules: RuleBase)
    /// A criterion of `--x`, `--y` or `--map` (the option's name) that `rules` lacks.
    case unknownAxis(String, option: String, rules: RuleBase)
    /// `--map` not two criteria separated by a comma.
    case mapSyntax(String)
    /// `--map` naming the same criterion twice.
    case sameMapCriterion(String)
    /// `report --fragment --format markdown`.
    case fragmentNeedsHTML
    /// `interview --profile -`.
    case profileFromStdin
    /// A compiled archive among other paths to `check` (its path).
    case archiveAlone(String)

    /// The message in `language`: one line, lower case, names quoted.
    func text(in language: Language) -> String {
        let errors = ErrorStrings.of(language)
        let strings = CLIStrings.of(language)
        let quoted = errors.quoted
        switch self {
        case .unknownOption(let name, let suggestion):
            return CLIStrings.format(strings.unknownOption, quoted(name))
                + errors.suggestion(suggestion.map(quoted))
        case .takesNoValue(let name):
            return CLIStrings.format(strings.takesNoValue, quoted(name))
        case .missingValue(let spec):
            var message = CLIStrings.format(
                strings.missingValue, quoted("--" + spec.name), spec.expected(in: language))
            if let allowed = spec.allowed {
                message += language.colon + " " + errors.alternatives(allowed)
            }
            return message
        case .invalidOptionValue(let value, let option, let allowed, let suggestion):
            return ErrorStrings.format(
                errors.invalidValue, quoted(value), quoted(option), errors.alternatives(allowed))
                + errors.suggestion(suggestion.map(quoted))
        case .givenTwice(let name):
            return CLIStrings.format(strings.givenTwice, quoted(name))
        case .criterionNamedAsOption(let id):
            // A criterion named `profile` cannot be given in a profile file either.
            guard id != "profile" else {
                return CLIStrings.format(
                    strings.criterionNamedProfile, quoted("--" + id), quoted(id))
            }
            return CLIStrings.format(
                strings.criterionNamedAsOption, quoted("--" + id), quoted(id),
                quoted("--profile FILE"))
        case .unknownCommand(let name, let suggestion):
            return CLIStrings.format(strings.unknownCommand, quoted(name))
                + (suggestion.map { errors.suggestion(quoted($0)) }
                    ?? CLIStrings.format(strings.evaluateHint, quoted("orgadvisor --sites 5")))
        case .unexpectedArgument(let text):
            return CLIStrings.format(strings.unexpectedArgument, quoted(text), quoted("--sites 5"))
        case .profile(let error, let rules, let asFlag):
            return error.message(in: language, rules: rules, asFlag: asFlag)
        case .weightSyntax(let entry):
            return CLIStrings.format(
                strings.weightSyntax, quoted(entry), quoted("--weight"), quoted("volume=2"))
        case .unknownWeightCriterion(let name, let entry, let suggestion):
            return CLIStrings.format(
                strings.unknownWeightCriterion, quoted(name), quoted("--weight \(entry)"))
                + errors.suggestion(suggestion.map(quoted))
        case .invalidWeight(let text, let criterion):
            return CLIStrings.format(
                strings.invalidWeight, quoted(text), quoted(criterion), quoted("--weight"))
        case .cannotRead(let failure):
            return ErrorStrings.format(
                errors.cannotRead, quoted(failure.path), strings.reason(failure))
        case .stdinClosed(let shown):
            return CLIStrings.format(strings.stdinClosed, quoted(shown))
        case .invalidJSON(let shown, let error):
            let message = error.message(in: language)
            let summary =
                error.isSyntaxError ? ErrorStrings.format(errors.invalidJSON, message) : message
            // `path:line:column:` as compilers write it, in every language.
            return "\(shown):\(error.line):\(error.column): \(summary)"
        case .profileJSON(let shown, let error, let rules):
            return "\(shown): \(error.message(in: language, rules: rules))"
        case .noTestFiles(let path):
            return CLIStrings.format(strings.noTestFiles, quoted(path), quoted(".orgtests"))
        case .expectedTestFiles:
            return CLIStrings.format(strings.expectedTestFiles, quoted("orgadvisor test Examples"))
        case .unexpectedPositional, .invalidJobs, .sameAxes, .axisAlsoGiven, .missingAxis,
            .unknownAxis, .mapSyntax, .sameMapCriterion, .fragmentNeedsHTML, .profileFromStdin,
            .archiveAlone:
            return commandOptionText(in: language)
        }
    }

    /// The messages of the commands' own options and arguments (axes, `--map`,
    /// `--jobs`…).
    private func commandOptionText(in language: Language) -> String {
        let errors = ErrorStrings.of(language)
        let strings = CLIStrings.of(language)
        let quoted = errors.quoted
        let f = { (template: String, values: [String]) in
            CLIStrings.format(template, arguments: values)
        }
        switch self {
        case .unexpectedPositional(let text): return f(strings.argument, [quoted(text)])
        case .invalidJobs(let text): return f(strings.jobs, [quoted(text), quoted("--jobs")])
        case .sameAxes(let id):
            return f(strings.sameAxes, [quoted("--x"), quoted("--y"), quoted(id)])
        case .axisAlsoGiven(let id, let axis):
            return f(strings.axisAlsoGiven, [quoted(id), quoted("--" + axis), quoted("--" + id)])
        case .missingAxis(let name, let rules):
            let ids = rules.criteria.map { $0.id }
            return f(strings.missingAxis, [quoted("--" + name), errors.alternatives(ids)])
        case .unknownAxis(let text, let option, let rules):
            let ids = rules.criteria.map { $0.id }
            return f(strings.unknownAxis, [quoted(text), quoted("--" + option)])
                + (NameSuggestion.nearest(to: text, in: ids).map {
                    errors.suggestion(errors.criterionName($0, rules: rules))
                }
                    ?? (language.semicolon + " "
                        + ErrorStrings.format(errors.expected, errors.alternatives(ids))))
        case .mapSyntax(let text):
            return f(
                strings.mapSyntax, [quoted(text), quoted("--map"), quoted("sites,complexity")])
        case .sameMapCriterion(let id):
            return f(strings.sameMapCriterion, [quoted("--map"), quoted(id)])
        case .fragmentNeedsHTML:
            return f(strings.fragmentNeedsHTML, [quoted("--fragment"), quoted("--format html")])
        case .profileFromStdin: return f(strings.profileFromStdin, [quoted("--profile -")])
        case .archiveAlone(let path): return f(strings.archiveAlone, [quoted(path)])
        default: return ""  // the messages of `text(in:)`
        }
    }
}
