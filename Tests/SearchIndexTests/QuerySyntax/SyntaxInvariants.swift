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
            let typed = scalars[range]
            if let field = clause.field, !queryParser.fields.contains(field) { problem("unknown field \(field)") }
            if clause.isLastWord, offset != parsed.clauses.count - 1 || range.upperBound != scalars.count || clause.occur == .mustNot {
                problem("isLastWord on a clause that is not the last word")
            }
            switch clause.kind {
            case .word(let word):
                if !isCleanWord(word) || !typed.suffix(word.unicodeScalars.count).elementsEqual(word.unicodeScalars) {
                    problem("word \(word.debugDescription) does not end the typed \(range)")
                }
            case .prefix(let stem):
                if clause.isLastWord || !isCleanWord(stem) || typed.last != "*" { problem("bad prefix \(stem.debugDescription)") }
            case .phrase(let words, let slop):
                if clause.isLastWord || words.isEmpty || !words.allSatisfy(isCleanWord) || !(0...QueryParser.maxSlop).contains(slop)
                    || words.contains(where: { $0.unicodeScalars.contains(where: isQuote) }) {
                    problem("bad phrase \(words) ~\(slop)")
                }
            }
        }
        let positions = parsed.warnings.map(\.position)
        if positions != positions.sorted() || positions.contains(where: { !(0...scalars.count).contains($0) }) {
            problem("warning positions \(positions) unsorted or outside 0...\(scalars.count)")
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

    private static func isCleanWord(_ word: String) -> Bool {
        !word.isEmpty && !word.unicodeScalars.contains(where: isSeparator)
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value <= 0x20 || scalar.value == 0x7F }
        return scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
    }

    private static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        ["\"", "“", "”", "„", "＂"].contains(scalar)
    }
}
