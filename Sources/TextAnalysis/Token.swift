/// One unit of analyzed text: the term that goes into (or is looked up in) the index, where it
/// sits in the token graph, and where it came from in the source text.
///
/// ## Positions: one base path, plus spanning tokens
/// Every position holds exactly one token with `positionLength == 1` (the *base path*; with
/// `StopWordPolicy.remove`, the positions of removed stop words stay empty); read in order, the
/// base path is the text's word sequence: words, the parts of compounds and codes,
/// numbers and units. Joined forms (a code, a compound, a measurement, a dimension) start at the
/// position of their first part and span all of its positions (`positionLength > 1`), like the
/// token graphs of Lucene's word-delimiter filter. So "WRF555SDFZ" at position 7 gives
/// `wrf555sdfz`@7 (length 3), `wrf`@7, `555`@8, `sdfz`@9, and the next word is at 10. A phrase
/// query can therefore match the base path ("wrf 555 sdfz") or step over a joined form
/// (`wrf555sdfz` then the token at 7 + 3), and a query analyzed by the same analyzer produces the
/// same graph whichever way the user wrote the code.
///
/// Tokens of one text are ordered by position; at one position, longer spans come first.
public struct Token: Sendable, Hashable {
    /// What a token stands for. Every kind is a term in the same index; the kind tells the
    /// engine how to treat it (for example: no typo tolerance for codes and numbers).
    public enum Kind: UInt8, Sendable, Hashable {
        /// A word: letters only; case folded, diacritics folded, stemmed (stop words never are).
        case word
        /// A number as a term: "12", "1.9", "3/4", "1-1/2" (a mixed number), "1000" (from "1,000").
        /// Never stemmed.
        case number
        /// A number joined with its normalized unit: "3/4in", "1.9cuft", "20v", "12ga". Spans the
        /// number and the unit token (`positionLength` 2).
        case measurement
        /// A unit after a number, normalized: "in" (in., inch, inches, "), "ft" (ft., foot, feet,
        /// '), "cuft" (cu. ft., cubic feet), "v" (volt), "ga" (gauge) ….
        case unit
        /// A code, model number or SKU as written, joined: lowercased, punctuation removed
        /// ("wrf555sdfz", "r13", "sc141", "1handle"). Spans its parts. Never stemmed.
        case code
        /// A compound of words joined ("strongtie" from "Strong-Tie", "indooroutdoor" from
        /// "Indoor/Outdoor"): stemmed as one word, so it also matches the word written closed up.
        /// Spans its parts.
        case compound
        /// A part of a code or compound: "wrf", "555", "sdfz"; "strong", "tie". Letter parts are
        /// stemmed like words (the same letters typed as a separate query word must match).
        case codePart
        /// Sizes joined by "x", as bare numbers: "2x4" from "2x4", "2 x 4" or "2 in. x 4 in.".
        /// Spans its sizes.
        case dimension
    }

    /// The form that goes into the index: NFKC case folded, diacritics folded (if enabled),
    /// stemmed (words and word parts, if enabled). Never empty.
    public var term: String
    /// The position in the token graph (see the type's documentation); starts at the
    /// `positionOffset` given to `Analyzer.analyze`.
    public var position: Int
    /// How many positions the token spans: 1 on the base path, more for joined forms.
    public var positionLength: Int
    /// UTF-8 byte offset where the source span starts in the analyzed text (not a `Character`
    /// or UTF-16 offset): `text.utf8` indices, for highlighting.
    public var start: Int
    /// UTF-8 byte offset just past the source span (exclusive).
    public var end: Int
    /// What the token stands for.
    public var kind: Kind

    /// Creates a token; the analyzer makes them, tests and callers may build expected values.
    public init(term: String, position: Int, positionLength: Int = 1, start: Int, end: Int, kind: Kind) {
        self.term = term
        self.position = position
        self.positionLength = positionLength
        self.start = start
        self.end = end
        self.kind = kind
    }
}
