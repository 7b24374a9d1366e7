@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

extension RuleLoaderFuzz {
    /// The parsed declarations, printed back as source, load to a rule base that gives
    /// the same results (up to the layout: locations, condition texts, fingerprint), and
    /// printing that source again gives the same text.
    func checkPrinter(_ rules: RuleBase, expected: [String], profiles: [Profile]) {
        let printed = RuleLoaderFuzz.print(file, allowed: RuleLoaderFuzz.ruleKinds)
        let reloaded: RuleBase
        do throws(RuleBaseError) {
            reloaded = try RuleBase(files: [SourceFile(path: file.path, text: printed)])
        } catch {
            fatalError("the printed rule file does not load:\n\(printed)\n\(error)")
        }
        for (index, profile) in profiles.enumerated() {
            let language: Language = index % 2 == 0 ? .english : .french
            let original = try? JSONParser.parse(Array(expected[index].utf8), maxDepth: 1000)
            let again = reloaded.evaluate(profile).json(language: language)
            if original.map(RuleLoaderFuzz.layoutFree) != RuleLoaderFuzz.layoutFree(again) {
                fatalError("the printed rule file gives another result for profile \(index)")
            }
        }
        let source = SourceFile(path: file.path, text: printed)
        if RuleLoaderFuzz.print(source, allowed: RuleLoaderFuzz.ruleKinds) != printed {
            fatalError("printing the printed rule file changes it:\n\(printed)")
        }
    }

    /// The declarations a rule file may hold.
    static let ruleKinds: Set<DeclarationKind> = [
        .rulebase, .criterion, .form, .rule, .derive, .advice,
    ]

    /// A file parsed and printed back.
    static func print(_ file: SourceFile, allowed: Set<DeclarationKind>) -> String {
        var parser = Parser(file: file, fileIndex: 0, allowed: allowed)
        return SyntaxPrinter().print(parser.parseFile())
    }

    /// Evaluation JSON without what depends on the layout of the source: locations, the
    /// fingerprint, and the texts of conditions and clauses.
    static func layoutFree(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let items):
            return .array(items.map(layoutFree))
        case .object(let members):
            let isRule = members.contains { $0.0 == "weightSource" }
            let isClause = members.count == 2 && members[0].0 == "text"
            return .object(
                members.filter { key, _ in
                    key != "location" && key != "fingerprint" && !(isRule && key == "condition")
                        && !(isClause && key == "text")
                }.map { ($0, layoutFree($1)) })
        default:
            return value
        }
    }

    /// A test file printed back resolves to the same cases, and prints the same again.
    func checkPrinter(_ suite: RuleTestSuite, file: SourceFile) {
        let printed = RuleLoaderFuzz.print(file, allowed: [.testCase])
        let source = SourceFile(path: file.path, text: printed)
        let again: RuleTestSuite
        do throws(RuleBaseError) {
            again = try RuleTestSuite(files: [source], ruleBase: suite.ruleBase)
        } catch {
            fatalError("the printed test file does not load:\n\(printed)\n\(error)")
        }
        func shape(_ suite: RuleTestSuite) -> [String] {
            suite.cases.map {
                "\($0.id) \($0.profile) \($0.expectations.map(\.0)) \($0.card ?? "-")"
            }
        }
        if shape(again) != shape(suite) {
            fatalError("the printed test file has other cases:\n\(printed)")
        }
        if RuleLoaderFuzz.print(source, allowed: [.testCase]) != printed {
            fatalError("printing the printed test file changes it:\n\(printed)")
        }
    }
}
