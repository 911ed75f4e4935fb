import TextAnalysis

/// A document after text analysis, ready for the single writer: its distinct terms with their
/// postings entries (`DocumentPostings`), its field lengths, and its stored form. Produced on
/// all cores; consumed inside one write transaction.
struct AnalyzedDocument: Sendable {
    var document: IndexDocument
    var fieldLengths: [UInt32]
    /// Words as written (normalized) whose term differs from them, with that term (a word may
    /// repeat).
    var surfaceWords: [(surface: String, term: String)]
    /// Distinct terms, in no particular order (the writer orders terms once per batch).
    var terms: [String]
    /// The `DocumentPostings` entry of each term, concatenated in `terms` order.
    var postings: [UInt8]
    /// `postingEnds[i]` is the end offset in `postings` of term i's entry.
    var postingEnds: [UInt32]
    /// The `StoredDocument` encoding, uncompressed: documents are compressed in blocks
    /// (`DocumentBlock`).
    var stored: [UInt8]

    /// Positions between two values of one field, so that phrases never match across values.
    static let valueGap: UInt32 = 100

    /// Analyzes `document`'s text fields (at most `fieldCount`) with `analyzer`, and encodes its
    /// stored form. Words of the fields in `nameFields` (bit f: field f) are also indexed as
    /// written where that differs from their term (`WrittenForm`).
    init(_ document: IndexDocument, analyzer: borrowing Analyzer, fieldCount: Int, nameFields: UInt8) {
        var scratch = Scratch()
        self.init(document, analyzer: analyzer, fieldCount: fieldCount, nameFields: nameFields, scratch: &scratch)
    }

    /// Analyzes `document` like `init(_:analyzer:fieldCount:nameFields:)`, with the working
    /// buffers of `scratch` (reused from document to document by one thread). The analyzer is
    /// borrowed: an initializer's parameters are otherwise owned, and copying the analyzer for each
    /// document retained and released every reference it holds (2% of a Home Depot build's perf
    /// samples in the copy and destroy alone).
    init(_ document: IndexDocument, analyzer: borrowing Analyzer, fieldCount: Int, nameFields: UInt8, scratch: inout Scratch) {
        self.document = document
        var lengths = [UInt32](repeating: 0, count: fieldCount)
        // Every occurrence as (term slot, field, position), grouped by slot at the end: integers only.
        scratch.slots.removeAll()
        scratch.occurrences.removeAll(keepingCapacity: true)
        scratch.surfaceWords.removeAll(keepingCapacity: true)
        for (field, values) in document.text.prefix(fieldCount).enumerated() {
            var base: UInt32 = 0
            for value in values {
                scratch.tokens.removeAll(keepingCapacity: true)
                analyzer.analyze(value, into: &scratch.tokens)
                var words = 0
                // Tokens are read in place: iterating the array copied each one (a retain and a
                // release of its term).
                scratch.tokens.withUnsafeBufferPointer { tokens in
                    for token in tokens.indices {
                        let slot = scratch.slots.slot(of: tokens[token].term)
                        let position = base + UInt32(tokens[token].position)
                        scratch.occurrences.append((slot, UInt8(field), position))
                        words = max(words, tokens[token].position + 1)
                        if tokens[token].kind == .word, let surface = Self.surface(of: tokens[token], in: value, analyzer: analyzer) {
                            scratch.surfaceWords.append((surface, tokens[token].term))
                            if field < 8, nameFields & (1 << field) != 0 {
                                let written = scratch.slots.slot(of: WrittenForm.term(surface))
                                scratch.occurrences.append((written, UInt8(field), position))
                            }
                        }
                    }
                }
                lengths[field] += UInt32(words)
                base += UInt32(words) + Self.valueGap
            }
        }
        let norms = lengths.map { FieldNorm.encode(Int($0)) }
        let names = scratch.slots.names
        scratch.groupOccurrences(slots: names.count)
        var terms: [String] = []
        terms.reserveCapacity(names.count)
        var postings: [UInt8] = []
        postings.reserveCapacity(scratch.occurrences.count * 2 + names.count * 3)
        var postingEnds: [UInt32] = []
        postingEnds.reserveCapacity(names.count)
        scratch.grouped.withUnsafeBufferPointer { grouped in
            for slot in 0..<names.count {
                let group = Int(scratch.groupStarts[slot])..<Int(scratch.groupStarts[slot + 1])
                DocumentPostings.append(occurrences: UnsafeBufferPointer(rebasing: grouped[group]), norms: norms, to: &postings)
                postingEnds.append(UInt32(postings.count))
                terms.append(names[slot])
            }
        }
        fieldLengths = lengths
        // Copied element by element: sharing the scratch's buffer would make its next
        // `removeAll(keepingCapacity:)` allocate a new one as large as the largest document's.
        var words: [(surface: String, term: String)] = []
        words.reserveCapacity(scratch.surfaceWords.count)
        words.append(contentsOf: scratch.surfaceWords)
        surfaceWords = words
        self.terms = terms
        self.postings = postings
        self.postingEnds = postingEnds
        stored = StoredDocument(id: document.id, fieldLengths: lengths, json: document.stored).encoded
    }

    /// The range in `postings` of the entry of term `i` (an index into `terms`) of a document
    /// whose `postingEnds` are `ends` (loops hold the arrays rather than the document, which a
    /// closure capturing it would copy whole).
    @inline(__always)
    static func postingRange(_ i: Int, ends: [UInt32]) -> Range<Int> {
        (i == 0 ? 0 : Int(ends[i - 1]))..<Int(ends[i])
    }

    /// The normalized written form of a word token when it differs from its term (ASCII is
    /// lowercased and compared in place, a `String` made only when it differs; anything else
    /// goes through the analyzer's normalization).
    static func surface(of token: Token, in value: String, analyzer: Analyzer) -> String? {
        let utf8 = value.utf8
        guard token.start < token.end, token.end <= utf8.count else { return nil }
        let ascii = utf8.withContiguousStorageIfAvailable { all in
            asciiSurface(UnsafeBufferPointer(rebasing: all[token.start..<token.end]), term: token.term)
        }
        switch ascii {
        case .sameAsTerm: return nil
        case .differs(let surface): return surface
        case .notASCII, nil:
            let start = utf8.index(utf8.startIndex, offsetBy: token.start)
            let end = utf8.index(start, offsetBy: token.end - token.start)
            let surface = analyzer.normalize(String(decoding: utf8[start..<end], as: UTF8.self))
            return surface == token.term ? nil : surface
        }
    }

    private enum ASCIISurface {
        case sameAsTerm
        case differs(String)
        case notASCII
    }

    /// `bytes` lowercased when they are ASCII, compared with `term`'s bytes.
    private static func asciiSurface(_ bytes: UnsafeBufferPointer<UInt8>, term: String) -> ASCIISurface {
        var isASCII = true
        for byte in bytes where byte >= 0x80 { isASCII = false }
        guard isASCII else { return .notASCII }
        @inline(__always) func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        let same = term.utf8.withContiguousStorageIfAvailable { term in
            guard term.count == bytes.count else { return false }
            for i in 0..<bytes.count where lower(bytes[i]) != term[i] { return false }
            return true
        } ?? false
        if same { return .sameAsTerm }
        return .differs(String(unsafeUninitializedCapacity: bytes.count) { out in
            for i in 0..<bytes.count { out[i] = lower(bytes[i]) }
            return bytes.count
        })
    }
}
