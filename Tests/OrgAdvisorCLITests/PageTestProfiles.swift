import Foundation
import OrgAdvisor

/// Profiles for the page's tests: generated from the rule base's criteria with a fixed
/// seed, many criteria unknown, values at the rules' thresholds, and known ties.
enum PageTestProfiles {
    /// A profile as JSON members, in criterion order.
    typealias Profile = [(String, String)]

    /// `count` profiles: nothing given, a known tie, then random ones.
    static func generate(count: Int, rules: RuleBase) -> [Profile] {
        var generator = Generator(state: 0x9E37_79B9_7F4A_7C15)
        var profiles: [Profile] = [[], [("sites", "5"), ("volume", "\"high\"")]]
        while profiles.count < count {
            // Fewer criteria given in some profiles: more of them undecided or tied.
            let unknownShare = [30, 55, 80][generator.next(3)]
            var profile: Profile = []
            for criterion in rules.criteria where generator.next(100) >= unknownShare {
                if criterion.kind.isEnumerated {
                    let value = criterion.values[generator.next(criterion.values.count)]
                    profile.append((criterion.id, "\"\(value.id)\""))
                } else {
                    let low = Int(criterion.minimum ?? 0)
                    let choices = [
                        low, low + 1, low + 2, low + 3, 9, 10, 49, 50, 51, 250, 251, 1000,
                    ]
                    profile.append((criterion.id, "\(choices[generator.next(choices.count)])"))
                }
            }
            profiles.append(profile)
        }
        return profiles
    }

    /// The profile as one line of JSON.
    static func json(_ profile: Profile) -> String {
        "{" + profile.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// What batch and the page both give, from one batch JSON line.
    static func summary(ofBatchLine line: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        var summary: [String: Any] = [:]
        for key in [
            "status", "recommended", "winner", "tie", "ranking", "scores", "possibleWinners",
        ] {
            summary[key] = object?[key] ?? NSNull()
        }
        return summary
    }

    /// A text equal for equal JSON values, whatever the order of keys.
    static func canonical(_ value: [String: Any]) -> String {
        let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
        return String(decoding: data ?? Data(), as: UTF8.self)
    }

    /// A small deterministic generator (SplitMix64).
    struct Generator {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }
}
