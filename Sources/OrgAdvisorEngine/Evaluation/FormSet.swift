import OrgAdvisorRules

/// A set of forms, by index, read in form order like an array of form indices: one bit
/// per form when every form index is below 64 (no allocation), a list otherwise.
package struct FormSet: RandomAccessCollection, Sendable, Equatable {
    /// Bit `f` set for form `f` (when ``list`` is nil).
    package private(set) var mask: UInt64
    /// The forms in order, when some index is 64 or more.
    package private(set) var list: [Int]?

    /// The forms whose bits are set in `mask`.
    package init(mask: UInt64 = 0) {
        self.mask = mask
        self.list = nil
    }

    /// The given forms, in increasing order and without duplicates.
    package init(_ forms: [Int]) {
        mask = 0
        list = nil
        if forms.allSatisfy({ $0 >= 0 && $0 < 64 }) {
            for form in forms { mask |= 1 << UInt64(form) }
        } else {
            list = forms
        }
    }

    /// The first position: 0.
    package var startIndex: Int { 0 }

    /// The number of forms.
    package var endIndex: Int { list?.count ?? mask.nonzeroBitCount }

    /// The form at `position` in form order.
    package subscript(position: Int) -> Int {
        if let list { return list[position] }
        precondition(position >= 0, "FormSet index out of range")
        var rest = mask
        for _ in 0..<position { rest &= rest &- 1 }
        precondition(rest != 0, "FormSet index out of range")
        return rest.trailingZeroBitCount
    }
}
