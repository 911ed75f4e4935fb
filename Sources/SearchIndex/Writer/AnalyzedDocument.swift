import TextAnalysis

/// A document after text analysis, ready for the single writer: its distinct terms with their
/// postings entries (`DocumentPostings`), its field lengths, and its stored form. Produced on
/// all cores; consumed inside one write transaction.
struct AnalyzedDocument: Sendable {
    var document: IndexDocument
    var fieldLengths: [UInt32]
    /// Words as written (normalized) whose term differs from them, with that term.
    var surfaceWords: [String: String]
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
    init(_ document: IndexDocument, analyzer: Analyzer, fieldCount: Int, nameFields: UInt8) {
        self.document = document
        var lengths = [UInt32](repeating: 0, count: fieldCount)
        // Every occurrence as (term slot, field, position), sorted once at the end: integers only.
        var slots: [String: Int32] = [:]
        var names: [String] = []
        var occurrences: [(slot: Int32, field: UInt8, position: UInt32)] = []
        var surfaceWords: [String: String] = [:]
        var tokens: [Token] = []
        for (field, values) in document.text.prefix(fieldCount).enumerated() {
            var base: UInt32 = 0
            for value in values {
                tokens.removeAll(keepingCapacity: true)
                analyzer.analyze(value, into: &tokens)
                var words = 0
                for token in tokens {
                    let slot = Self.slot(of: token.term, names: &names, slots: &slots)
                    occurrences.append((slot, UInt8(field), base + UInt32(token.position)))
                    words = max(words, token.position + 1)
                    if token.kind == .word, let surface = Self.surface(of: token, in: value, analyzer: analyzer) {
                        surfaceWords[surface] = token.term
                        if field < 8, nameFields & (1 << field) != 0 {
                            let written = Self.slot(of: WrittenForm.term(surface), names: &names, slots: &slots)
                            occurrences.append((written, UInt8(field), base + UInt32(token.position)))
                        }
                    }
                }
                lengths[field] += UInt32(words)
                base += UInt32(words) + Self.valueGap
            }
        }
        occurrences.sort { ($0.slot, $0.field, $0.position) < ($1.slot, $1.field, $1.position) }
        let norms = lengths.map { FieldNorm.encode(Int($0)) }
        var terms: [String] = []
        terms.reserveCapacity(names.count)
        var postings: [UInt8] = []
        postings.reserveCapacity(occurrences.count * 2 + names.count * 3)
        var postingEnds: [UInt32] = []
        postingEnds.reserveCapacity(names.count)
        var fields: [(field: UInt8, norm: UInt8, positions: ArraySlice<UInt32>)] = []
        var positions: [UInt32] = []
        var i = 0
        while i < occurrences.count {
            let slot = occurrences[i].slot
            fields.removeAll(keepingCapacity: true)
            positions.removeAll(keepingCapacity: true)
            while i < occurrences.count, occurrences[i].slot == slot {
                let field = occurrences[i].field
                let start = positions.count
                while i < occurrences.count, occurrences[i].slot == slot, occurrences[i].field == field {
                    if positions.count == start || positions.last != occurrences[i].position { positions.append(occurrences[i].position) }
                    i += 1
                }
                fields.append((field, norms[Int(field)], positions[start...]))
            }
            DocumentPostings.append(fields, to: &postings)
            postingEnds.append(UInt32(postings.count))
            terms.append(names[Int(slot)])
        }
        fieldLengths = lengths
        self.surfaceWords = surfaceWords
        self.terms = terms
        self.postings = postings
        self.postingEnds = postingEnds
        stored = StoredDocument(id: document.id, fieldLengths: lengths, json: document.stored).encoded
    }

    /// Distinct terms up to this many are found by a linear scan of `names` (a title has 5–20):
    /// comparing short strings is cheaper than hashing them with SipHash.
    static let linearScanTerms = 24

    /// The slot of `term` in `names`, appended when new; `slots` indexes `names` once it outgrows
    /// `linearScanTerms`.
    static func slot(of term: String, names: inout [String], slots: inout [String: Int32]) -> Int32 {
        if names.count <= linearScanTerms {
            if let known = names.firstIndex(of: term) { return Int32(known) }
        } else if let known = slots[term] {
            return known
        }
        names.append(term)
        if names.count > linearScanTerms {
            if slots.isEmpty {
                for (i, name) in names.enumerated() { slots[name] = Int32(i) }
            } else {
                slots[term] = Int32(names.count - 1)
            }
        }
        return Int32(names.count - 1)
    }

    /// The postings entry of term `i` (an index into `terms`).
    func postingRange(_ i: Int) -> Range<Int> {
        (i == 0 ? 0 : Int(postingEnds[i - 1]))..<Int(postingEnds[i])
    }

    /// The normalized written form of a word token when it differs from its term (ASCII is
    /// lowercased in place and compared without allocating; anything else goes through the
    /// analyzer's normalization).
    static func surface(of token: Token, in value: String, analyzer: Analyzer) -> String? {
        let utf8 = value.utf8
        guard token.start < token.end, token.end <= utf8.count else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: token.start)
        let end = utf8.index(start, offsetBy: token.end - token.start)
        let bytes = utf8[start..<end]
        if bytes.allSatisfy({ $0 < 0x80 }) {
            let lowered = bytes.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            if lowered.elementsEqual(token.term.utf8) { return nil }
            return String(decoding: Array(lowered), as: UTF8.self)
        }
        let surface = analyzer.normalize(String(decoding: bytes, as: UTF8.self))
        return surface == token.term ? nil : surface
    }
}
