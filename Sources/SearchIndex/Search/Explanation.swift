/// Why a product scores what it scores for a query: per query term and text field, the BM25F
/// pieces, then the name coverage, the proximity and the signals. The terms' scores add up to
/// `relevance`; `score` is relevance × `coverage` × `proximity` × `boost`, as in search results.
public struct Explanation: Sendable, Equatable {
    /// One text field's part of a term's weighted frequency.
    public struct Field: Sendable, Equatable {
        /// Field name.
        public var field: String
        /// Occurrences of the term in it.
        public var frequency: Int
        /// The field's length in words (as quantized in the index).
        public var length: Double
        /// `weight × frequency / (1 − b + b × length / average length)`.
        public var weightedFrequency: Float
    }

    /// One query term found in the product.
    public struct Term: Sendable, Equatable {
        /// The indexed term (for a multi-word synonym, its terms separated by spaces).
        public var term: String
        /// Which query word it stands for (0-based), and its weight as an alternative (1 for the
        /// word itself, less for typo corrections, prefix expansions and synonyms).
        public var word: Int
        public var alternativeWeight: Float
        /// Inverse document frequency.
        public var idf: Float
        /// Per field.
        public var fields: [Field]
        /// `idf × alternative weight × tf~ (k1 + 1) / (tf~ + k1)`.
        public var score: Float
    }

    /// One business signal.
    public struct Signal: Sendable, Equatable {
        public var field: String
        /// The column value (nil: none).
        public var value: Double?
        /// `weight × signal`.
        public var contribution: Double
    }

    /// The product's id.
    public var id: String
    /// Query words the product contains, of all the query's words.
    public var matchedWords: Int
    public var queryWords: Int
    public var terms: [Term]
    /// Sum of the terms' scores.
    public var relevance: Float
    /// Query words found in a field that names the product (`WordCoverage`).
    public var nameWords: Int
    /// Of those, the words the name has as typed, not only as the same stem (`WrittenForm`).
    public var typedWords: Int
    /// `(1 + coverage weight × nameWords / words found in the index) × (1 + written-form weight ×
    /// typedWords / words found in the index)`.
    public var coverage: Float
    /// `1 + proximity weight × adjacent pairs / pairs` (`ProximityBoost`).
    public var proximity: Float
    public var signals: [Signal]
    /// `1 + Σ signal contributions`.
    public var boost: Float
    /// `relevance × coverage × proximity × boost`.
    public var score: Float
}
