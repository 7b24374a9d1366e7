/// A mixed-radix counter (an odometer): one digit per dimension, each with its own
/// radix, the last digit changing fastest. Every enumeration of combinations in the
/// engine steps with it: profiles of the value classes (``ProfileSpace``), completions
/// of the unknown criteria, the deep check's fact profiles and the batch's table rows.
package struct MixedRadixCounter: Sendable {
    /// The radix of each digit (each at least 1).
    package let radices: [Int]
    /// The current digits, each below its radix.
    package private(set) var digits: [Int]

    /// The counter at `position` (0 when all digits are 0).
    package init(radices: [Int], position: Int = 0) {
        self.radices = radices
        digits = MixedRadixCounter.digits(of: position, radices: radices)
    }

    /// The number of combinations (the product of the radices), nil on overflow.
    package static func count(_ radices: [Int]) -> Int? {
        var total = 1
        for radix in radices {
            let (product, overflow) = total.multipliedReportingOverflow(by: radix)
            if overflow { return nil }
            total = product
        }
        return total
    }

    /// The digits of `position`, last digit least significant.
    package static func digits(of position: Int, radices: [Int]) -> [Int] {
        var digits = [Int](repeating: 0, count: radices.count)
        var rest = position
        for index in radices.indices.reversed() {
            digits[index] = rest % radices[index]
            rest /= radices[index]
        }
        return digits
    }

    /// Steps to the next combination, calling `changed(index, digit)` for every digit
    /// that changes (the fastest first) with its new value. Returns false, all digits
    /// back at 0, after the last combination.
    @discardableResult
    @inline(__always)
    package mutating func increment(_ changed: (_ index: Int, _ digit: Int) -> Void = { _, _ in })
        -> Bool
    {
        let radices = self.radices
        let count = digits.count
        return digits.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return MixedRadixCounter.increment(
                base, count: count, radix: { radices[$0] }, changed)
        }
    }

    /// ``increment(_:)`` on digits in raw memory, with the radix of each digit from
    /// `radix`: for loops that must not allocate.
    @inline(__always)
    package static func increment(
        _ digits: UnsafeMutablePointer<Int>, count: Int, radix: (Int) -> Int,
        _ changed: (_ index: Int, _ digit: Int) -> Void
    ) -> Bool {
        var index = count - 1
        while index >= 0 {
            let digit = digits[index] + 1
            if digit < radix(index) {
                digits[index] = digit
                changed(index, digit)
                return true
            }
            digits[index] = 0
            changed(index, 0)
            index -= 1
        }
        return false
    }
}
