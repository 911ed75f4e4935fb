/// Why an ``EditDistanceAutomaton`` could not be built for a query word.
package enum FuzzyMatchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The requested edit budget is outside the supported range `0...2`.
    case distanceOutOfRange(requested: Int)
    /// The query word has more Unicode scalars than the automaton's bit vectors can hold.
    /// Look such a word up exactly instead of fuzzily.
    case queryTooLong(scalarCount: Int, limit: Int)

    package var description: String {
        switch self {
        case .distanceOutOfRange(let requested):
            "Fuzzy matching supports 0, 1 or 2 edits, but \(requested) were requested."
        case .queryTooLong(let scalarCount, let limit):
            "The query word has \(scalarCount) Unicode scalars; fuzzy matching supports at most \(limit). "
                + "Match a word this long exactly."
        }
    }
}
