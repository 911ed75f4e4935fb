/// Compounds to tokens: quantities that continue past whitespace, dimensions, then one group
/// of tokens per written unit, with positions as documented on `Token`.
extension Tokenizer {
    mutating func emitGroups(into tokens: inout [Token]) {
        var c = 0
        while c < compounds.count {
            var end = c + 1
            if options.productTokens, let quantityEnd = extendQuantity(at: c) {
                end = quantityEnd
                end = extendDimension(from: end)
            } else if options.productTokens, isDimension(c) {
                end = extendDimension(from: end)
            }
            emitGroup(c..<end, into: &tokens)
            c = end
        }
    }

    // MARK: - Quantities across whitespace

    /// If compound `c` is a lone quantity, completes it with what follows it across whitespace
    /// and returns the index past the compounds it absorbed; nil if `c` is not a lone quantity.
    ///
    /// - An integer followed by a proper fraction is one mixed number: "1 1/2" = "1-1/2".
    /// - A unit mark right after the number: `24"` (in), `6'` (ft), `50%` (pct), `30°` (deg).
    /// - Unit words after the number: "3/4 in.", "5 gal.", "1.9 cu. ft.", "60 Hz". Only after a
    ///   number is "in" a unit; elsewhere it stays a word (a stop word in English).
    private mutating func extendQuantity(at c: Int) -> Int? {
        if let end = compounds[c].quantityEnd { return end }
        let compound = compounds[c]
        guard compound.elements.count == 1, elements[compound.elements.lowerBound].kind == .quantity else { return nil }
        let q = compound.elements.lowerBound
        var end = c + 1
        if elements[q].numberForm == .integer, !elements[q].hasUnit, end < compounds.count, adjacent(c, end),
            !hasUnitMark(after: compound), let fraction = loneQuantity(end), elements[fraction].numberForm == .properFraction
        {
            let textStart = bytes.count
            appendOwnBytes(elements[q].textStart..<elements[q].textEnd)
            bytes.append(UInt8(ascii: "-"))
            appendOwnBytes(elements[fraction].textStart..<elements[fraction].textEnd)
            elements[q].textStart = textStart
            elements[q].textEnd = bytes.count
            elements[q].end = elements[fraction].end
            elements[q].numberForm = .other
            elements[q].unit = elements[fraction].unit
            elements[q].unitStart = elements[fraction].unitStart
            elements[q].unitEnd = elements[fraction].unitEnd
            elements[fraction].kind = .consumed
            end += 1
        }
        if !elements[q].hasUnit {
            let last = compounds[end - 1].pieces.upperBound
            if last < pieces.count, !pieces[last].separated, let unit = configuration.units.unit(mark: pieces[last].mark),
                pieces[last].kind == .mark
            {
                elements[q].unit = unit
                elements[q].unitStart = pieces[last].start
                elements[q].unitEnd = pieces[last].end
            } else if end < compounds.count, adjacent(end - 1, end) {
                end = attachUnitWords(to: q, from: end)
            }
        }
        compounds[c].quantityEnd = end
        return end
    }

    @inline(__always)
    private func hasUnitMark(after compound: Compound) -> Bool {
        let next = compound.pieces.upperBound
        return next < pieces.count && pieces[next].kind == .mark && !pieces[next].separated
            && configuration.units.unit(mark: pieces[next].mark) != nil
    }

    /// Absorbs one or two unit words in the compounds from `c` on into quantity `q`; returns the
    /// index past the compounds it absorbed (`c` if none).
    private mutating func attachUnitWords(to q: Int, from c: Int) -> Int {
        guard let first = loneWordPiece(c) else {
            // One compound holding a two-word unit: "cu.ft", "sq-ft".
            let compound = compounds[c]
            guard compound.elements.count == 2, compound.pieces.count == 3,
                pieces[compound.pieces.lowerBound].kind == .letters, pieces[compound.pieces.upperBound - 1].kind == .letters,
                let unit = unit(pieces[compound.pieces.lowerBound], pieces[compound.pieces.upperBound - 1])
            else { return c }
            absorb(unit: unit, into: q, compounds: c..<(c + 1))
            return c + 1
        }
        if c + 1 < compounds.count, let second = loneWordPiece(c + 1), nearby(c, c + 1),
            let unit = unit(first, second)
        {
            absorb(unit: unit, into: q, compounds: c..<(c + 2))
            return c + 2
        }
        guard let unit = unit(first) else { return c }
        absorb(unit: unit, into: q, compounds: c..<(c + 1))
        return c + 1
    }

    private mutating func absorb(unit: UnitTable.ID, into q: Int, compounds range: Range<Int>) {
        elements[q].unit = unit
        elements[q].unitStart = pieces[compounds[range.lowerBound].pieces.lowerBound].start
        elements[q].unitEnd = pieces[compounds[range.upperBound - 1].pieces.upperBound - 1].end
        for c in range {
            for e in compounds[c].elements { elements[e].kind = .consumed }
        }
    }

    /// The single letters piece of compound `c`, if that is all it is.
    @inline(__always)
    private func loneWordPiece(_ c: Int) -> Piece? {
        let compound = compounds[c]
        guard compound.pieces.count == 1, pieces[compound.pieces.lowerBound].kind == .letters,
            compound.elements.count == 1, elements[compound.elements.lowerBound].kind == .word
        else { return nil }
        return pieces[compound.pieces.lowerBound]
    }

    /// The element of compound `c` if the compound is a lone quantity.
    @inline(__always)
    private func loneQuantity(_ c: Int) -> Int? {
        let compound = compounds[c]
        guard compound.elements.count == 1, elements[compound.elements.lowerBound].kind == .quantity else { return nil }
        return compound.elements.lowerBound
    }

    /// Compounds `a` and `b` follow each other with only whitespace or separators between them.
    @inline(__always)
    private func adjacent(_ a: Int, _ b: Int) -> Bool {
        compounds[a].pieces.upperBound == compounds[b].pieces.lowerBound
    }

    /// Like `adjacent`, but an abbreviation period may stand between them ("cu. ft.").
    @inline(__always)
    private func nearby(_ a: Int, _ b: Int) -> Bool {
        for p in compounds[a].pieces.upperBound..<compounds[b].pieces.lowerBound where pieces[p].mark != UInt8(ascii: ".") {
            return false
        }
        return true
    }

    // MARK: - Dimensions across whitespace

    /// Extends a quantity or a written dimension ("2x4") ending at compound `end` with
    /// "[label] x quantity" as long as they follow: "2 in. x 4 in. x 8 ft.", "96 in. W x 72 in. L".
    /// A label names the size before the "x" (W, H, D, L, Wide, Thick … see
    /// `AnalysisConfiguration.dimensionLabels`) and stays a word token.
    private mutating func extendDimension(from start: Int) -> Int {
        var end = start
        while true {
            var k = end
            if k < compounds.count, isLabel(k) { k += 1 }
            guard k + 1 < compounds.count, isLoneTimes(k), let next = extendQuantity(at: k + 1) else { return end }
            elements[compounds[k].elements.lowerBound].kind = .times
            end = next
        }
    }

    @inline(__always)
    private func isLabel(_ c: Int) -> Bool {
        guard let piece = loneWordPiece(c) else { return false }
        let labels = configuration.dimensionLabels
        return bytes.withUnsafeBufferPointer {
            labels.value(for: UnsafeBufferPointer(rebasing: $0[piece.textStart..<piece.textEnd])) != nil
        }
    }

    @inline(__always)
    private func isLoneTimes(_ c: Int) -> Bool {
        let compound = compounds[c]
        return compound.elements.count == 1 && isTimes(elements[compound.elements.lowerBound])
    }

    @inline(__always)
    private func isDimension(_ c: Int) -> Bool {
        for e in compounds[c].elements where elements[e].kind == .times { return true }
        return false
    }

    // MARK: - Tokens

    /// Emits the tokens of the compounds in `group`, which form one written unit: a word, a
    /// quantity, a dimension, or a code/compound with its parts.
    private mutating func emitGroup(_ group: Range<Int>, into tokens: inout [Token]) {
        let elementRange = compounds[group.lowerBound].elements.lowerBound..<compounds[group.upperBound - 1].elements.upperBound
        var live = 0
        var hasTimes = false
        for e in elementRange where elements[e].kind != .consumed {
            live += 1
            if elements[e].kind == .times { hasTimes = true }
        }
        if hasTimes {
            emitDimension(elementRange, into: &tokens)
        } else if live == 1 {
            var e = elementRange.lowerBound
            while elements[e].kind == .consumed { e += 1 }
            if elements[e].kind == .word {
                emitWord(elements[e], kind: .word, removable: true, into: &tokens)
                position += 1
            } else {
                position += emitQuantity(elements[e], asPart: false, into: &tokens)
            }
        } else if live > 1 {
            emitCode(compounds[group.lowerBound], into: &tokens)
        }
    }

    /// A code or compound: its joined form spanning its parts, then the parts on the base path.
    /// (The joined form is inserted before the parts once their positions are known, which keeps
    /// the output ordered without sorting.)
    private mutating func emitCode(_ compound: Compound, into tokens: inout [Token]) {
        let startPosition = position
        let firstToken = tokens.count
        let asParts = options.productTokens
        for e in compound.elements {
            let element = elements[e]
            if element.kind == .word {
                emitWord(element, kind: asParts ? .codePart : .word, removable: !asParts, into: &tokens)
                position += 1
            } else if element.kind == .quantity {
                position += emitQuantity(element, asPart: asParts, into: &tokens)
            }
        }
        guard asParts else { return }
        // The joined form: the compound's letters and digits as written, lowercased, without
        // punctuation ("#SC-141" → "sc141"). All letters: a compound word, stemmed as one word.
        let textStart = bytes.count
        var allLetters = true
        for p in compound.pieces where pieces[p].isAlphanumeric {
            appendOwnBytes(pieces[p].textStart..<pieces[p].textEnd)
            if pieces[p].kind == .digits { allLetters = false }
        }
        let text = textStart..<bytes.count
        let start = pieces[compound.pieces.lowerBound].start
        let end = pieces[compound.pieces.upperBound - 1].end
        let term = allLetters ? wordTerm(bytesIn: text).term : string(bytesIn: text)
        tokens.insert(
            Token(
                term: term, position: startPosition, positionLength: position - startPosition, start: start, end: end,
                kind: allLetters ? .compound : .code),
            at: firstToken)
    }

    /// A dimension: each size (with its unit tokens) and label on the base path, "x" skipped,
    /// then the bare sizes joined by "x" spanning them all; with three or more sizes also the
    /// first two ("2x4" of "2 in. x 4 in. x 8 ft."), as the length of lumber is often left out.
    private mutating func emitDimension(_ range: Range<Int>, into tokens: inout [Token]) {
        let startPosition = position
        let firstToken = tokens.count
        let textStart = bytes.count
        var sizes = 0
        var start = Int.max
        var end = 0
        var firstTwo: (textEnd: Int, positionEnd: Int, end: Int)? = nil
        for e in range {
            let element = elements[e]
            switch element.kind {
            case .quantity:
                if sizes > 0 { bytes.append(UInt8(ascii: "x")) }
                appendOwnBytes(element.textStart..<element.textEnd)
                position += emitQuantity(element, asPart: false, into: &tokens)
                sizes += 1
                start = min(start, element.start)
                end = element.spanEnd
                if sizes == 2 { firstTwo = (bytes.count, position, end) }
            case .word:
                emitWord(element, kind: .word, removable: false, into: &tokens)
                position += 1
            case .times, .consumed:
                break
            }
        }
        if sizes >= 3, let firstTwo {
            tokens.insert(
                Token(
                    term: string(bytesIn: textStart..<firstTwo.textEnd), position: startPosition,
                    positionLength: firstTwo.positionEnd - startPosition, start: start, end: firstTwo.end, kind: .dimension),
                at: firstToken)
        }
        tokens.insert(
            Token(
                term: string(bytesIn: textStart..<bytes.count), position: startPosition,
                positionLength: position - startPosition, start: start, end: end, kind: .dimension),
            at: firstToken)
    }

    /// A quantity's tokens at the current position: the number, and with a unit also the
    /// measurement spanning the number and the unit (before them) and the unit (next position).
    /// Returns the positions used.
    private mutating func emitQuantity(_ quantity: Element, asPart: Bool, into tokens: inout [Token]) -> Int {
        let number = string(bytesIn: quantity.textStart..<quantity.textEnd)
        guard quantity.hasUnit else {
            tokens.append(
                Token(term: number, position: position, start: quantity.start, end: quantity.end, kind: asPart ? .codePart : .number))
            return 1
        }
        let unit = configuration.units.names[Int(quantity.unit)]
        tokens.append(
            Token(
                term: number + unit, position: position, positionLength: 2, start: quantity.start, end: quantity.unitEnd,
                kind: .measurement))
        tokens.append(Token(term: number, position: position, start: quantity.start, end: quantity.end, kind: .number))
        tokens.append(Token(term: unit, position: position + 1, start: quantity.unitStart, end: quantity.unitEnd, kind: .unit))
        return 2
    }

    /// A word's token at the current position (none for a removable stop word when stop words
    /// are removed; the caller still advances the position).
    private mutating func emitWord(_ word: Element, kind: Token.Kind, removable: Bool, into tokens: inout [Token]) {
        let entry = wordTerm(bytesIn: word.textStart..<word.textEnd)
        if removable, entry.isStopWord, options.stopWords == .remove { return }
        tokens.append(Token(term: entry.term, position: position, start: word.start, end: word.end, kind: kind))
    }
}
