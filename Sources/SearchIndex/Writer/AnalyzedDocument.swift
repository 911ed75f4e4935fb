import TextAnalysis

/// A document after text analysis, ready for the single writer: its terms with per-field
/// positions, and its field lengths. Produced on all cores; consumed inside one write transaction.
struct AnalyzedDocument: Sendable {
    /// One term of the document: per field it occurs in (ascending), norm code and positions.
    struct Term: Sendable {
        var term: String
        var fields: [(field: UInt8, norm: UInt8, positions: [UInt32])]
    }

    var document: IndexDocument
    var fieldLengths: [UInt32]
    /// Words as written (normalized) whose term differs from them, with that term.
    var surfaceWords: [String: String]
    /// Sorted by term.
    var terms: [Term]

    /// The normalized written form of a word token (ASCII is lowercased directly; anything else
    /// goes through the analyzer's normalization).
    static func surface(of token: Token, in value: String, analyzer: Analyzer) -> String? {
        let utf8 = value.utf8
        guard token.start < token.end, token.end <= utf8.count else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: token.start)
        let end = utf8.index(start, offsetBy: token.end - token.start)
        let bytes = utf8[start..<end]
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return analyzer.normalize(String(decoding: bytes, as: UTF8.self))
    }

    /// Positions between two values of one field, so that phrases never match across values.
    static let valueGap: UInt32 = 100

    /// Analyzes `document`'s text fields (at most `fieldCount`) with `analyzer`.
    init(_ document: IndexDocument, analyzer: Analyzer, fieldCount: Int) {
        self.document = document
        var lengths = [UInt32](repeating: 0, count: fieldCount)
        var positionsByTerm: [String: [[UInt32]]] = [:]
        var surfaceWords: [String: String] = [:]
        var tokens: [Token] = []
        for (field, values) in document.text.prefix(fieldCount).enumerated() {
            var base: UInt32 = 0
            for value in values {
                tokens.removeAll(keepingCapacity: true)
                analyzer.analyze(value, into: &tokens)
                var words = 0
                for token in tokens where token.kind == .word {
                    if let surface = Self.surface(of: token, in: value, analyzer: analyzer), surface != token.term {
                        surfaceWords[surface] = token.term
                    }
                }
                for token in tokens {
                    let position = base + UInt32(token.position)
                    positionsByTerm[token.term, default: Array(repeating: [], count: fieldCount)][field].append(position)
                    words = max(words, token.position + 1)
                }
                lengths[field] += UInt32(words)
                base += UInt32(words) + Self.valueGap
            }
        }
        fieldLengths = lengths
        self.surfaceWords = surfaceWords
        let norms = lengths.map { FieldNorm.encode(Int($0)) }
        terms = positionsByTerm.map { term, perField in
            var fields: [(field: UInt8, norm: UInt8, positions: [UInt32])] = []
            for (field, positions) in perField.enumerated() where !positions.isEmpty {
                var unique = positions.sorted()
                unique.dedupe()
                fields.append((UInt8(field), norms[field], unique))
            }
            return Term(term: term, fields: fields)
        }.sorted { $0.term.utf8.lexicographicallyPrecedes($1.term.utf8) }
    }
}

extension Array where Element: Equatable {
    /// Removes consecutive duplicates in place.
    mutating func dedupe() {
        guard count > 1 else { return }
        var write = 1
        for read in 1..<count where self[read] != self[write - 1] {
            self[write] = self[read]
            write += 1
        }
        removeLast(count - write)
    }
}
