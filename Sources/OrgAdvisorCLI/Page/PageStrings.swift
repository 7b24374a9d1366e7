import OrgAdvisor

/// The texts of the page around the report (its controls and messages), in both
/// languages: the page switches language without being written again.
struct PageStrings {
    /// The page's title before the first result.
    let title: String
    /// The choice that leaves a criterion unknown.
    let notKnown: String
    /// The button after the next question.
    let answer: String
    /// Before the message of an error that stops the page.
    let failed: String
    /// Static texts of the page, by element id.
    let texts: [(id: String, text: String)]

    static let english = PageStrings(
        title: "Support organisation", notKnown: "not known",
        answer: "Answer it", failed: "The scorer could not start:",
        texts: [
            ("oa-controls-title", "The company"),
            ("oa-lang-legend", "Language"),
            ("oa-unknown-hint", "Leave a criterion empty or 'not known' when it is not known."),
            ("oa-reset", "Clear all criteria"),
            ("oa-loading", "Loading the scorer…"),
        ])

    static let french = PageStrings(
        title: "Organisation du support", notKnown: "inconnu",
        answer: "Y répondre", failed: "Le calcul n’a pas pu démarrer :",
        texts: [
            ("oa-controls-title", "L’entreprise"),
            ("oa-lang-legend", "Langue"),
            ("oa-unknown-hint", "Laissez un critère vide ou « inconnu » s’il n’est pas connu."),
            ("oa-reset", "Effacer tous les critères"),
            ("oa-loading", "Chargement du calcul…"),
        ])

    static func of(_ language: Language) -> PageStrings {
        language == .french ? french : english
    }

    /// The texts of one language, for a label of the page itself.
    func text(_ id: String) -> String {
        texts.first { $0.id == id }?.text ?? ""
    }

    /// Both languages as JSON, for the page's script: `{"en": {...}, "fr": {...}}`.
    static var json: String {
        func object(_ strings: PageStrings) -> JSONValue {
            .object([
                ("title", .string(strings.title)), ("notKnown", .string(strings.notKnown)),
                ("answer", .string(strings.answer)), ("failed", .string(strings.failed)),
                ("texts", .object(strings.texts.map { ($0.id, .string($0.text)) })),
            ])
        }
        return JSONValue.object([("en", object(english)), ("fr", object(french))]).serialized()
    }
}
