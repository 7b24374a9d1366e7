import OrgAdvisor

/// A generated rule base of numbers only, the hardest shape for the analyses: six numeric
/// criteria (0 to 1,000), five forms, and rules that test one to three of the numbers
/// against thresholds spread over the whole range, some with an `or`. Every number is
/// then cut into hundreds of classes, and most tables read two or three numbers, so a
/// profile that leaves numbers unknown has many combinations of classes, and a question
/// about a number has hundreds of answers. Deterministic for a rule count.
enum NumberRuleBase {
    /// The number of numeric criteria.
    static let criteria = 6

    /// The rule base's one file.
    static func files(rules count: Int) -> [SourceFile] {
        [SourceFile(path: "numbers.orgrules", text: text(rules: count))]
    }

    /// Writes the rule base's file in `directory` (made if missing).
    static func write(rules count: Int, to directory: String) {
        writeRuleFiles(files(rules: count), to: directory)
    }

    /// The text of the rule base, with `count` rules.
    static func text(rules count: Int) -> String {
        var generator = Generator(state: 0xB0B0 &+ UInt64(count))
        var out = "# \(count) generated rules over numbers only (orgadvisor-benchmark).\n\n"
        out += "rulebase \"numbers\" version \"1\"\n"
        for index in 0..<criteria {
            out += """

                criterion n\(index): integer from 0 to 1000
                    label "Number \(index)"
                    question "What is number \(index)?"

                """
        }
        let forms = ["a", "b", "c", "d", "e"]
        for form in forms {
            out += """

                form \(form)
                    label "Form \(form.uppercased())"
                    description "Generated form \(form)."

                """
        }
        /// A threshold of number `criterion`.
        func atom(_ criterion: Int) -> String {
            let op = ["<", "<=", ">", ">="].randomElement(using: &generator)!
            return "n\(criterion) \(op) \(Int.random(in: 0...1000, using: &generator))"
        }
        for index in 0..<count {
            let read = (0..<criteria).shuffled(using: &generator).prefix(
                [1, 2, 3, 3].randomElement(using: &generator)!)
            var atoms = read.map(atom)
            if atoms.count > 1, Int.random(in: 0..<10, using: &generator) < 3 {
                atoms[0] = "(\(atoms[0]) or \(atom(read[read.startIndex])))"
            }
            let points = forms.shuffled(using: &generator)
                .prefix(Int.random(in: 1...3, using: &generator)).sorted()
                .map { form in
                    let value = Int.random(in: 1...3, using: &generator)
                    return "\(form) \(Bool.random(using: &generator) ? "+" : "-")\(value)"
                }
            out += """

                rule generated-\(index)
                    when \(atoms.joined(separator: " and "))
                    points \(points.joined(separator: ", "))
                    because "Generated rule \(index)."

                """
        }
        return out
    }
}
