extension Analyzer {
    /// How an analyzer treats text. Index and query must use equal options, or their terms will
    /// not line up.
    public struct Options: Sendable, Hashable {
        /// Selects the stemmer, the stop words and the elided articles. Default: English.
        public var language: Language
        /// Stem words with the language's Snowball stemmer ("faucets" → "faucet"). Numbers,
        /// codes and measurements are never stemmed. Default: on.
        public var stemming: Bool
        /// Keep or drop standalone stop words. Default: `.keep` (see `StopWordPolicy`).
        public var stopWords: StopWordPolicy
        /// Fold diacritics ("Café" → "cafe", "Größe" → "grosse") by decomposing and dropping
        /// nonspacing marks. Folding happens before stemming, so accented and unaccented
        /// spellings always reach the stemmer as the same input. Default: on.
        public var foldDiacritics: Bool
        /// Product-aware tokens: measurements and normalized units, dimensions, and the joined
        /// forms of codes and compounds. Off, text becomes plain words and numbers (the parts
        /// only). Default: on.
        public var productTokens: Bool
        /// Decode the HTML entities product feeds carry (`&amp;`, `&quot;`, `&#39;`, `&nbsp;`,
        /// numeric ones) to the character they stand for before tokenizing, so `24&quot;` is
        /// 24 inches and `Lowe&#39;s` is "Lowe's", not the tokens "quot" and "39". Default: on.
        public var decodeHTMLEntities: Bool

        /// Options for `language`; every other setting as documented on its property.
        public init(
            language: Language = .english,
            stemming: Bool = true,
            stopWords: StopWordPolicy = .keep,
            foldDiacritics: Bool = true,
            productTokens: Bool = true,
            decodeHTMLEntities: Bool = true
        ) {
            self.language = language
            self.stemming = stemming
            self.stopWords = stopWords
            self.foldDiacritics = foldDiacritics
            self.productTokens = productTokens
            self.decodeHTMLEntities = decodeHTMLEntities
        }
    }
}
