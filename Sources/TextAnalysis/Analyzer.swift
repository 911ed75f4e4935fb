/// Turns product text (titles, brands, categories, attributes, descriptions) and queries into
/// index terms, with one pipeline for both so that index and query time agree.
///
/// The pipeline: UTF-8 lexing with an ASCII fast path; ICU word breaking and NFKC_Casefold for
/// non-ASCII runs; diacritic folding; product-aware tokens (measurements with normalized units,
/// dimensions, codes and compounds with their parts); stop words; Snowball stemming. See `Token`
/// for the token graph (positions) and `Token.Kind` for what each kind holds.
///
/// `Analyzer` is a value that is cheap to copy and safe to share: every method may be called
/// from any number of threads at once. Each call borrows a private tokenizer (stemmer, ICU break
/// iterator and buffers, none of them thread-safe) from the analyzer's pool and returns it, so
/// copies of one analyzer share the pool. Create an analyzer once per options and keep it: each
/// pooled tokenizer caches the stems it computed, which is what makes later calls fast.
public struct Analyzer: Sendable {
    /// The options this analyzer was created with.
    public var options: Options { configuration.options }

    private let configuration: AnalysisConfiguration
    private let pool: TokenizerPool

    /// An analyzer for `options`. Traps if libstemmer or ICU are unusable (a broken
    /// installation: missing algorithm or ICU data), which no caller could recover from.
    public init(options: Options = .init()) {
        configuration = AnalysisConfiguration(options: options)
        pool = TokenizerPool(configuration: configuration)
    }

    /// The tokens of `text`, positions from 0.
    public func analyze(_ text: String) -> [Token] {
        var tokens: [Token] = []
        analyze(text, into: &tokens)
        return tokens
    }

    /// Appends the tokens of `text` to `tokens`, positions starting at `positionOffset`, and
    /// returns the position after the last one the text used. Reuse one array across calls to
    /// avoid allocating. For a multi-valued field, pass the returned position plus a gap as the
    /// next value's offset, so phrases do not match across values:
    ///
    ///     var next = 0
    ///     for value in values { next = analyzer.analyze(value, into: &tokens, positionOffset: next) + 100 }
    ///
    /// `start` and `end` of the tokens are UTF-8 byte offsets into `text` itself, whatever the
    /// offset.
    @discardableResult
    public func analyze(_ text: String, into tokens: inout [Token], positionOffset: Int = 0) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            pool.withTokenizer { $0.analyze(bytes, positionOffset: positionOffset, into: &tokens) }
        }
    }

    /// `word` normalized as the analyzer normalizes words before stemming: NFKC case folded and,
    /// if `foldDiacritics` is on, diacritic folded ("Café" → "cafe"). No tokenizing, no unit
    /// mapping, no stemming: for prefix and typo matching of a query word being typed.
    public func normalize(_ word: String) -> String {
        AnalysisConfiguration.normalized(word, options: configuration.options)
    }

    /// The term the analyzer gives a normalized word (see `normalize(_:)`): its stem if stemming
    /// is on; unchanged if stemming is off, for a stop word (stop words are never stemmed), or if
    /// it contains ASCII digits or punctuation (numbers and codes are never stemmed).
    public func stem(_ normalizedWord: String) -> String {
        guard configuration.options.stemming, !normalizedWord.isEmpty,
            !normalizedWord.utf8.contains(where: { $0 < 0x80 && !(($0 | 0x20) &- 0x61 < 26) })
        else { return normalizedWord }
        var word = normalizedWord
        return word.withUTF8 { bytes in
            pool.withTokenizer { $0.wordTerm(bytes).term }
        }
    }

    /// Whether `term` (a token's term, or a normalized word) is a stop word of the analyzer's
    /// language. The query side uses it to make stop words optional; only tokens of kind `.word`
    /// are stop words in the analyzer's own sense (a unit "in" after a number is not).
    public func isStopWord(_ term: String) -> Bool {
        configuration.stopWords.value(for: term) != nil
    }
}
