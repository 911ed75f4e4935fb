/// Recognises the terms within a fixed Damerau–Levenshtein distance of one query word, one Unicode scalar
/// at a time, so that a walk over the dictionary's trie (`TypoDictionary`) can abandon a prefix as soon
/// as no term starting with it can match.
///
/// The distance is the restricted Damerau–Levenshtein distance (optimal string alignment): an
/// insertion, a deletion, a substitution or a swap of two adjacent scalars each cost one edit, and no
/// substring is edited twice. It is measured in Unicode scalars, so "é" (U+00E9) against "e" is one
/// edit. Terms must be in the same normalization form as the query (the analyzer's job): a decomposed
/// "é" is two scalars.
///
/// In prefix mode a term matches when one of its prefixes (itself included) is within the distance; the
/// reported distance is the smallest over those prefixes. This serves as-you-type matching of the
/// last, unfinished query word.
///
/// With a strict first scalar, a non-empty term whose first scalar differs from the query's first
/// scalar pays one extra edit (a typo on the first letter counts as two, as in Meilisearch): with a
/// budget of 1 such terms never match, with 2 they match within 1. Users rarely mistype the first
/// letter, and the rule lets a dictionary walk skip most subtrees at the root.
///
/// The automaton is a bit-parallel simulation of the Levenshtein NFA: for each edit count `e` in
/// `0...2`, bit `j` of a 64-bit word says whether the consumed scalars are within `e` edits of the
/// query's first `j` scalars. A step is a fixed number of shifts, ANDs and ORs, whatever the query.
/// ``State`` is a small value: keep one per consumed prefix and backtrack by reusing an older one.
package struct EditDistanceAutomaton: Sendable {
    /// The longest query word, in Unicode scalars, the automaton accepts (bit 0 of each vector stands
    /// for the empty query prefix, bits 1...63 for the scalars).
    package static let maxQueryLength = 63

    /// The query word, as Unicode scalars.
    package let query: [Unicode.Scalar]
    /// The edit budget, `0...2`.
    package let maxDistance: Int
    /// Whether any continuation of a matching term also matches (as-you-type matching).
    package let isPrefix: Bool
    /// Whether a term starting with another scalar than the query pays one extra edit.
    package let hasStrictFirstScalar: Bool

    /// Positions of each ASCII scalar in the query, indexed by scalar value.
    private let asciiPositions: [UInt64]
    /// The values of the query's non-ASCII scalars, and their positions at the same indices.
    private let nonASCIIValues: [UInt32]
    private let nonASCIIPositions: [UInt64]
    /// The bit for the whole query (bit `query.count`).
    private let acceptBit: UInt64
    /// Bits `0...query.count`: positions beyond the query are meaningless and cleared.
    private let validBits: UInt64
    /// `acceptBit` in prefix mode, else 0: an accepted level stays accepted in prefix mode.
    private let stickyBits: UInt64
    /// Bit 1 (the query's first position) with a strict first scalar and a non-empty query, else 0.
    private let strictFirstBit: UInt64

    /// Builds the automaton for `query` (taken scalar by scalar, as given) and an edit budget, in
    /// prefix mode or not, with or without a strict first scalar (see the type's description).
    ///
    /// - Throws: ``FuzzyMatchError/distanceOutOfRange(requested:)`` when `maxDistance` is not in
    ///   `0...2`; ``FuzzyMatchError/queryTooLong(scalarCount:limit:)`` when the query has more than
    ///   ``maxQueryLength`` scalars.
    package init(
        query: some StringProtocol, maxDistance: Int, prefix: Bool = false, strictFirstScalar: Bool = false
    ) throws(FuzzyMatchError) {
        try self.init(
            scalars: Array(query.unicodeScalars), maxDistance: maxDistance, prefix: prefix,
            strictFirstScalar: strictFirstScalar)
    }

    /// Builds the automaton for a query given as Unicode scalars; see
    /// ``init(query:maxDistance:prefix:strictFirstScalar:)``.
    package init(
        scalars: [Unicode.Scalar], maxDistance: Int, prefix: Bool = false, strictFirstScalar: Bool = false
    ) throws(FuzzyMatchError) {
        guard (0...2).contains(maxDistance) else {
            throw .distanceOutOfRange(requested: maxDistance)
        }
        guard scalars.count <= Self.maxQueryLength else {
            throw .queryTooLong(scalarCount: scalars.count, limit: Self.maxQueryLength)
        }
        var positions: [Unicode.Scalar: UInt64] = [:]
        for (index, scalar) in scalars.enumerated() {
            positions[scalar, default: 0] |= 1 << UInt64(index + 1)
        }
        let letters = positions.sorted { $0.key.value < $1.key.value }
        var ascii = [UInt64](repeating: 0, count: 128)
        for (scalar, at) in letters where scalar.isASCII {
            ascii[Int(scalar.value)] = at
        }
        self.query = scalars
        self.maxDistance = maxDistance
        self.isPrefix = prefix
        self.hasStrictFirstScalar = strictFirstScalar
        self.asciiPositions = ascii
        self.nonASCIIValues = letters.filter { !$0.key.isASCII }.map(\.key.value)
        self.nonASCIIPositions = letters.filter { !$0.key.isASCII }.map(\.value)
        self.acceptBit = 1 << UInt64(scalars.count)
        self.validBits = scalars.count == 63 ? .max : (1 << UInt64(scalars.count + 1)) - 1
        self.stickyBits = prefix ? acceptBit : 0
        self.strictFirstBit = strictFirstScalar && !scalars.isEmpty ? 0b10 : 0
    }

    /// The state before any scalar is consumed.
    package var start: State {
        State(
            within0: 1,
            within1: 0b11 & validBits,
            within2: 0b111 & validBits,
            earlier0: 0,
            earlier1: 0,
            previousPositions: 0
        )
    }

    /// The state after consuming `scalar` in `state`. Stepping a dead state yields a dead state.
    package func step(_ state: State, _ scalar: Unicode.Scalar) -> State {
        step(state, positions: positions(ofValue: scalar.value))
    }

    /// Whether some continuation of the consumed scalars (possibly none) is within the budget.
    /// Exact: a dead state never becomes alive again, and a live state always has a matching
    /// continuation.
    package func isAlive(_ state: State) -> Bool {
        switch maxDistance {
        case 0: state.within0 != 0
        case 1: state.within1 != 0
        default: state.within2 != 0
        }
    }

    /// The edit distance between the query and the consumed scalars (in prefix mode: the smallest
    /// distance between the query and any prefix of them), or `nil` when it exceeds the budget. With a
    /// strict first scalar the extra edit is included.
    package func acceptedDistance(_ state: State) -> Int? {
        if state.within0 & acceptBit != 0 { return 0 }
        if maxDistance >= 1, state.within1 & acceptBit != 0 { return 1 }
        if maxDistance >= 2, state.within2 & acceptBit != 0 { return 2 }
        return nil
    }

    /// Runs `term` through the automaton: the distance it would report, or `nil` when the term does
    /// not match.
    package func distance(to term: some StringProtocol) -> Int? {
        var state = start
        for scalar in term.unicodeScalars {
            state = step(state, scalar)
            if !isAlive(state) { return nil }
        }
        return acceptedDistance(state)
    }

    /// The query positions holding the scalar with this value (0 for a scalar not in the query, or for
    /// a value that is not a scalar at all).
    @inline(__always)
    func positions(ofValue value: UInt32) -> UInt64 {
        if value < 128 { return asciiPositions[Int(value)] }
        for index in nonASCIIValues.indices where nonASCIIValues[index] == value {
            return nonASCIIPositions[index]
        }
        return 0
    }

    /// One step of the bit-parallel NFA, for a consumed scalar occurring at `positions` of the query.
    ///
    /// With `W_e` the set of query prefixes within `e` edits of the consumed text, a prefix of length
    /// `j` is within `e` edits after consuming scalar `c` when: prefix `j-1` was within `e` and the
    /// query's `j`-th scalar is `c` (match); or prefix `j` was within `e-1` (`c` inserted); or prefix
    /// `j-1` was within `e-1` (substitution); or prefix `j-1` is now within `e-1` (query scalar
    /// deleted); or, one scalar earlier, prefix `j-2` was within `e-1` and the last two consumed
    /// scalars are the query's `j-1`-th and `j`-th swapped (transposition).
    ///
    /// The first step is recognised by bit 0 of `within0` (the empty query prefix is within 0 edits
    /// only of the empty input). When it pays the strict-first-scalar edit, every distance of the
    /// term grows by one, which is every level moving up one, the previous row included.
    @inline(__always)
    func step(_ state: State, positions match: UInt64) -> State {
        var within0 = (state.within0 << 1) & match
        let swapped = (match << 1) & state.previousPositions
        var within1 = ((state.within1 << 1) & match)
            | state.within0 | (state.within0 << 1) | (within0 << 1)
            | ((state.earlier0 << 2) & swapped)
        var within2 = ((state.within2 << 1) & match)
            | state.within1 | (state.within1 << 1) | (within1 << 1)
            | ((state.earlier1 << 2) & swapped)
        var earlier0 = state.within0
        var earlier1 = state.within1
        let isFirstStep = state.within0 & 1 != 0
        if isFirstStep, strictFirstBit & ~match != 0 {
            (within0, within1, within2) = (0, within0, within1)
            (earlier0, earlier1) = (0, earlier0)
        }
        return State(
            within0: within0 | (state.within0 & stickyBits),
            within1: (within1 & validBits) | (state.within1 & stickyBits),
            within2: (within2 & validBits) | (state.within2 & stickyBits),
            earlier0: earlier0,
            earlier1: earlier1,
            previousPositions: match
        )
    }
}
