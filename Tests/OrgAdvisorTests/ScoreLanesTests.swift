import TestSupport
import Testing

@testable import OrgAdvisorEngine

/// The analyses' lane-wise minimum and maximum (``ScoreLanes``) against the standard
/// ones, over the whole range of values the analyses hold: scores, differences, leads and
/// bounds strictly between the sentinels (±2⁶²), and each sentinel against them.
@Suite("ScoreLanes: lane-wise minimum and maximum")
struct ScoreLanesTests {
    /// Values at the edges of the range and around zero.
    static let edges: [Int64] = [
        Int64.min / 2 + 1, Int64.min / 2 + 2, -(1 << 61), -1_000_000, -1, 0, 1, 3_000_000,
        1 << 61, -(Int64.min / 2) - 2, -(Int64.min / 2) - 1,
    ]

    @Test("every pair of edge values, in every lane", arguments: edges)
    func edgePairs(first: Int64) {
        for second in Self.edges {
            var a = SIMD8<Int64>(repeating: first)
            var b = SIMD8<Int64>(repeating: second)
            // Mixed lanes: each vector holds both values, in opposite lanes.
            for lane in stride(from: 1, to: 8, by: 2) {
                a[lane] = second
                b[lane] = first
            }
            #expect(ScoreLanes.lesser(a, b) == pointwiseMin(a, b))
            #expect(ScoreLanes.greater(a, b) == pointwiseMax(a, b))
        }
    }

    @Test("random values within the range")
    func randomValues() {
        var generator = SeededGenerator(state: 12)
        let bound = -(Int64.min / 2) - 1
        for _ in 0..<10_000 {
            var a = SIMD8<Int64>()
            var b = SIMD8<Int64>()
            for lane in 0..<8 {
                a[lane] = Int64.random(in: -bound...bound, using: &generator)
                b[lane] = Int64.random(in: -bound...bound, using: &generator)
            }
            #expect(ScoreLanes.lesser(a, b) == pointwiseMin(a, b))
            #expect(ScoreLanes.greater(a, b) == pointwiseMax(a, b))
        }
    }

    @Test("the sentinels lie beyond every value and leave it unchanged")
    func sentinels() {
        let inside = -(Int64.min / 2) - 1
        let value = SIMD8<Int64>(-inside, -5, 0, 7, inside, 1 << 61, -(1 << 61), 42)
        #expect(ScoreLanes.greater(ScoreLanes.lowest, value) == value)
        #expect(ScoreLanes.lesser(ScoreLanes.highest, value) == value)
    }

    @Test("equal in every lane, or not, as the standard comparison says")
    func same() {
        var generator = SeededGenerator(state: 13)
        for round in 0..<2_000 {
            var a = SIMD8<Int64>()
            for lane in 0..<8 { a[lane] = Int64.random(in: .min ... .max, using: &generator) }
            var b = a
            if round % 2 == 1 {
                // One lane differs, by one bit or by a random value.
                let lane = round / 2 % 8
                b[lane] ^=
                    round % 4 == 1
                    ? 1 << Int64(round % 64) : .random(in: 1 ... .max, using: &generator)
            }
            #expect(ScoreLanes.same(a, b) == (a == b), "\(a) \(b)")
            #expect(ScoreLanes.same(a, b) == (round % 2 == 0))
        }
    }
}
