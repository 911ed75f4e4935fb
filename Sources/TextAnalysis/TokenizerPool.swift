import Synchronization

/// Idle tokenizers of one analyzer, handed to one analysis at a time.
///
/// A libstemmer stemmer and an ICU break iterator must not be used by two threads at once, and
/// a tokenizer's buffers are reused between analyses. The pool takes an idle tokenizer (or makes
/// one) for each call and puts it back afterwards, so any number of threads can analyze with one
/// `Analyzer` concurrently: each runs on its own tokenizer, and the pool grows to the number of
/// threads that ever analyzed at once (kept up to `maximumIdle`). Taking and returning cost two
/// uncontended lock operations per call.
final class TokenizerPool: Sendable {
    /// Idle tokenizers kept beyond this number are freed instead.
    static let maximumIdle = 64

    private let configuration: AnalysisConfiguration
    private let idle = Mutex<[Tokenizer]>([])

    init(configuration: AnalysisConfiguration) {
        self.configuration = configuration
    }

    /// Runs `body` with a tokenizer that no other thread uses meanwhile.
    func withTokenizer<Result>(_ body: (inout Tokenizer) -> Result) -> Result {
        var tokenizer = idle.withLock { $0.popLast() } ?? Tokenizer(configuration: configuration)
        let result = body(&tokenizer)
        idle.withLock { tokenizers in
            if tokenizers.count < Self.maximumIdle { tokenizers.append(tokenizer) }
        }
        return result
    }
}
