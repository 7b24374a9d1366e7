/// A text in English and French; either may be missing, and a text written once
/// without a language serves both.
public struct LocalizedText: Sendable, Hashable {
    /// The English text, if written.
    public var english: String?
    /// The French text, if written.
    public var french: String?

    /// Creates a text from its translations.
    public init(english: String? = nil, french: String? = nil) {
        self.english = english
        self.french = french
    }

    /// A text that is the same in every language.
    public init(_ text: String) {
        self.english = text
        self.french = text
    }

    /// The text in `language`, falling back to the other language, then to "".
    public func text(_ language: Language) -> String {
        LocalizedText.choose(language, english: english, french: french) ?? ""
    }

    /// The translation in `language`, else the other one: the one fallback of every text
    /// held in two languages, as strings or as bytes (`StoredText`).
    static func choose<Translation>(
        _ language: Language, english: Translation?, french: Translation?
    ) -> Translation? {
        switch language {
        case .english: return english ?? french
        case .french: return french ?? english
        }
    }

    /// True when no language has a text.
    public var isEmpty: Bool { english == nil && french == nil }
}
