/// The lexer: UTF-8 bytes to pieces.
///
/// ASCII, which dominates product text, is classified byte by byte without calling ICU (letters
/// are lowercased on the way). A run of letters, digits and non-ASCII characters that contains
/// non-ASCII goes to ICU as a whole: ICU finds its words (dictionary-based for Chinese, Japanese,
/// Thai), and each word is folded (NFKC_Casefold, diacritics) by ICU; a folded word that became
/// ASCII ("Größe" → "grosse", "ＷＲＦ５５５" → "wrf555") is split into letters and digits like any
/// ASCII text, so product tokens work on it too.
extension Tokenizer {
    mutating func lex(_ text: UnsafeBufferPointer<UInt8>) {
        var separated = true
        var i = 0
        let count = text.count
        while i < count {
            let byte = text[i]
            if byte < 0x80 {
                if Self.isAlphanumeric(byte) {
                    var end = i + 1
                    while end < count, Self.isAlphanumeric(text[end]) { end += 1 }
                    if end < count, text[end] >= 0x80, Self.startsICURun(text, at: end) {
                        let runEnd = Self.icuRunEnd(text, from: end)
                        separated = lexWithICU(text, i..<runEnd, separated: separated)
                        i = runEnd
                    } else {
                        appendASCIIRun(text, i..<end, separated: separated)
                        separated = false
                        i = end
                    }
                } else if byte <= 0x20 || byte == 0x7F {
                    separated = true
                    i += 1
                } else if byte == UInt8(ascii: "&"), options.decodeHTMLEntities,
                    let (scalar, length) = Self.htmlEntity(text, at: i)
                {
                    let role: Typography.Role =
                        scalar < 0x80 ? Typography.role(ofASCII: UInt8(scalar)) : (Typography.role(of: scalar) ?? .separator)
                    apply(role, span: i..<(i + length), separated: &separated)
                    i += length
                } else {
                    apply(Typography.role(ofASCII: byte), span: i..<(i + 1), separated: &separated)
                    i += 1
                }
            } else {
                let (scalar, length) = Self.decodeScalar(text, at: i)
                if let role = Typography.role(of: scalar) {
                    apply(role, span: i..<(i + length), separated: &separated)
                    i += length
                } else {
                    let runEnd = Self.icuRunEnd(text, from: i)
                    separated = lexWithICU(text, i..<runEnd, separated: separated)
                    i = runEnd
                }
            }
        }
    }

    /// Appends pieces for an ASCII run of letters and digits: one piece per letters or digits
    /// run, and letters split where a lowercase letter meets an uppercase one. Brands write
    /// words together in camel case ("DeckOver", "InSinkErator") while shoppers type them apart
    /// ("deck over"): the parts match that, and the compound's joined form ("deckover") the
    /// closed-up spelling.
    private mutating func appendASCIIRun(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, separated: Bool) {
        var i = range.lowerBound
        var first = true
        while i < range.upperBound {
            let isDigit = Self.isDigit(text[i])
            var end = i + 1
            while end < range.upperBound, Self.isDigit(text[end]) == isDigit,
                isDigit || !Self.isCaseChange(text[end - 1], text[end])
            {
                end += 1
            }
            let textStart = bytes.count
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[i..<end]))
            if !isDigit {
                bytes.withUnsafeMutableBufferPointer { buffer in
                    for j in textStart..<buffer.count where buffer[j] &- 0x41 < 26 { buffer[j] |= 0x20 }
                }
            }
            if !isDigit, i > range.lowerBound, end < range.upperBound, Self.isDigit(text[i - 1]), Self.isDigit(text[end]),
                unitBeforeTimes(textStart..<bytes.count)
            {
                // "4ftx8ft": the unit "ft" and the "x" of a dimension, written together.
                pieces.append(
                    Piece(
                        kind: .letters, mark: 0, separated: false,
                        start: i, end: end - 1, textStart: textStart, textEnd: bytes.count - 1))
                pieces.append(
                    Piece(
                        kind: .letters, mark: 0, separated: false,
                        start: end - 1, end: end, textStart: bytes.count - 1, textEnd: bytes.count))
            } else {
                pieces.append(
                    Piece(
                        kind: isDigit ? .digits : .letters, mark: 0, separated: first && separated,
                        start: i, end: end, textStart: textStart, textEnd: bytes.count))
            }
            first = false
            i = end
        }
    }

    /// Whether normalized letters written between two numbers are a unit followed by the "x" of
    /// a dimension ("ftx" in "4ftx8ft", "inx" in "2inx4in").
    private func unitBeforeTimes(_ range: Range<Int>) -> Bool {
        guard range.count >= 2, bytes[range.upperBound - 1] == UInt8(ascii: "x") else { return false }
        let units = configuration.units
        return bytes.withUnsafeBufferPointer {
            units.unit(UnsafeBufferPointer(rebasing: $0[range.lowerBound..<(range.upperBound - 1)])) != nil
        }
    }

    /// Segments a run with ICU and appends a piece per word; returns whether what follows the
    /// run is separated from it (true if the run ended in a non-word segment).
    private mutating func lexWithICU(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, separated: Bool) -> Bool {
        if wordBreaker == nil { wordBreaker = WordBreaker() }
        guard let breaker = wordBreaker else { return true }
        var nextSeparated = separated
        var lastWordEnd = -1
        breaker.forEachSegment(in: UnsafeBufferPointer(rebasing: text[range])) { segment, kind in
            guard kind != .none else {
                nextSeparated = true
                return
            }
            let start = range.lowerBound + segment.lowerBound
            let end = range.lowerBound + segment.upperBound
            folded.removeAll(keepingCapacity: true)
            UnicodeFolding.fold(
                UnsafeBufferPointer(rebasing: text[start..<end]), diacritics: options.foldDiacritics, appendingTo: &folded)
            appendFoldedWord(span: start..<end, separated: nextSeparated)
            lastWordEnd = end
            // ICU found a word boundary: the next word is a word of its own.
            nextSeparated = true
        }
        // Only a trailing non-word segment separates the run from what follows it.
        return lastWordEnd != range.upperBound
    }

    /// Appends the folded word in `folded` as pieces that all carry the source span of the
    /// ICU word: ASCII output split into letters and digits runs, other output as one word.
    private mutating func appendFoldedWord(span: Range<Int>, separated: Bool) {
        guard !folded.isEmpty else { return }
        if folded.allSatisfy({ $0 < 0x80 }) {
            var i = 0
            var pendingSeparation = separated
            while i < folded.count {
                let byte = folded[i]
                guard Self.isAlphanumeric(byte) else {
                    pendingSeparation = true
                    i += 1
                    continue
                }
                let isDigit = Self.isDigit(byte)
                var end = i + 1
                while end < folded.count, Self.isAlphanumeric(folded[end]), Self.isDigit(folded[end]) == isDigit { end += 1 }
                let textStart = bytes.count
                bytes.append(contentsOf: folded[i..<end])
                pieces.append(
                    Piece(
                        kind: isDigit ? .digits : .letters, mark: 0, separated: pendingSeparation,
                        start: span.lowerBound, end: span.upperBound, textStart: textStart, textEnd: bytes.count))
                pendingSeparation = false
                i = end
            }
        } else {
            let textStart = bytes.count
            bytes.append(contentsOf: folded)
            pieces.append(
                Piece(
                    kind: .letters, mark: 0, separated: separated,
                    start: span.lowerBound, end: span.upperBound, textStart: textStart, textEnd: bytes.count))
        }
    }

    /// Applies the role of a punctuation or typographic character found at `span`.
    private mutating func apply(_ role: Typography.Role, span: Range<Int>, separated: inout Bool) {
        switch role {
        case .separator:
            separated = true
        case .ignorable:
            break
        case .mark(let mark):
            appendMark(mark, span: span, separated: separated)
            separated = false
        case .times:
            let textStart = bytes.count
            bytes.append(UInt8(ascii: "x"))
            pieces.append(
                Piece(
                    kind: .letters, mark: 0, separated: separated, start: span.lowerBound, end: span.upperBound,
                    textStart: textStart, textEnd: bytes.count))
            separated = false
        case .fraction(let numerator, let denominator):
            // "5½" reads as the mixed number 5-1/2: join it with a hyphen, as Home Depot writes them.
            let joinsNumber = !separated && pieces.last?.kind == .digits
            if joinsNumber {
                appendMark(UInt8(ascii: "-"), span: span, separated: false)
            }
            appendDigit(numerator, span: span, separated: joinsNumber ? false : separated)
            appendMark(UInt8(ascii: "/"), span: span, separated: false)
            appendDigit(denominator, span: span, separated: false)
            separated = false
        }
    }

    private mutating func appendMark(_ mark: UInt8, span: Range<Int>, separated: Bool) {
        pieces.append(
            Piece(
                kind: .mark, mark: mark, separated: separated, start: span.lowerBound, end: span.upperBound,
                textStart: bytes.count, textEnd: bytes.count))
    }

    private mutating func appendDigit(_ value: UInt8, span: Range<Int>, separated: Bool) {
        let textStart = bytes.count
        bytes.append(UInt8(ascii: "0") + value)
        pieces.append(
            Piece(
                kind: .digits, mark: 0, separated: separated, start: span.lowerBound, end: span.upperBound,
                textStart: textStart, textEnd: bytes.count))
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// A lowercase ASCII letter followed by an uppercase one.
    private static func isCaseChange(_ previous: UInt8, _ next: UInt8) -> Bool {
        previous &- 0x61 < 26 && next &- 0x41 < 26
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10
    }

    /// Whether the non-ASCII character at `index` belongs in an ICU run (it has no typographic role).
    private static func startsICURun(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        Typography.role(of: decodeScalar(text, at: index).scalar) == nil
    }

    /// The end of an ICU run starting at `index`: ASCII letters and digits and non-ASCII
    /// characters without a typographic role.
    private static func icuRunEnd(_ text: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var i = index
        while i < text.count {
            let byte = text[i]
            if byte < 0x80 {
                guard isAlphanumeric(byte) else { break }
                i += 1
            } else {
                let (scalar, length) = decodeScalar(text, at: i)
                if Typography.role(of: scalar) != nil { break }
                i += length
            }
        }
        return i
    }

    /// The scalar whose UTF-8 encoding starts at `index` and its length in bytes. Swift strings
    /// hold valid UTF-8; a truncated sequence at the end reads as U+FFFD.
    static func decodeScalar(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32, length: Int) {
        let lead = UInt32(text[index])
        let length = lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4)
        guard index + length <= text.count else { return (0xFFFD, text.count - index) }
        var scalar = lead & (0xFF >> (length + 1))
        for k in 1..<length {
            scalar = (scalar << 6) | (UInt32(text[index + k]) & 0x3F)
        }
        return (scalar, length)
    }

    /// The character an HTML entity at `index` stands for (`&amp;`, `&quot;`, `&apos;`, `&lt;`,
    /// `&gt;`, `&nbsp;`, `&#39;`, `&#x27;`) and the entity's length, or nil if none starts there.
    static func htmlEntity(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
        var end = index + 1
        while end < text.count, end - index <= 10, text[end] != UInt8(ascii: ";") {
            guard isAlphanumeric(text[end]) || text[end] == UInt8(ascii: "#") else { return nil }
            end += 1
        }
        guard end < text.count, text[end] == UInt8(ascii: ";"), end > index + 1 else { return nil }
        let name = UnsafeBufferPointer(rebasing: text[(index + 1)..<end])
        let length = end + 1 - index
        if name[0] == UInt8(ascii: "#") {
            var value: UInt32 = 0
            let hex = name.count > 1 && (name[1] | 0x20) == UInt8(ascii: "x")
            let digits = name.dropFirst(hex ? 2 : 1)
            guard !digits.isEmpty, digits.count <= 6 else { return nil }
            for byte in digits {
                let digit: UInt32
                if isDigit(byte) {
                    digit = UInt32(byte - 0x30)
                } else if hex, (byte | 0x20) &- 0x61 < 6 {
                    digit = UInt32((byte | 0x20) - 0x61 + 10)
                } else {
                    return nil
                }
                value = value * (hex ? 16 : 10) + digit
            }
            guard value > 0, value <= 0x10FFFF else { return nil }
            return (value, length)
        }
        switch String(decoding: name, as: UTF8.self) {
        case "amp": return (0x26, length)
        case "quot": return (0x22, length)
        case "apos": return (0x27, length)
        case "lt": return (0x3C, length)
        case "gt": return (0x3E, length)
        case "nbsp": return (0xA0, length)
        default: return nil
        }
    }
}
