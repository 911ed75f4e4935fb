import SearchIndex

/// Properties every parse must have, whatever the input; each check returns its violations.
enum SyntaxInvariants {
    static let queryParser = QueryParser(fields: ["brand", "title", "category.path", "size"])

    /// Every clause and warning of a lenient query parse is well formed; with `checkStrict`,
    /// strict parsing also throws exactly the first warning or returns the same result.
    static func queryProblems(_ text: String, checkStrict: Bool = true) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let parsed = queryParser.parse(text)
        var problems: [String] = []
        func problem(_ what: String) { problems.append("\(what) in \(text.debugDescription)") }

        var previousEnd = 0
        for (offset, clause) in parsed.clauses.enumerated() {
            let range = clause.range
            if range.lowerBound < previousEnd || range.isEmpty || range.upperBound > scalars.count {
                problem("clause range \(range) out of order or outside 0..<\(scalars.count)")
                continue
            }
            previousEnd = range.upperBound
            if let field = clause.field, !queryParser.fields.contains(field) { problem("unknown field \(field)") }
            if clause.isLastWord, offset != parsed.clauses.count - 1 || range.upperBound != scalars.count || clause.occur == .mustNot {
                problem("isLastWord on a clause that is not the last word")
            }
            switch clause.kind {
            case .word(let word):
                if !isWord(word, allowingQuotes: true) || !typedText(scalars, in: range, endsWith: word) {
                    problem("word \(word.debugDescription) does not end the text typed at \(range)")
                }
            case .prefix(let stem):
                if clause.isLastWord || !isWord(stem, allowingQuotes: true) || scalars[range.upperBound - 1] != "*" {
                    problem("bad prefix \(stem.debugDescription)")
                }
            case .phrase(let words, let slop):
                if clause.isLastWord || words.isEmpty || slop < 0 || slop > QueryParser.maxSlop
                    || !words.allSatisfy({ isWord($0, allowingQuotes: false) }) {
                    problem("bad phrase \(words) ~\(slop)")
                }
            }
        }
        var previousPosition = 0
        for warning in parsed.warnings {
            if warning.position < previousPosition || warning.position > scalars.count || warning.message.isEmpty {
                problem("warning \(warning) out of order or outside 0...\(scalars.count)")
            }
            previousPosition = warning.position
        }
        guard checkStrict else { return problems }
        do {
            let strict = try queryParser.parseStrict(text)
            if !parsed.warnings.isEmpty || strict != parsed { problem("parseStrict accepted what parse warned about") }
        } catch {
            if error != parsed.warnings.first { problem("parseStrict threw \(error), not the first warning") }
        }
        return problems
    }

    /// A filter either parses and its description parses back to it, or fails inside the input.
    static func filterProblems(_ text: String) -> [String] {
        do {
            return roundTripProblems(try FilterParser().parse(text))
        } catch {
            let length = text.unicodeScalars.count
            if !(0...length).contains(error.position) || error.message.isEmpty {
                return ["error \(error) outside 0...\(length) in \(text.debugDescription)"]
            }
            return []
        }
    }

    static func roundTripProblems(_ expression: FilterExpression) -> [String] {
        let canonical = expression.description
        do {
            let reparsed = try FilterParser().parse(canonical)
            return reparsed == expression ? [] : ["\(canonical.debugDescription) parses to \(reparsed)"]
        } catch {
            return ["\(canonical.debugDescription) does not parse: \(error)"]
        }
    }

    /// Non-empty, no separators, and (unless allowed, for inch marks) no quotation marks.
    private static func isWord(_ word: String, allowingQuotes: Bool) -> Bool {
        guard !word.isEmpty else { return false }
        for scalar in word.unicodeScalars {
            if isSeparator(scalar) || (!allowingQuotes && isQuote(scalar)) { return false }
        }
        return true
    }

    private static func typedText(_ scalars: [Unicode.Scalar], in range: Range<Int>, endsWith word: String) -> Bool {
        var offset = range.upperBound
        for scalar in word.unicodeScalars.reversed() {
            offset -= 1
            if offset < range.lowerBound || scalars[offset] != scalar { return false }
        }
        return true
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value <= 0x20 || scalar.value == 0x7F }
        return scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
    }

    private static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "“", "”", "„", "＂": true
        default: false
        }
    }
}
