/// The keyword that starts an attribute line (`when`, `points`, `because`, …), as the
/// parser recognised it: the compiler finds and checks attributes by it, comparing small
/// integers instead of strings.
package enum AttributeKeyword: String, Sendable, Hashable, CaseIterable {
    case title, accept, label, question, weight, value, description, card, when, points
    case because, note, set, text, `for`, given, expect

    /// The keyword's bit in a mask of keywords.
    package var bit: UInt32 { 1 << UInt32(AttributeKeyword.allCases.firstIndex(of: self)!) }

    /// The keywords of a list of their spellings, as a mask.
    static func mask(_ spellings: [String]) -> UInt32 {
        spellings.reduce(0) { mask, spelling in mask | AttributeKeyword(rawValue: spelling)!.bit }
    }
}
