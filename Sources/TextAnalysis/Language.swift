/// A language the analyzer knows: it selects the Snowball stemmer, the stop-word list and the
/// elided articles (French, Italian) used for text in that language.
///
/// The raw value is the ISO 639-1 code, so a language can be stored and read back as "en", "de" ….
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case german = "de"
    case french = "fr"
    case spanish = "es"
    case italian = "it"
    case dutch = "nl"
    case portuguese = "pt"
    case swedish = "sv"
    case danish = "da"
    case norwegian = "no"

    /// The libstemmer algorithm name for this language.
    var snowballAlgorithm: String {
        switch self {
        case .english: "english"
        case .german: "german"
        case .french: "french"
        case .spanish: "spanish"
        case .italian: "italian"
        case .dutch: "dutch"
        case .portuguese: "portuguese"
        case .swedish: "swedish"
        case .danish: "danish"
        case .norwegian: "norwegian"
        }
    }
}
