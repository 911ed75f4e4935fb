/// One written compound: alphanumeric pieces joined without whitespace, directly or by joining
/// marks ("WRF555SDFZ", "Strong-Tie", "1-1/2", "#SC-141" without its "#").
struct Compound {
    /// Its pieces in the tokenizer's piece list (joining marks included).
    var pieces: Range<Int>
    /// Its elements in the tokenizer's element list.
    var elements: Range<Int>
    /// For a compound that starts a quantity: the index just past the compounds the quantity
    /// absorbed (a following unit word, the fraction of a mixed number); nil until computed.
    var quantityEnd: Int? = nil
}
