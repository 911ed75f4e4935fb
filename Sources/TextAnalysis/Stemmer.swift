import CStemmer

/// One Snowball stemmer (libstemmer, UTF-8).
///
/// An `sb_stemmer` keeps its working state inside itself, so one instance must not be used by
/// two threads at once. The analyzer never shares one: each `Tokenizer` owns its stemmer and the
/// `TokenizerPool` hands a tokenizer to one analysis at a time. That ownership discipline is
/// what the `@unchecked Sendable` stands for.
final class Stemmer: @unchecked Sendable {
    private let handle: OpaquePointer

    /// A stemmer for a libstemmer algorithm name ("english", "german" …). Traps if libstemmer
    /// lacks the algorithm: every `Language` names one that libstemmer 2 ships, so that means a
    /// broken installation.
    init(algorithm: String) {
        guard let handle = sb_stemmer_new(algorithm, "UTF_8") else {
            preconditionFailure("libstemmer has no UTF-8 stemmer named '\(algorithm)'; is libstemmer-dev installed?")
        }
        self.handle = handle
    }

    deinit {
        sb_stemmer_delete(handle)
    }

    /// The stem of a normalized (case-folded) UTF-8 word.
    func stem(_ word: UnsafeBufferPointer<UInt8>) -> String {
        guard let base = word.baseAddress,
            let result = sb_stemmer_stem(handle, base, Int32(word.count))
        else {
            return String(decoding: word, as: UTF8.self)
        }
        let length = Int(sb_stemmer_length(handle))
        return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
    }
}
