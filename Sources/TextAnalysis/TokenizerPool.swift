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

    /// A tokenizer in a box, so that taking one from the pool and returning it moves a single
    /// reference instead of copying the tokenizer's dozen references. A box is owned by the pool
    /// or by exactly one call of `withTokenizer` (hence `@unchecked Sendable`).
    private final class Box: @unchecked Sendable {
        var tokenizer: Tokenizer

        init(_ tokenizer: Tokenizer) {
            self.tokenizer = tokenizer
        }
    }

    private let configuration: AnalysisConfiguration
    private let idle = Mutex<[Box]>([])

    init(configuration: AnalysisConfiguration) {
        self.configuration = configuration
    }

    /// Runs `body` with a tokenizer that no other thread uses meanwhile.
    func withTokenizer<Result>(_ body: (inout Tokenizer) -> Result) -> Result {
        let box = idle.withLock { $0.popLast() } ?? Box(Tokenizer(configuration: configuration))
        let result = body(&box.tokenizer)
        idle.withLock { boxes in
            if boxes.count < Self.maximumIdle { boxes.append(box) }
        }
        return result
    }
}
