import OrgAdvisor

/// One option a command accepts, used both to parse and to write `--help`.
struct OptionSpec {
    /// How an option takes a value.
    enum Arity {
        /// `--flag`
        case flag
        /// `--name VALUE` or `--name=VALUE`
        case value(String)
        /// `--name`, `--name=VALUE`, or `--name VALUE` when the next argument is one of
        /// its allowed values (any other next argument is not its value)
        case optionalValue(String)
    }

    /// The long name without dashes.
    var name: String
    /// A short name without the dash, e.g. `h`.
    var short: String?
    /// Its value.
    var arity: Arity
    /// One line of help.
    var help: String
    /// The values allowed, when it is a fixed list (shown in help, checked when parsing).
    var allowed: [String]?
    /// Whether it may be given several times.
    var repeatable = false
    /// What its value must be, for the "missing value" message (default: the value name;
    /// for a criterion flag, from its criterion: ``expected(in:)``).
    var expected: String?
    /// The criterion of a criterion flag.
    var criterion: Criterion?

    /// `--name VALUE`, as shown in help.
    var synopsis: String {
        var text = "--\(name)"
        if let short { text = "-\(short), " + text }
        switch arity {
        case .flag: break
        case .value(let name): text += " \(name)"
        case .optionalValue(let name): text += "[=\(name)]"
        }
        return text
    }
}

extension OptionSpec {
    /// The allowed value `text` spells, in the spelling of ``allowed``: choices are
    /// case-insensitive and surrounding spaces are ignored (`--lang FR`, `--format JSON`);
    /// nil when it is none of them, or when the option has no fixed list.
    func allowedValue(_ text: String) -> String? {
        guard let allowed else { return nil }
        let key = OptionSpec.choiceKey(text)
        return allowed.first { OptionSpec.choiceKey($0) == key }
    }

    /// A choice compared without case and surrounding spaces.
    static func choiceKey(_ text: String) -> String {
        var scalars = Substring(text)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return scalars.lowercased()
    }
}

/// The result of parsing: option values by name and positional arguments.
struct ParsedArguments {
    /// Values of each option given, in order (an empty string for flags).
    var options: [String: [String]] = [:]
    /// Arguments that are not options.
    var positionals: [String] = []

    /// The last value of an option.
    func value(_ name: String) -> String? {
        options[name]?.last
    }

    /// The file `--output` names, or nil for standard output: not given, or `-`, which
    /// names standard output for every command, as it names standard input.
    var outputFile: String? {
        value("output").flatMap { $0 == "-" ? nil : $0 }
    }

    /// Whether an option was given.
    func has(_ name: String) -> Bool {
        options[name] != nil
    }

    /// The value of an option whose values are an enum's raw values (checked when
    /// parsing), or `default` when it is not given.
    func value<Value: RawRepresentable<String>>(_ name: String, default: Value) -> Value {
        value(name).flatMap(Value.init(rawValue:)) ?? `default`
    }
}

/// Parses command-line arguments against option specs.
struct ArgumentParser {
    let specs: [OptionSpec]
    let command: String?

    /// Parses, or throws a usage error naming the argument and the nearest valid one.
    func parse(_ arguments: [String]) throws(CLIError) -> ParsedArguments {
        var result = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                result.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name: String
            var inlineValue: String?
            if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                if let equal = body.firstIndex(of: "=") {
                    name = String(body[..<equal])
                    inlineValue = String(body[body.index(after: equal)...])
                } else {
                    name = String(body)
                }
            } else {
                let short = String(argument.dropFirst())
                guard let spec = specs.first(where: { $0.short == short }) else {
                    throw unknownOption(argument)
                }
                name = spec.name
            }
            guard let spec = specs.first(where: { $0.name == name }) else {
                throw unknownOption("--" + name)
            }
            var value: String
            switch spec.arity {
            case .flag:
                if inlineValue != nil {
                    throw CLIError.invalidUsage(.takesNoValue("--" + name), command: command)
                }
                value = ""
            case .optionalValue:
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count, spec.allowedValue(arguments[index]) != nil {
                    value = arguments[index]
                    index += 1
                } else {
                    value = ""
                }
            case .value:
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    throw CLIError.invalidUsage(.missingValue(spec), command: command)
                }
            }
            if let allowed = spec.allowed, !value.isEmpty || inlineValue != nil {
                guard let canonical = spec.allowedValue(value) else {
                    throw CLIError.invalidUsage(
                        .invalidOptionValue(
                            value, option: "--" + name, allowed: allowed,
                            suggestion: NameSuggestion.nearest(to: value, in: allowed)),
                        command: command)
                }
                value = canonical
            }
            if result.options[name] != nil && !spec.repeatable {
                throw CLIError.invalidUsage(.givenTwice("--" + name), command: command)
            }
            result.options[name, default: []].append(value)
        }
        return result
    }

    private func unknownOption(_ text: String) -> CLIError {
        let names = specs.map { "--" + $0.name }
        return .invalidUsage(
            .unknownOption(text, suggestion: NameSuggestion.nearest(to: text, in: names)),
            command: command)
    }
}
