/// Stop words per language, and the articles French and Italian elide ("l'eau", "dell'acqua").
///
/// The lists are deliberately conservative for product search: only function words (articles,
/// pronouns, conjunctions, auxiliaries and the plainest prepositions). Words that change what a
/// shopper means stay searchable: "under" (under-cabinet), "over" (over-the-range), "off"
/// (off-white), "up" (pop-up), "out", "without", "no", "not", and their equivalents elsewhere.
/// Entries are written in their natural spelling; the analyzer normalizes them with its own
/// options (case folding, diacritic folding), so they match normalized terms in every setting.
enum StopWords {
    /// The stop words of `language`.
    static func words(for language: Language) -> [String] {
        switch language {
        case .english: english
        case .german: german
        case .french: french
        case .spanish: spanish
        case .italian: italian
        case .dutch: dutch
        case .portuguese: portuguese
        case .swedish: swedish
        case .danish: danish
        case .norwegian: norwegian
        }
    }

    /// Articles and pronouns that `language` writes elided before an apostrophe; the analyzer
    /// drops them ("l'eau" → "eau"), as the elision is spelling, not a word of its own.
    static func elisions(for language: Language) -> [String] {
        switch language {
        case .french: ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]
        case .italian: ["l", "d", "dell", "dall", "nell", "sull", "all", "coll", "un", "c", "s", "m", "t", "v", "quell", "quest", "tutt", "sant"]
        default: []
        }
    }
}
