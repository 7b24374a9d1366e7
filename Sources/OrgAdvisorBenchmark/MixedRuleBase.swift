import Foundation
import OrgAdvisor

/// A generated rule base of a realistic mixed shape, over the default rule base's criteria,
/// forms, derivations and advice: about three rules in four test one criterion (a value,
/// a list of values, or a number against a threshold spread over its range), the others
/// combine two or three with `and`, some with `or` or `not`; each rule gives points to one
/// to three forms. Deterministic for a rule count.
enum MixedRuleBase {
    /// The rule base's files: the default ones but its rules, and `count` generated rules.
    static func files(rules count: Int) -> [SourceFile] {
        var files = RuleBase.builtInFiles.filter { !$0.path.hasSuffix("40-rules.orgrules") }
        files.append(SourceFile(path: "Rules/40-mixed-rules.orgrules", text: text(rules: count)))
        return files
    }

    /// Writes the rule base's files in `directory` (made if missing), by their names.
    static func write(rules count: Int, to directory: String) {
        writeRuleFiles(files(rules: count), to: directory)
    }

    /// The text of `count` generated rules.
    static func text(rules count: Int) -> String {
        let builtIn = RuleBase.builtIn
        let criteria = builtIn.criteria
        let forms = builtIn.forms.map { $0.id }
        var generator = Generator(state: 0x5EED &+ UInt64(count))
        var out = "# \(count) generated rules of a mixed shape (orgadvisor-benchmark).\n"
        for index in 0..<count {
            let condition: String
            if Int.random(in: 0..<4, using: &generator) == 0 {
                condition = combined(criteria, &generator)
            } else {
                condition = atom(criteria.randomElement(using: &generator)!, &generator)
            }
            var scored = forms.shuffled(using: &generator).prefix(
                Int.random(in: 1...3, using: &generator))
            scored.sort()
            let points = scored.map { form in
                let value = Int.random(in: 1...3, using: &generator)
                return "\(form) \(Bool.random(using: &generator) ? "+" : "-")\(value)"
            }
            out += """

                rule generated-\(index)
                    when \(condition)
                    points \(points.joined(separator: ", "))
                    because en "Generated rule \(index)." fr "Règle générée \(index)."

                """
        }
        return out
    }

    /// Two or three atoms joined by `and`, sometimes an `or` of two inside, sometimes a
    /// `not`.
    private static func combined(_ criteria: [Criterion], _ generator: inout Generator) -> String {
        let chosen = criteria.shuffled(using: &generator).prefix(
            Int.random(in: 2...3, using: &generator))
        var parts = chosen.map { atom($0, &generator) }
        switch Int.random(in: 0..<4, using: &generator) {
        case 0:
            parts[0] = "(\(parts[0]) or \(atom(chosen[chosen.startIndex], &generator)))"
        case 1:
            parts[parts.count - 1] = "not (\(parts[parts.count - 1]))"
        default:
            break
        }
        return parts.joined(separator: " and ")
    }

    /// One comparison of a criterion: a value or a list of values of a listed
    /// criterion, a threshold of a number.
    private static func atom(_ criterion: Criterion, _ generator: inout Generator) -> String {
        if criterion.kind.isEnumerated {
            let values = criterion.values.map { $0.id }
            if values.count > 2, Bool.random(using: &generator) {
                let some = values.shuffled(using: &generator).prefix(2).sorted()
                return "\(criterion.id) in [\(some.joined(separator: ", "))]"
            }
            let op = Bool.random(using: &generator) ? "=" : "!="
            return "\(criterion.id) \(op) \(values.randomElement(using: &generator)!)"
        }
        // Above the lowest value, so that every comparison holds for some values and
        // fails for others (`sites < 1` would never hold).
        let low = Int(criterion.minimum ?? 0)
        let threshold = Int.random(in: (low + 1)...(low + 400), using: &generator)
        let op = ["<", "<=", ">", ">="].randomElement(using: &generator)!
        return "\(criterion.id) \(op) \(threshold)"
    }
}

/// Writes rule files in `directory` (made if missing), each by its name (the last part of
/// its path).
func writeRuleFiles(_ files: [SourceFile], to directory: String) {
    try! FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    for file in files {
        let name = String(file.path.split(separator: "/").last!)
        guard
            FileManager.default.createFile(
                atPath: directory + "/" + name, contents: Data(file.bytes))
        else { fatalError("cannot write '\(directory)/\(name)'") }
    }
}
