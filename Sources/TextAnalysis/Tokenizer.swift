/// The working state of one analysis: the lexer's pieces, the compounds and elements built
/// from them, a byte buffer for normalized text, the stem cache, and the stemmer and ICU word
/// breaker (which are not thread-safe).
///
/// A tokenizer is used by one analysis at a time; `TokenizerPool` enforces that. Its buffers
/// keep their capacity between analyses, so analyzing a title allocates only the terms' strings
/// (and not even those for terms of up to 15 bytes, which Swift stores inline).
struct Tokenizer: Sendable {
    /// A stemmed (or stop) word remembered for its normalized bytes.
    struct CachedTerm: Sendable {
        var term: String
        var isStopWord: Bool
    }

    /// Stemming costs ~370 ns a word (libstemmer, measured on Home Depot titles) while product
    /// text repeats a small vocabulary (15,800 distinct words in 54,667 titles), so stems are
    /// cached per tokenizer. The cache is emptied when it reaches this many words, which bounds
    /// its memory (about 2 MB) without the bookkeeping of an LRU.
    static let stemCacheLimit = 32_000

    let configuration: AnalysisConfiguration
    let stemmer: Stemmer?
    var wordBreaker: WordBreaker? = nil

    var pieces: [Piece] = []
    var compounds: [Compound] = []
    var elements: [Element] = []
    var bytes: [UInt8] = []
    var folded: [UInt8] = []
    var stemCache = ByteKeyedTable<CachedTerm>(capacity: 1024)
    var position = 0

    init(configuration: AnalysisConfiguration) {
        self.configuration = configuration
        let options = configuration.options
        self.stemmer = options.stemming ? Stemmer(algorithm: options.language.snowballAlgorithm) : nil
    }

    var options: Analyzer.Options { configuration.options }

    /// Analyzes UTF-8 `text`, appending its tokens to `tokens` with positions from
    /// `positionOffset`; returns the position after the last one the text used.
    mutating func analyze(_ text: UnsafeBufferPointer<UInt8>, positionOffset: Int, into tokens: inout [Token]) -> Int {
        pieces.removeAll(keepingCapacity: true)
        compounds.removeAll(keepingCapacity: true)
        elements.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        position = positionOffset
        lex(text)
        buildCompounds()
        emitGroups(into: &tokens)
        return position
    }

    /// The term of a normalized word and whether it is a stop word: stop words keep their
    /// normalized form (stemming function words gains nothing, and an unstemmed term lets
    /// `Analyzer.isStopWord` answer for a token's term); other words are stemmed if stemming is on.
    mutating func wordTerm(_ word: UnsafeBufferPointer<UInt8>) -> CachedTerm {
        if let cached = stemCache.value(for: word) { return cached }
        let isStop = configuration.stopWords.value(for: word) != nil
        let term: String
        if let stemmer, !isStop {
            term = stemmer.stem(word)
        } else {
            term = String(decoding: word, as: UTF8.self)
        }
        if stemCache.count >= Self.stemCacheLimit { stemCache.removeAll() }
        let entry = CachedTerm(term: term, isStopWord: isStop)
        stemCache.set(entry, for: word)
        return entry
    }

    /// The term of the normalized word stored at `range` of the byte buffer.
    mutating func wordTerm(bytesIn range: Range<Int>) -> CachedTerm {
        let buffer = bytes
        return buffer.withUnsafeBufferPointer { wordTerm(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The bytes at `range` of the byte buffer as a string.
    func string(bytesIn range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }
}
