/// Words of the product's name as written, indexed beside their stems.
///
/// Stemming makes "drills" find "drill" and "terminal" find "terminator" (both "termin"), which
/// recall needs and ranking regrets: a shopper who typed "terminator" means that word. So every
/// word of a name field (`Schema.TextField.namesProduct`) whose written form (normalized: case
/// and diacritics folded, not stemmed) differs from its term is also indexed under the term
/// `marker + written form`, at the same position, without counting in the field's length. A word
/// written as its own term needs no entry: its term is the written form.
///
/// These terms never match a query by themselves: the planner looks them up only to tell which
/// products have a query word as typed (`WordCoverage`), typo tolerance skips them, and no
/// analyzed word or prefix can start with the marker (the analyzer never emits control
/// characters).
enum WrittenForm {
    /// First byte of every written-form term; sorts before every analyzed term.
    static let marker: UInt8 = 0x01

    /// The term under which `written` (a normalized word) is indexed.
    static func term(_ written: String) -> String { "\u{1}" + written }

    /// Whether the term `key` is a written-form term.
    static func isWrittenForm(_ key: UnsafeRawBufferPointer) -> Bool { key.first == marker }
}
