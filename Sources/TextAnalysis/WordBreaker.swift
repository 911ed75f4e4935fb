import CICU

/// An ICU word break iterator (UAX #29 with ICU's dictionaries for Chinese, Japanese, Thai …)
/// reading UTF-8 in place through a UText, so no UTF-16 copy of the text is made.
///
/// A break iterator holds its position, so one instance serves one thread at a time; like the
/// stemmer it is owned by a `Tokenizer`, which the pool hands out exclusively
/// (hence `@unchecked Sendable`).
final class WordBreaker: @unchecked Sendable {
    /// What a segment holds.
    enum SegmentKind: Int32 {
        case none = 0, number, letter, kana, ideographic
    }

    private let handle: OpaquePointer

    /// Opens a root-locale word breaker. Traps if ICU cannot open one (its data is missing),
    /// which means a broken installation.
    init() {
        guard let handle = aisle_icu_word_breaker_open() else {
            preconditionFailure("ICU could not open a word break iterator; is libicu72 installed with its data?")
        }
        self.handle = handle
    }

    deinit {
        aisle_icu_word_breaker_close(handle)
    }

    /// Calls `body` with the byte range (relative to `text`) and kind of each segment of `text`.
    func forEachSegment(in text: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, SegmentKind) -> Void) {
        guard let base = text.baseAddress, !text.isEmpty,
            aisle_icu_word_breaker_set_text(handle, base, Int32(text.count)) == 0
        else { return }
        var start: Int32 = 0
        var end: Int32 = 0
        var kind: Int32 = 0
        while aisle_icu_word_breaker_next(handle, &start, &end, &kind) == 1 {
            body(Int(start)..<Int(end), SegmentKind(rawValue: kind) ?? .none)
        }
    }
}
