import OrgAdvisorRules

/// Lane-wise minimum and maximum of score vectors, for the analyses' bounds and leads.
///
/// The standard `pointwiseMin` and `pointwiseMax` of 64-bit lanes compare with an
/// instruction that baseline x86-64 lacks, so they are emulated lane pair by lane pair.
/// Scores, their differences and the leads and bounds the analyses add up stay strictly
/// between −2⁶² and 2⁶² (``ScoreLimit``: every form's weighted points add up to less
/// than 2⁶¹ in magnitude), so the difference of two of them never wraps, and its sign,
/// spread over its lane, picks the lesser or the greater with additions and masks alone:
/// about twice as fast, and exact in that range. ``lowest`` stands for "nothing yet"
/// where a greatest value is sought, ``highest`` where a least one is: each lies just
/// beyond that range, so that its difference with any value in it does not wrap either
/// (the two sentinels are never compared with each other).
enum ScoreLanes {
    /// Below every score, difference, lead or bound (−2⁶²).
    static let lowest = SIMD8<Int64>(repeating: Int64.min / 2)
    /// Above every score, difference, lead or bound (2⁶²).
    static let highest = SIMD8<Int64>(repeating: -(Int64.min / 2))

    /// The lesser of `a` and `b`, lane by lane (each within the range or a sentinel).
    @inline(__always)
    static func lesser(_ a: SIMD8<Int64>, _ b: SIMD8<Int64>) -> SIMD8<Int64> {
        let difference = a &- b
        return b &+ (difference & (difference &>> 63))
    }

    /// The greater of `a` and `b`, lane by lane (each within the range or a sentinel).
    @inline(__always)
    static func greater(_ a: SIMD8<Int64>, _ b: SIMD8<Int64>) -> SIMD8<Int64> {
        let difference = a &- b
        return a &- (difference & (difference &>> 63))
    }

    /// Whether `a` and `b` are equal in every lane: the bits of their difference, folded
    /// with `|`, are zero. The standard `==` of vectors compares lane by lane, and a
    /// sweep compares each class's sums with the last.
    @inline(__always)
    static func same(_ a: SIMD8<Int64>, _ b: SIMD8<Int64>) -> Bool {
        let bits = a ^ b
        let four = bits.lowHalf | bits.highHalf
        let two = four.lowHalf | four.highHalf
        return two[0] | two[1] == 0
    }

    /// Starts the range of no row at `range`: `2 + formCount` vectors, the lowest points
    /// of each form, the highest, then one lead per form `f` (lane `g`: the most a row
    /// adds to `f`'s score less `g`'s). See ``widen(_:formCount:with:)``.
    @inline(__always)
    static func startRange(_ range: UnsafeMutablePointer<SIMD8<Int64>>, formCount: Int) {
        range[0] = highest
        for vector in 1..<(2 + formCount) { range[vector] = lowest }
    }

    /// Widens the range at `range` (``startRange(_:formCount:)``) with a row's points.
    @inline(__always)
    static func widen(
        _ range: UnsafeMutablePointer<SIMD8<Int64>>, formCount: Int, with points: SIMD8<Int64>
    ) {
        range[0] = lesser(range[0], points)
        range[1] = greater(range[1], points)
        for form in 0..<formCount {
            range[2 + form] = greater(range[2 + form], SIMD8(repeating: points[form]) &- points)
        }
    }
}
