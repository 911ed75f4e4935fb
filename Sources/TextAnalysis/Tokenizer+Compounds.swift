/// Pieces to compounds, and each compound to its elements (words and quantities).
///
/// A compound is what the text writes without whitespace: alphanumeric pieces that touch, or
/// that touch a joining mark between them. Joining marks are '-', '.', '_', '&' between
/// any pieces, '/' between pieces of the same kind ("3/4", "Indoor/Outdoor"), ',' only as a
/// thousands separator ("2,000"), and '\'' only between letters ("Lowe's", "l'eau"). A
/// leading '#' ("#SC-141") or parenthesis is not part of a compound.
extension Tokenizer {
    mutating func buildCompounds() {
        var i = 0
        while i < pieces.count {
            guard pieces[i].isAlphanumeric else {
                i += 1
                continue
            }
            var end = i + 1
            while end < pieces.count, !isTimesAfterUnitMark(i) {
                let piece = pieces[end]
                if piece.separated { break }
                if piece.isAlphanumeric {
                    end += 1
                    continue
                }
                guard end + 1 < pieces.count, !pieces[end + 1].separated, pieces[end + 1].isAlphanumeric,
                    joins(piece.mark, pieces[end - 1], pieces[end + 1])
                else { break }
                end += 2
            }
            let firstElement = elements.count
            parseElements(i..<end)
            compounds.append(Compound(pieces: i..<end, elements: firstElement..<elements.count))
            i = end
        }
    }

    /// The "x" of `2'x12'` or `2"x4"`: a lone letter x right after a foot or inch mark and right
    /// before digits is the dimension sign, not the start of a code "x12".
    @inline(__always)
    private func isTimesAfterUnitMark(_ index: Int) -> Bool {
        let piece = pieces[index]
        guard isLetterX(piece), !piece.separated, index > 0, index + 1 < pieces.count, pieces[index - 1].kind == .mark, pieces[index + 1].kind == .digits
        else { return false }
        let mark = pieces[index - 1].mark
        return mark == UInt8(ascii: "'") || mark == UInt8(ascii: "\"")
    }

    @inline(__always)
    private func joins(_ mark: UInt8, _ before: Piece, _ after: Piece) -> Bool {
        switch mark {
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "&"):
            true
        case UInt8(ascii: "/"):
            // A slash between letters and digits lists alternatives ("110 V/60 Hz"), it does not
            // build a code; between digits (3/4) or between letters (Indoor/Outdoor) it joins.
            before.kind == after.kind
        case UInt8(ascii: ","):
            before.kind == .digits && after.kind == .digits && after.textEnd - after.textStart == 3
        case UInt8(ascii: "'"):
            before.kind == .letters && after.kind == .letters
        default:
            false
        }
    }

    /// Parses the pieces of one compound into elements.
    private mutating func parseElements(_ range: Range<Int>) {
        let firstElement = elements.count
        var k = range.lowerBound
        while k < range.upperBound {
            switch pieces[k].kind {
            case .mark: k += 1
            case .letters: k = parseWord(at: k, in: range)
            case .digits: k = parseQuantity(at: k, in: range)
            }
        }
        if options.productTokens { markDimension(firstElement..<elements.count) }
    }

    /// A word, with apostrophes resolved: a trailing "'s" is a possessive and dropped ("Lowe's"
    /// → "lowe"), an elided article is dropped ("l'eau" → "eau"), other apostrophes vanish
    /// ("O'Neil" → "oneil"), so every spelling with or without the apostrophe meets one term.
    private mutating func parseWord(at index: Int, in range: Range<Int>) -> Int {
        let piece = pieces[index]
        var word = Element(kind: .word, start: piece.start, end: piece.end, textStart: piece.textStart, textEnd: piece.textEnd)
        var k = index + 1
        while k + 1 < range.upperBound, pieces[k].kind == .mark, pieces[k].mark == UInt8(ascii: "'"),
            pieces[k + 1].kind == .letters
        {
            let right = pieces[k + 1]
            let rightText = right.textStart..<right.textEnd
            if rightText.count == 1, bytes[right.textStart] == UInt8(ascii: "s") {
                word.end = right.end
            } else if isElision(word.textStart..<word.textEnd) {
                word = Element(kind: .word, start: right.start, end: right.end, textStart: right.textStart, textEnd: right.textEnd)
            } else {
                let textStart = bytes.count
                appendOwnBytes(word.textStart..<word.textEnd)
                appendOwnBytes(rightText)
                word.textStart = textStart
                word.textEnd = bytes.count
                word.end = right.end
            }
            k += 2
        }
        elements.append(word)
        return k
    }

    @inline(__always)
    private func isElision(_ range: Range<Int>) -> Bool {
        let elisions = configuration.elisions
        return bytes.withUnsafeBufferPointer { elisions.value(for: UnsafeBufferPointer(rebasing: $0[range])) != nil }
    }

    /// A number (integer, decimal, thousands-separated, proper fraction or mixed number),
    /// followed, within the compound, by a unit if one comes next ("4in", "20-Volt", "1.9cu.ft").
    private mutating func parseQuantity(at index: Int, in range: Range<Int>) -> Int {
        var hasPoint = false
        var quantity = Element(
            kind: .quantity, start: pieces[index].start, end: pieces[index].end, textStart: bytes.count, textEnd: bytes.count,
            numberForm: .integer)
        // ".5" is 0.5: a decimal point after whitespace (or after the "x" of a dimension,
        // "12x42x.75"), right before the digits.
        if index > 0, pieces[index - 1].kind == .mark, pieces[index - 1].mark == UInt8(ascii: "."), !pieces[index].separated,
            (index == range.lowerBound && pieces[index - 1].separated) || (index >= 2 && isLetterX(pieces[index - 2]))
        {
            bytes.append(contentsOf: [UInt8(ascii: "0"), UInt8(ascii: ".")])
            quantity.start = pieces[index - 1].start
            quantity.numberForm = .other
            hasPoint = true
        }
        appendText(of: index)
        if hasPoint { trimFractionalZeros(from: quantity.textStart) }
        var k = index + 1
        while k + 1 < range.upperBound, isMark(k, ","), pieces[k + 1].kind == .digits {
            appendText(of: k + 1)
            quantity.numberForm = .other
            k += 2
        }
        if !hasPoint, k + 1 < range.upperBound, isMark(k, "."), pieces[k + 1].kind == .digits {
            bytes.append(UInt8(ascii: "."))
            appendText(of: k + 1)
            trimFractionalZeros(from: quantity.textStart)
            quantity.numberForm = .other
            k += 2
        } else if quantity.numberForm == .integer, k + 1 < range.upperBound, isMark(k, "/"), pieces[k + 1].kind == .digits,
            isProperFraction(index, k + 1)
        {
            bytes.append(UInt8(ascii: "/"))
            appendText(of: k + 1)
            quantity.numberForm = .properFraction
            k += 2
        } else if quantity.numberForm == .integer, k + 3 < range.upperBound, isMark(k, "-"), pieces[k + 1].kind == .digits,
            isMark(k + 2, "/"), pieces[k + 3].kind == .digits, isProperFraction(k + 1, k + 3)
        {
            bytes.append(UInt8(ascii: "-"))
            appendText(of: k + 1)
            bytes.append(UInt8(ascii: "/"))
            appendText(of: k + 3)
            quantity.numberForm = .other
            k += 4
        }
        quantity.end = pieces[k - 1].end
        quantity.textEnd = bytes.count
        if options.productTokens { k = attachUnit(to: &quantity, at: k, in: range) }
        elements.append(quantity)
        return k
    }

    /// Attaches a unit written right after the number inside the compound ("4in", "20-Volt",
    /// "1.9cu.ft"); returns the index after what it consumed.
    @inline(__always)
    private func attachUnit(to quantity: inout Element, at index: Int, in range: Range<Int>) -> Int {
        var k = index
        if k + 1 < range.upperBound, isMark(k, "-"), pieces[k + 1].kind == .letters { k += 1 }
        guard k < range.upperBound, pieces[k].kind == .letters else { return index }
        let first = pieces[k]
        if k + 2 < range.upperBound, pieces[k + 1].kind == .mark, isMark(k + 1, ".") || isMark(k + 1, "-"),
            pieces[k + 2].kind == .letters, let unit = unit(first, pieces[k + 2])
        {
            quantity.unit = unit
            quantity.unitStart = first.start
            quantity.unitEnd = pieces[k + 2].end
            return k + 3
        }
        guard let unit = unit(first) else { return index }
        quantity.unit = unit
        quantity.unitStart = first.start
        quantity.unitEnd = first.end
        return k + 1
    }

    /// Turns the "x" words of a compound written as sizes joined by x ("2x4", "2x4x8") into
    /// `.times` elements. Anything else in the compound ("2x4-Stud") leaves it a code.
    private mutating func markDimension(_ range: Range<Int>) {
        guard range.count >= 3, range.count % 2 == 1 else { return }
        for (offset, index) in range.enumerated() {
            let element = elements[index]
            if offset % 2 == 0 {
                guard element.kind == .quantity else { return }
            } else {
                guard isTimes(element) else { return }
            }
        }
        for index in stride(from: range.lowerBound + 1, to: range.upperBound, by: 2) {
            elements[index].kind = .times
        }
    }

    @inline(__always)
    private func isLetterX(_ piece: Piece) -> Bool {
        piece.kind == .letters && piece.textEnd - piece.textStart == 1 && bytes[piece.textStart] == UInt8(ascii: "x")
    }

    /// Whether an element is the word "x".
    @inline(__always)
    func isTimes(_ element: Element) -> Bool {
        element.kind == .word && element.textEnd - element.textStart == 1 && bytes[element.textStart] == UInt8(ascii: "x")
    }

    // The lookups below capture only locals in their closures: a closure capturing `self`
    // would make every caller in a mutating method copy the whole tokenizer.

    @inline(__always)
    func unit(_ piece: Piece) -> UnitTable.ID? {
        let units = configuration.units
        return bytes.withUnsafeBufferPointer { units.unit(UnsafeBufferPointer(rebasing: $0[piece.textStart..<piece.textEnd])) }
    }

    @inline(__always)
    func unit(_ first: Piece, _ second: Piece) -> UnitTable.ID? {
        let units = configuration.units
        return bytes.withUnsafeBufferPointer {
            units.unit(
                UnsafeBufferPointer(rebasing: $0[first.textStart..<first.textEnd]),
                UnsafeBufferPointer(rebasing: $0[second.textStart..<second.textEnd]))
        }
    }

    @inline(__always)
    private func isMark(_ index: Int, _ mark: Unicode.Scalar) -> Bool {
        pieces[index].kind == .mark && pieces[index].mark == UInt8(ascii: mark)
    }

    private mutating func appendText(of index: Int) {
        let piece = pieces[index]
        appendOwnBytes(piece.textStart..<piece.textEnd)
    }

    /// Appends a copy of bytes already in the buffer. (Appending a slice of the buffer to
    /// itself would copy the whole buffer first, as the slice shares its storage.)
    mutating func appendOwnBytes(_ range: Range<Int>) {
        for index in range { bytes.append(bytes[index]) }
    }

    /// "2.50" → "2.5", "2.0" → "2": one quantity, one term.
    private mutating func trimFractionalZeros(from start: Int) {
        while bytes.last == UInt8(ascii: "0") { bytes.removeLast() }
        if bytes.last == UInt8(ascii: ".") { bytes.removeLast() }
        if bytes.count == start { bytes.append(UInt8(ascii: "0")) }
    }

    /// A fraction as sizes are written: numerator below denominator, denominator up to 128,
    /// no leading zeros ("3/4", "11/16"). Others ("8/2" wire, "110/120" volts) are two numbers.
    @inline(__always)
    private func isProperFraction(_ numeratorIndex: Int, _ denominatorIndex: Int) -> Bool {
        guard let numerator = smallValue(pieces[numeratorIndex]), let denominator = smallValue(pieces[denominatorIndex]) else {
            return false
        }
        return numerator > 0 && numerator < denominator && denominator <= 128
    }

    @inline(__always)
    private func smallValue(_ piece: Piece) -> Int? {
        let count = piece.textEnd - piece.textStart
        guard count <= 3, bytes[piece.textStart] != UInt8(ascii: "0") else { return nil }
        var value = 0
        for byte in bytes[piece.textStart..<piece.textEnd] { value = value * 10 + Int(byte - 0x30) }
        return value
    }
}
