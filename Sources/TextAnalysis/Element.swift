/// A meaningful unit inside a written compound, found from its pieces: a word, a quantity
/// (a number with an optional unit), or the "x" of a dimension.
struct Element {
    enum Kind: UInt8 {
        case word
        case quantity
        /// The "x" (or ×) between the sizes of a dimension; produces no token.
        case times
        /// Absorbed into a neighbour (a unit word after a number, the fraction of a mixed
        /// number); produces no token.
        case consumed
    }

    /// The written form of a quantity's number, for joining "1" and "1/2" into a mixed number.
    enum NumberForm: UInt8 {
        case integer
        case properFraction
        case other
    }

    var kind: Kind
    /// The source span (UTF-8 bytes); for a quantity, of the number alone.
    var start: Int
    var end: Int
    /// The normalized text (letters of a word, or the number) in the tokenizer's byte buffer.
    var textStart: Int
    var textEnd: Int
    var numberForm: NumberForm = .other
    /// A quantity's unit (0: none) and the unit's source span. An ID rather than a string keeps
    /// elements plain values, copied without reference counting.
    var unit: UnitTable.ID = 0
    var unitStart = 0
    var unitEnd = 0

    var hasUnit: Bool { unit != 0 }

    /// The end of the whole source span, unit included.
    var spanEnd: Int { hasUnit ? unitEnd : end }
}
