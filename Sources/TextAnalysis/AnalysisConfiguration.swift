/// What an analyzer's tokenizers share, fixed when the analyzer is created: its options and
/// the lookup tables built for them.
struct AnalysisConfiguration: Sendable {
    let options: Analyzer.Options
    /// The language's stop words, normalized with `options` (so they match normalized words).
    let stopWords: ByteKeyedTable<Bool>
    /// The language's elided articles, normalized the same way.
    let elisions: ByteKeyedTable<Bool>
    let units: UnitTable
    /// Words that name the size before the "x" of a dimension ("96 in. W x 72 in. L",
    /// "1/2 in. Thick x 3-1/2 in. Wide"); English, as the unit table is.
    let dimensionLabels: ByteKeyedTable<Bool>

    init(options: Analyzer.Options) {
        self.options = options
        self.units = .standard
        var stopWords = ByteKeyedTable<Bool>(capacity: 256)
        for word in StopWords.words(for: options.language) {
            stopWords.set(true, for: Self.normalized(word, options: options))
        }
        self.stopWords = stopWords
        var elisions = ByteKeyedTable<Bool>(capacity: 32)
        for word in StopWords.elisions(for: options.language) {
            elisions.set(true, for: Self.normalized(word, options: options))
        }
        self.elisions = elisions
        var labels = ByteKeyedTable<Bool>(capacity: 32)
        for label in [
            "w", "h", "d", "l", "t", "wide", "width", "high", "height", "deep", "depth", "long", "length",
            "thick", "thickness", "dia", "diameter",
        ] {
            labels.set(true, for: label)
        }
        self.dimensionLabels = labels
    }

    /// `word` case folded and, if the options say so, diacritic folded: the form the analyzer
    /// gives a word before stemming. ASCII is lowercased without calling ICU.
    static func normalized(_ word: String, options: Analyzer.Options) -> String {
        var word = word
        return word.withUTF8 { bytes in
            if bytes.allSatisfy({ $0 < 0x80 }) {
                return String(decoding: bytes.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
            }
            var folded: [UInt8] = []
            UnicodeFolding.fold(bytes, diacritics: options.foldDiacritics, appendingTo: &folded)
            return String(decoding: folded, as: UTF8.self)
        }
    }
}
