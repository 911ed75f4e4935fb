/// A place in a token sequence where a synonym rule applies, found by `SynonymSet.matches(in:)`.
public struct SynonymMatch: Sendable, Hashable {
    /// The positions the matched phrase covers (start inclusive, end exclusive).
    public var positions: Range<Int>
    /// The indices, in the token array that was searched, of the tokens whose positions lie in
    /// `positions` (joined forms included). Tokens are ordered by position, so this is contiguous.
    public var tokens: Range<Int>
    /// The phrases that may stand in for the matched one, each as its base-path terms and their
    /// relative positions (analyzed by the set's analyzer, so they line up with indexed terms).
    /// Never contains the matched sequence itself; in the order the rules listed them.
    public var alternatives: [SynonymSet.Phrase]
    /// Whether the matched phrase stays a valid reading: true when an equivalence covers it or a
    /// one-way rule lists it among its own targets ("a => a, b"); false when only one-way rules
    /// replace it (Solr's "hoodie => hooded sweatshirt"). The engine may still keep it.
    public var keepsOriginal: Bool

    /// A match; the set creates them.
    public init(positions: Range<Int>, tokens: Range<Int>, alternatives: [SynonymSet.Phrase], keepsOriginal: Bool) {
        self.positions = positions
        self.tokens = tokens
        self.alternatives = alternatives
        self.keepsOriginal = keepsOriginal
    }
}
