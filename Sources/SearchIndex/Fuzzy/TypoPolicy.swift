/// How many edits (typos) a query word may be away from a dictionary term and still match it.
///
/// Lengths are counted in Unicode scalars, like ``EditDistanceAutomaton`` counts edits. Defaults:
/// no edit below 5 scalars, 1 edit from 5, 2 edits from 8. Measured on the Home Depot titles (15.6k
/// distinct alphabetic words): a 4-letter word has on average 6.9 other dictionary words within one
/// edit ("fuil": full, fuel, foil, fail), a 5-letter word 2.8; a 7-letter word has 3.7 words exactly
/// two edits away, an 8-letter word 0.8. Below those lengths a typo budget mostly adds wrong matches.
///
/// A word containing any numeric scalar (a digit, but also "½" or "²") gets no edits, whatever its
/// length: it is a number, a size, a unit with its quantity or a model code ("2x4", "12v", "dw7480"),
/// where one changed character names a different product rather than a misspelling.
///
/// By default the first scalar is strict (see ``EditDistanceAutomaton``): a term starting with another
/// scalar than the word pays one extra edit. Among the misspelled Home Depot query words that have a
/// dictionary word within budget, 13% (one edit) and 6% (two edits) of the closest candidates start
/// differently, and about half of those are other real words ("pails" → "nails", "spins" → "pins")
/// rather than corrections ("kyobi" → "ryobi"). The rule costs little recall and prunes the
/// dictionary walk (`TypoDictionary`) from its first letter on.
public struct TypoPolicy: Hashable, Sendable {
    /// Words with at least this many scalars get one edit.
    public var oneEditMinimumLength: Int
    /// Words with at least this many scalars get two edits (checked before the one-edit length).
    public var twoEditsMinimumLength: Int
    /// Whether a term whose first scalar differs from the word's pays one extra edit.
    public var strictFirstScalar: Bool

    /// The default budget: 1 edit from 5 scalars, 2 from 8, strict first scalar.
    public static let standard = TypoPolicy()
    /// Exact matching only: every word gets 0 edits.
    public static let exact = TypoPolicy(oneEditMinimumLength: .max, twoEditsMinimumLength: .max)

    /// A policy with the given length thresholds (in Unicode scalars) and first-scalar rule.
    public init(oneEditMinimumLength: Int = 5, twoEditsMinimumLength: Int = 8, strictFirstScalar: Bool = true) {
        self.oneEditMinimumLength = oneEditMinimumLength
        self.twoEditsMinimumLength = twoEditsMinimumLength
        self.strictFirstScalar = strictFirstScalar
    }

    /// The edit budget for `word`, in `0...2`: 0 for words containing a numeric scalar, otherwise by
    /// length. Pass the word as the analyzer produced it (normalized and case-folded).
    public func maxEdits(for word: some StringProtocol) -> Int {
        var length = 0
        for scalar in word.unicodeScalars {
            if scalar.properties.numericType != nil { return 0 }
            length += 1
        }
        if length >= twoEditsMinimumLength { return 2 }
        if length >= oneEditMinimumLength { return 1 }
        return 0
    }

    /// The automaton that matches `word` under this policy: ``maxEdits(for:)`` edits, the policy's
    /// first-scalar rule, and prefix mode when `prefix` is set (the word is still being typed).
    ///
    /// - Throws: ``FuzzyMatchError/queryTooLong(scalarCount:limit:)`` for a word longer than
    ///   ``EditDistanceAutomaton/maxQueryLength`` scalars; match such a word exactly instead.
    package func automaton(for word: some StringProtocol, prefix: Bool = false) throws(FuzzyMatchError)
        -> EditDistanceAutomaton
    {
        try EditDistanceAutomaton(
            query: word, maxDistance: maxEdits(for: word), prefix: prefix, strictFirstScalar: strictFirstScalar)
    }
}
