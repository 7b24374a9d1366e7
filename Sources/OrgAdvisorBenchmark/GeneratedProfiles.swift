import OrgAdvisor

// The generated profiles of the benchmark: deterministic, over the default rule base's
// criteria, in process or written as JSON Lines.

/// A small deterministic random number generator (splitmix64), so that every run writes
/// the same profiles.
struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A deterministic profile: each criterion given with probability `tenthsGiven` / 10
/// (0.9 unless said).
func profileMembers(_ rules: RuleBase, _ generator: inout Generator, tenthsGiven: Int = 9)
    -> [(String, String)]
{
    var members: [(String, String)] = []
    for criterion in rules.criteria where Int.random(in: 0..<10, using: &generator) < tenthsGiven {
        if criterion.kind.isEnumerated {
            members.append(
                (criterion.id, "\"" + criterion.values.randomElement(using: &generator)!.id + "\""))
        } else {
            let low = Int(criterion.minimum ?? 0)
            members.append(
                (criterion.id, String(Int.random(in: low...(low + 400), using: &generator))))
        }
    }
    return members
}

func profiles(_ rules: RuleBase, count: Int) -> [Profile] {
    var generator = Generator(state: 42)
    return (0..<count).map { _ in
        var profile = Profile(for: rules)
        for (id, value) in profileMembers(rules, &generator) {
            try! rules.set(id, value.replacing("\"", with: ""), in: &profile)
        }
        return profile
    }
}

/// Writes `count` generated profiles as JSON Lines to `path`, each criterion given with
/// probability `tenthsGiven` / 10; returns the byte count.
func writeInput(count: Int, to path: String, tenthsGiven: Int = 9) -> Int {
    var file = LineFile(path: path)
    var generator = Generator(state: 7)
    for index in 0..<count {
        let members = profileMembers(RuleBase.builtIn, &generator, tenthsGiven: tenthsGiven)
        file.append(
            "{"
                + (["\"id\":\(index)"] + members.map { "\"\($0.0)\":\($0.1)" }).joined(
                    separator: ",") + "}")
    }
    return file.close()
}
