import OrgAdvisorRules

/// The words of the rule language (`.orgrules` files), by where they may be written:
/// taken from the parser's own tables where it has them (declarations, attributes,
/// criterion types, the kinds of `accept`), so that completion and the editors'
/// grammars follow the language.
public enum RuleLanguageKeywords {
    /// The declarations a rule file may hold, in column 1 (`criterion`, `form`, …).
    public static let declarations: [String] = DeclarationKind.allCases.filter {
        $0 != .testCase
    }.map { $0.rawValue }

    /// The attributes of each declaration, by its keyword.
    public static let attributes: [String: [String]] = [String: [String]](
        keepingFirst: DeclarationKind.allCases.filter { $0 != .testCase }.map {
            ($0.rawValue, $0.attributes)
        })

    /// Every attribute keyword of rule files, each once, in a stable order.
    public static let allAttributes: [String] = {
        var seen = Set<String>()
        var out: [String] = []
        for kind in DeclarationKind.allCases where kind != .testCase {
            for attribute in kind.attributes where seen.insert(attribute).inserted {
                out.append(attribute)
            }
        }
        return out
    }()

    /// The types written after `criterion ID :`.
    public static let types: [String] = Criterion.Kind.allCases.map { $0.rawValue }

    /// The words of conditions: `not`, `and`, `or`, `in`.
    public static let conditionWords = ["and", "or", "not", "in"]

    /// The language tags of a text: `en "…" fr "…"`.
    public static let languageTags = Language.allCases.map { $0.rawValue }

    /// Words inside headers and attribute lines: the rule base's `version`, a number
    /// criterion's `from` and `to`, a value's `alias` (or `aliases`).
    public static let otherWords = ["version", "from", "to", "alias", "aliases"]

    /// The values of a `yesno` criterion.
    public static let yesNoValues = ["yes", "no"]

    /// The kinds of finding an `accept` line may name.
    public static let acceptKinds: [String] = FindingKind.acceptable.map { $0.rawValue }

    /// Every word above, each once.
    public static let all: [String] = {
        var seen = Set<String>()
        let words =
            declarations + allAttributes + types + conditionWords + languageTags + otherWords
            + yesNoValues + acceptKinds
        return words.filter { seen.insert($0).inserted }
    }()
}
