extension EditDistanceAutomaton {
    /// Where the automaton stands after some scalars: which query prefixes are within 0, 1 and 2
    /// edits of them, plus what a transposition on the next step needs. Only meaningful with the
    /// automaton that produced it.
    package struct State: Hashable, Sendable {
        /// Bit `j`: the consumed scalars are within 0 edits of the query's first `j` scalars.
        var within0: UInt64
        /// Bit `j`: within 1 edit.
        var within1: UInt64
        /// Bit `j`: within 2 edits.
        var within2: UInt64
        /// `within0` one scalar earlier.
        var earlier0: UInt64
        /// `within1` one scalar earlier.
        var earlier1: UInt64
        /// The query positions of the last consumed scalar.
        var previousPositions: UInt64
    }
}
