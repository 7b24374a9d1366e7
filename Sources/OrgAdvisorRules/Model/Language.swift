/// A language in which orgadvisor speaks: rule texts, labels and report headings.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// English.
    case english = "en"
    /// French, the language of the course.
    case french = "fr"

    /// The language named by a locale string such as `fr_CH.UTF-8`, `fr` or `en_US`:
    /// French for any `fr…` locale, English otherwise.
    public init(locale: String) {
        self = locale.lowercased().hasPrefix("fr") ? .french : .english
    }
}
