import OrgAdvisor

extension OptionSpec {
    /// What its value must be, for the "missing value" message and the help of criterion
    /// flags: `one of 'low', 'medium' or 'high'`, `a whole number in 1…`, else the value
    /// name (`FILE`).
    func expected(in language: Language) -> String {
        let strings = CLIStrings.of(language)
        let errors = ErrorStrings.of(language)
        guard let criterion else {
            if let expected { return HelpText.translated(expected, in: language) }
            switch arity {
            case .value(let name), .optionalValue(let name): return name
            case .flag: return ""
            }
        }
        switch criterion.kind {
        case .choice, .level, .yesNo:
            let ids = criterion.values.map { $0.id }
            return CLIStrings.format(
                strings.oneOf, errors.alternatives(errors.valueNames(ids, of: criterion)))
        case .integer, .decimal:
            let whole = criterion.kind == .integer
            guard let range = criterion.rangeDescription else {
                return whole ? errors.aWholeNumber : errors.anyNumber
            }
            return CLIStrings.format(whole ? strings.wholeNumberIn : strings.numberIn, range)
        }
    }
}
