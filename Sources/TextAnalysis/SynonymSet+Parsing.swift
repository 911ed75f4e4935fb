extension SynonymSet {
    /// Reads Solr-style synonym rules, one per line:
    ///
    ///     # a comment (also after a rule)
    ///     tv, television, telly          equivalence: each matches the others
    ///     hoodie, hoody => hooded sweatshirt, sweatshirt
    ///                                    one-way: each left phrase may be replaced by the right ones
    ///
    /// Blank lines are skipped. A backslash makes the next character literal (`\,`, `\#`, `\=`,
    /// `\\`). Phrases are analyzed with `analyzer`, as with `addEquivalence` and `addOneWay`.
    /// Throws the first problem found, with its line number; nothing is added then.
    public init(parsing text: String, analyzer: Analyzer) throws(SynonymParseError) {
        self.init()
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let sides = Self.split(rawLine)
            guard !(sides.count == 1 && sides[0].count == 1 && sides[0][0].isEmpty) else { continue }
            let line = lineNumber
            func analyzed(_ phrases: [String]) throws(SynonymParseError) -> [String] {
                for phrase in phrases {
                    if phrase.isEmpty { throw SynonymParseError(line: line, reason: .emptyPhrase) }
                    if Self.phrase(phrase, analyzer: analyzer) == nil {
                        throw SynonymParseError(line: line, reason: .noTerms(phrase))
                    }
                }
                return phrases
            }
            switch sides.count {
            case 1:
                let phrases = try analyzed(sides[0])
                guard phrases.count >= 2 else { throw SynonymParseError(line: line, reason: .singlePhrase) }
                addEquivalence(phrases, analyzer: analyzer)
            case 2:
                if sides[0] == [""] || sides[1] == [""] { throw SynonymParseError(line: line, reason: .emptySide) }
                let sources = try analyzed(sides[0])
                let targets = try analyzed(sides[1])
                for source in sources { addOneWay(source, to: targets, analyzer: analyzer) }
            default:
                throw SynonymParseError(line: line, reason: .repeatedArrow)
            }
        }
    }

    /// Splits a line into its "=>" sides and each side into trimmed comma-separated phrases,
    /// honouring backslash escapes and dropping a comment.
    private static func split(_ line: Substring) -> [[String]] {
        var sides: [[String]] = [[]]
        var current = ""
        var characters = line.makeIterator()
        var pending: Character? = nil
        func finishPhrase() {
            sides[sides.count - 1].append(current.trimmingWhitespace())
            current = ""
        }
        while let character = pending ?? characters.next() {
            pending = nil
            switch character {
            case "\\":
                if let escaped = characters.next() { current.append(escaped) }
            case "#":
                finishPhrase()
                return sides
            case ",":
                finishPhrase()
            case "=":
                let next = characters.next()
                if next == ">" {
                    finishPhrase()
                    sides.append([])
                } else {
                    current.append(character)
                    pending = next
                }
            case "\r":
                continue
            default:
                current.append(character)
            }
        }
        finishPhrase()
        return sides
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        var view = Substring(self)
        while view.first?.isWhitespace == true { view.removeFirst() }
        while view.last?.isWhitespace == true { view.removeLast() }
        return String(view)
    }
}
