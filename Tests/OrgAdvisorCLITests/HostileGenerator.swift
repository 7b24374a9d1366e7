/// The large inputs of the hostile-input corpus, made when a case runs rather than kept
/// in the repository: each generator writes one file from a count.
enum HostileGenerator {
    /// A small rule base: `sites` (integer), `volume` (level), forms `a` and `b`.
    static let header = """
        criterion sites: integer from 1 to 1000000
            label "Sites"
        criterion volume: level
            label "Volume"
            value low "low"
            value high "high"
        form a
            label "A"
            description "A"
        form b
            label "B"
            description "B"

        """

    static func rule(_ condition: String, points: String = "a +1") -> String {
        "rule r\n    when \(condition)\n    points \(points)\n    because \"r\"\n"
    }

    /// The text of generator `name` with `count`, or nil for an unknown name.
    static func make(_ name: String, count: Int) -> String? {
        switch name {
        case "and-chain":
            // One clause a line: a left-deep tree of `count` levels before the fix.
            var text = header + "rule r\n    when sites >= 1\n"
            for index in 0..<count { text += "        and sites >= \(index % 1000 + 1)\n" }
            return text + "    points a +1\n    because \"r\"\n"
        case "or-line":
            // All clauses on one line: columns counted from the line start each time.
            let clauses = (1...count).map { "sites = \($0)" }.joined(separator: " or ")
            return header + rule(clauses)
        case "in-list":
            let values = (1...count).map(String.init).joined(separator: ", ")
            return header + rule("sites in [\(values)]")
        case "choice-values":
            var text = header + "criterion kind: choice\n    label \"Kind\"\n"
            for index in 0..<count { text += "    value v\(index) \"V\(index)\"\n" }
            let values = (0..<count).map { "v\($0)" }.joined(separator: ", ")
            return text + rule("kind in [\(values)]")
        case "thresholds":
            var text = header
            for index in 0..<count {
                text +=
                    "rule r\(index)\n    when sites >= \(index + 1)\n    points a +1, b -1\n    because \"r\"\n"
            }
            return text
        case "heavy-points":
            var text = header
            for index in 0..<count {
                text +=
                    "rule r\(index)\n    when volume = high\n    points a +10000, b -1\n    because \"r\"\n"
            }
            return text
        case "ignored-keys":
            let keys = (0..<count).map { "\"_k\($0)\":1" }.joined(separator: ",")
            return "{\(keys),\"sites\":5}\n{\"sites\":6}\n"
        case "long-name":
            // A record whose name is `count` KiB long, then a short one.
            let name = String(repeating: "x", count: count * 1024)
            return "{\"name\":\"\(name)\",\"sites\":5}\n{\"sites\":6}\n"
        default:
            return nil
        }
    }
}
