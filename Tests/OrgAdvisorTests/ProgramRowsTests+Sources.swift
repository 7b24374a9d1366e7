/// The rule bases of ``ProgramRowsTests``.
extension ProgramRowsTests {
    /// Listed criteria read alone (`k1` to `k3`) or only with others (`k4`), numbers read
    /// alone (`n1`, more than 64 thresholds; `n2`, decimals with open and closed ends) or
    /// only with others (`n3`, unbounded above; `n4`, unbounded), and tables over two,
    /// three, four and five criteria; `forms` forms.
    static func source(forms: Int) -> String {
        var text = """
            rulebase "rows" version "1"

            criterion k1: choice
                label "K1"
                value a
                value b
                value c
            criterion k2: yesno
                label "K2"
            criterion k3: level
                label "K3"
                value low
                value mid
                value high
                value top
            criterion k4: choice
                label "K4"
                value p
                value q
                value r
                value s
            criterion n1: integer from 0 to 1000
                label "N1"
            criterion n2: decimal from -5 to 5
                label "N2"
            criterion n3: integer from 1
                label "N3"
            criterion n4: decimal
                label "N4"

            """
        for form in 1...forms {
            text += "form f\(form)\n    label \"F\(form)\"\n    description \"Form \(form).\"\n"
        }
        var conditions = [
            "k1 = a", "k1 in [b, c]", "not (k1 = b)", "k2 = yes", "k3 >= mid", "k3 = top",
            "n2 < -2.5", "n2 <= 0", "n2 > 1.25", "n2 >= 3", "n2 = 4.5", "n2 != -1",
            "n2 > 4.75", "n2 < -4", "n2 <= -3.5",
            "k1 = a and n1 > 500", "k4 = p and n2 <= 1", "k4 in [q, r] or n1 < 100",
            "k1 = c and k2 = no and n3 >= 10", "k4 = s and n3 < 5 and n4 > 0.5",
            "k1 = a and k2 = yes and k3 = low and n3 > 2",
            "k1 = b and k2 = no and k4 = q and n1 >= 40 and n4 <= -1",
        ]
        let operators = ["<", "<=", ">", ">=", "=", "!="]
        for index in 0..<80 {
            conditions.append("n1 \(operators[index % operators.count]) \(12 * index + 3)")
        }
        for (index, condition) in conditions.enumerated() {
            let first = index % forms + 1
            let second = (index * 7 + 3) % forms + 1
            text += """

                rule r\(index)
                    when \(condition)
                    points f\(first) +\(index % 3 + 1)\(first == second ? "" : ", f\(second) -1.5")
                    because "Rule \(index)."

                """
        }
        return text
    }

    /// Two rules over one number whose shared table would pass
    /// ``ProgramMemory/rowLimit`` rows (4,100 values each, a class each and one between
    /// each two): each gets its own table, and a third rule a third one.
    static var twoUnarySource: String {
        let low = (0..<4100).map { String(2 * $0 + 1) }.joined(separator: ", ")
        let high = (0..<4100).map { String(20_001 + 2 * $0) }.joined(separator: ", ")
        return """
            rulebase "unary" version "1"

            criterion x: decimal from 0 to 100000
                label "X"
            form a
                label "A"
                description "Form A."
            form b
                label "B"
                description "Form B."

            rule low
                when x in [\(low)]
                points a +1
                because "Low."
            rule high
                when x in [\(high)]
                points b +2, a -1
                because "High."
            rule middle
                when x > 10000
                points b +1
                because "Middle."

            """
    }

    /// Listed criteria only, each read alone by its rules.
    static let listedSource = """
        rulebase "listed" version "1"

        criterion kind: choice
            label "Kind"
            value a
            value b
            value c
        criterion level: level
            label "Level"
            value low
            value mid
            value high
        criterion flag: yesno
            label "Flag"
        form alpha
            label "Alpha"
            description "Form Alpha."
        form beta
            label "Beta"
            description "Form Beta."

        rule kind-a
            when kind = a
            points alpha +2, beta -1
            because "Kind."
        rule kind-bc
            when kind in [b, c]
            points beta +1.5
            because "Kind."
        rule level-mid
            when level >= mid
            points beta +2
            because "Level."
        rule flag-yes
            when flag = yes
            points alpha +1
            because "Flag."
        """
}
