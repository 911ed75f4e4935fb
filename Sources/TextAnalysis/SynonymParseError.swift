/// A line of a synonym file that `SynonymSet(parsing:analyzer:)` cannot read, and why.
public struct SynonymParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the line.
    public enum Reason: Sendable, Hashable {
        /// A comma-separated list has an empty entry ("tv, , television").
        case emptyPhrase
        /// An equivalence line names only one phrase ("tv").
        case singlePhrase
        /// "=>" appears more than once.
        case repeatedArrow
        /// One side of "=>" is empty.
        case emptySide
        /// The phrase analyzes to no terms (for example only stop words, when they are removed).
        case noTerms(String)
    }

    /// The 1-based line number in the parsed text.
    public var line: Int
    /// What is wrong with that line.
    public var reason: Reason

    /// An error for `line`; the parser creates them, tests build expected values.
    public init(line: Int, reason: Reason) {
        self.line = line
        self.reason = reason
    }

    /// "synonyms line N: " and the problem in words, for logs and error responses.
    public var description: String {
        let problem: String
        switch reason {
        case .emptyPhrase: problem = "a phrase between commas is empty"
        case .singlePhrase: problem = "an equivalence needs at least two phrases separated by commas"
        case .repeatedArrow: problem = "'=>' may appear only once"
        case .emptySide: problem = "both sides of '=>' need at least one phrase"
        case .noTerms(let phrase): problem = "the phrase \"\(phrase)\" has no searchable terms"
        }
        return "synonyms line \(line): \(problem)"
    }
}
