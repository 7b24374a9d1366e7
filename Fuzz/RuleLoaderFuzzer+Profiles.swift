@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

extension RuleLoaderFuzz {
    /// `count` profiles for a rule base: the empty one, a full one, then profiles drawn
    /// from the input's hash (each criterion unknown, or one of its values, or a number
    /// near a constant its conditions compare it with).
    func profiles(for rules: RuleBase, count: Int) -> [Profile] {
        var constants: [Int: [Double]] = [:]
        for rule in rules.rules { rule.condition.collectConstants(into: &constants) }
        for derivation in rules.derivations {
            derivation.condition.collectConstants(into: &constants)
        }
        var generator = SplitMix(state: seed)
        var result = [Profile(for: rules)]
        for index in 1..<max(1, count) {
            var profile = Profile(for: rules)
            for criterion in rules.criteria {
                if index > 1, generator.next() % 3 == 0 { continue }
                let value = self.value(
                    for: criterion, in: rules, constants: constants[criterion.index] ?? [],
                    using: &generator)
                profile.setRawValue(value, at: criterion.index)
            }
            result.append(profile)
        }
        return result
    }

    /// A valid value for a criterion, or nil when the one drawn is out of range.
    private func value(
        for criterion: Criterion, in rules: RuleBase, constants: [Double],
        using generator: inout SplitMix
    ) -> Double? {
        if criterion.kind.isEnumerated {
            guard !criterion.values.isEmpty else { return nil }
            return Double(generator.next() % UInt64(criterion.values.count))
        }
        var candidates = constants + [0, 1, -1, 1_000_000]
        candidates += [criterion.minimum, criterion.maximum].compactMap { $0 }
        let base = candidates[Int(generator.next() % UInt64(candidates.count))]
        let offsets: [Double] = criterion.kind == .integer ? [0, 1, -1] : [0, 0.5, -0.001]
        let number = base + offsets[Int(generator.next() % UInt64(offsets.count))]
        do throws(ProfileError) {
            return try rules.check(number, for: criterion, text: "\(number)")
        } catch {
            return nil
        }
    }
}

/// A small deterministic random generator (SplitMix64).
struct SplitMix {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
