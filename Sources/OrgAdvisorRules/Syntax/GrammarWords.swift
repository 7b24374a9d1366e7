/// The words of the grammar as one file's ``TokenTexts`` index them, so that the parser
/// recognises a keyword by comparing two integers instead of two strings.
///
/// A word the file never writes has index 0, the empty text, which no name token has.
struct GrammarWords: Sendable {
    let and: Int32
    let or: Int32
    let not: Int32
    let `in`: Int32
    let from: Int32
    let to: Int32
    let alias: Int32
    let aliases: Int32
    let english: Int32
    let french: Int32
    /// For each text, the attribute keyword it spells, if any.
    private let attributeKeywords: [AttributeKeyword?]

    /// Looks the words up in the texts of a file lexed from `bytes`.
    init(texts: TokenTexts, bytes: [UInt8]) {
        func index(_ word: String) -> Int32 { texts.index(of: word, in: bytes) }
        (and, or, not, `in`) = (index("and"), index("or"), index("not"), index("in"))
        (from, to, alias, aliases) = (index("from"), index("to"), index("alias"), index("aliases"))
        (english, french) = (index(Language.english.rawValue), index(Language.french.rawValue))
        var keywords = [AttributeKeyword?](repeating: nil, count: texts.declarationKinds.count)
        for keyword in AttributeKeyword.allCases {
            let text = index(keyword.rawValue)
            if text != 0 { keywords[Int(text)] = keyword }
        }
        attributeKeywords = keywords
    }

    /// The attribute keyword that the text at `text` spells, if `kind` takes it.
    func attribute(_ text: Int32, of kind: DeclarationKind) -> AttributeKeyword? {
        guard let keyword = attributeKeywords[Int(text)], kind.attributeMask & keyword.bit != 0
        else { return nil }
        return keyword
    }
}
