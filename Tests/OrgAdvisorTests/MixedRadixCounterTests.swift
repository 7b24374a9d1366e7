import TestSupport
import Testing

@testable import OrgAdvisorEngine

/// The engine's odometer and union-find against plain definitions.
@Suite("Mixed-radix counter and disjoint sets")
struct MixedRadixCounterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let radices: [Int]
        var testDescription: String { "\(radices)" }
    }

    static let cases = [
        Case(radices: []), Case(radices: [1]), Case(radices: [3]), Case(radices: [2, 3]),
        Case(radices: [4, 1, 3]), Case(radices: [2, 2, 2, 5]),
    ]

    /// Every position, from each start, with the changed digits reported, matches
    /// the position written in mixed radix.
    @Test("positions in order, from any start, with the digits that change", arguments: cases)
    func enumeratesInOrder(_ testCase: Case) {
        let radices = testCase.radices
        let total = radices.reduce(1, *)
        #expect(MixedRadixCounter.count(radices) == total)
        for start in 0..<total {
            var counter = MixedRadixCounter(radices: radices, position: start)
            var shown = counter.digits
            for position in start..<total {
                #expect(counter.digits == MixedRadixCounterTests.plainDigits(position, radices))
                #expect(shown == counter.digits)
                let more = counter.increment { index, digit in shown[index] = digit }
                #expect(more == (position + 1 < total))
            }
            #expect(counter.digits == [Int](repeating: 0, count: radices.count))
        }
    }

    private static func plainDigits(_ position: Int, _ radices: [Int]) -> [Int] {
        var weight = radices.reduce(1, *)
        return radices.map { radix in
            weight /= radix
            return position / weight % radix
        }
    }

    @Test("disjoint sets are the connected components, named by their smallest member")
    func disjointSets() {
        var generator = SeededGenerator(state: 11)
        for _ in 0..<100 {
            let count = Int.random(in: 1...12, using: &generator)
            var sets = DisjointSets(count: count)
            var label = Array(0..<count)  // plain: relabel every member on each union
            for _ in 0..<Int.random(in: 0...count, using: &generator) {
                let a = Int.random(in: 0..<count, using: &generator)
                let b = Int.random(in: 0..<count, using: &generator)
                sets.union(a, b)
                let (old, new) = (max(label[a], label[b]), min(label[a], label[b]))
                label = label.map { $0 == old ? new : $0 }
            }
            #expect((0..<count).map { sets.find($0) } == label)
        }
    }
}
