/// One pass of `QueryParser` over one input: a cursor over its Unicode scalars that appends
/// clauses and warnings. Every step consumes at least one scalar, so a pass ends after at most
/// `scalars.count` steps.
struct QueryScanner {
    private let scalars: [Unicode.Scalar]
    private let fields: Set<String>
    private var index = 0
    private var clauses: [QueryClause] = []
    private var warnings: [QuerySyntaxError] = []

    init(scalars: [Unicode.Scalar], fields: Set<String>) {
        self.scalars = scalars
        self.fields = fields
    }

    mutating func scan() -> ParsedQuery {
        var afterSeparator = true
        while index < scalars.count {
            if scalars[index].isSyntaxSeparator {
                index += 1
                afterSeparator = true
            } else {
                scanToken(operatorAllowed: afterSeparator)
                afterSeparator = false
            }
        }
        markLastWord()
        return ParsedQuery(clauses: clauses, warnings: warnings)
    }

    /// Scans one token starting at a non-separator scalar.
    private mutating func scanToken(operatorAllowed: Bool) {
        let start = index
        var occur = QueryClause.Occur.should
        if operatorAllowed, let typed = Self.occur(of: scalars[index]) {
            let next = index + 1
            if next == scalars.count || scalars[next].isSyntaxSeparator {
                warn(at: start, "'\(scalars[start])' must be followed by a word or a phrase")
                index = next
                return
            }
            occur = typed
            index = next
        }
        if scalars[index].isQuotationMark {
            scanPhrase(start: start, occur: occur, field: nil)
        } else {
            scanWord(start: start, occur: occur)
        }
    }

    /// Scans a word (with an optional known field and trailing stars) starting at a scalar that
    /// is neither a separator nor a quote.
    private mutating func scanWord(start: Int, occur: QueryClause.Occur) {
        let wordStart = index
        var end = index
        var colon: Int?
        while end < scalars.count {
            let scalar = scalars[end]
            if scalar.isSyntaxSeparator { break }
            if scalar.isQuotationMark, end == wordStart || scalars[end - 1].asciiDigitValue == nil { break }
            if colon == nil, scalar == ":" { colon = end }
            end += 1
        }
        index = end

        var field: String?
        var valueStart = wordStart
        if let colon, let name = knownField(wordStart..<colon) {
            field = name
            valueStart = colon + 1
            if valueStart == end {
                if end < scalars.count, scalars[end].isQuotationMark {
                    scanPhrase(start: start, occur: occur, field: name)
                } else {
                    warn(at: valueStart, "expected a value after '\(name):'")
                }
                return
            }
        }

        var stemEnd = end
        while stemEnd > valueStart, scalars[stemEnd - 1] == "*" { stemEnd -= 1 }
        let kind: QueryClause.Kind
        if stemEnd == end {
            kind = .word(scalars.text(valueStart..<end))
        } else if stemEnd > valueStart {
            kind = .prefix(scalars.text(valueStart..<stemEnd))
        } else {
            warn(at: valueStart, "'*' must follow the beginning of a word")
            return
        }
        clauses.append(QueryClause(occur: occur, field: field, kind: kind, range: start..<end))
    }

    /// Scans a phrase starting at its opening quote, and the `~slop` after its closing quote.
    private mutating func scanPhrase(start: Int, occur: QueryClause.Occur, field: String?) {
        let open = index
        var close = open + 1
        while close < scalars.count, !scalars[close].isQuotationMark { close += 1 }
        let words = splitWords(open + 1..<close)

        var end = scalars.count
        var slop = 0
        if close == scalars.count {
            warn(at: open, "unclosed quote: the phrase runs to the end of the query")
        } else {
            if words.isEmpty { warn(at: open, "empty phrase") }
            end = close + 1
            if end < scalars.count, scalars[end] == "~" {
                (slop, end) = scanSlop(tilde: end)
            }
        }
        index = end
        if !words.isEmpty {
            clauses.append(QueryClause(occur: occur, field: field, kind: .phrase(words, slop: slop), range: start..<end))
        }
    }

    /// Reads the digits after a phrase's `~`; returns the slop and the offset after them.
    private mutating func scanSlop(tilde: Int) -> (slop: Int, end: Int) {
        let digitsStart = tilde + 1
        var end = digitsStart
        var slop = 0
        while end < scalars.count, let digit = scalars[end].asciiDigitValue {
            slop = min(slop * 10 + digit, QueryParser.maxSlop + 1)
            end += 1
        }
        if end == digitsStart {
            warn(at: digitsStart, "expected a number after '~'")
        } else if slop > QueryParser.maxSlop {
            warn(at: digitsStart, "a phrase slop can be at most \(QueryParser.maxSlop)")
            slop = QueryParser.maxSlop
        }
        return (slop, end)
    }

    private func splitWords(_ range: Range<Int>) -> [String] {
        var words: [String] = []
        var wordStart: Int?
        for offset in range {
            if scalars[offset].isSyntaxSeparator {
                if let start = wordStart { words.append(scalars.text(start..<offset)) }
                wordStart = nil
            } else if wordStart == nil {
                wordStart = offset
            }
        }
        if let start = wordStart { words.append(scalars.text(start..<range.upperBound)) }
        return words
    }

    private func knownField(_ range: Range<Int>) -> String? {
        guard !range.isEmpty, range.allSatisfy({ scalars[$0].isFieldNameCharacter }) else { return nil }
        let name = scalars.text(range)
        return fields.contains(name) ? name : nil
    }

    private mutating func markLastWord() {
        guard let last = clauses.indices.last, case .word = clauses[last].kind,
              clauses[last].occur != .mustNot, clauses[last].range.upperBound == scalars.count
        else { return }
        clauses[last].isLastWord = true
    }

    private mutating func warn(at position: Int, _ message: String) {
        warnings.append(QuerySyntaxError(position: position, message: message))
    }

    private static func occur(of scalar: Unicode.Scalar) -> QueryClause.Occur? {
        switch scalar {
        case "-": .mustNot
        case "+": .must
        default: nil
        }
    }
}
