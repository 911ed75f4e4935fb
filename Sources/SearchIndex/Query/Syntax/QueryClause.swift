/// One clause of a search box query, as typed: the parser does no analysis, so every string is a
/// raw span of the input (the engine tokenizes, folds and stems it).
public struct QueryClause: Sendable, Equatable {
    /// How a clause takes part in matching. The parser only records the operator the user typed;
    /// the engine decides how `.should` clauses combine (OR with minimum-should-match, or AND).
    public enum Occur: Sendable, Equatable {
        /// No operator.
        case should
        /// Typed with a leading `+`.
        case must
        /// Typed with a leading `-`.
        case mustNot
    }

    /// What a clause matches.
    public enum Kind: Sendable, Equatable {
        /// A bare word: never empty, never contains whitespace or control characters.
        case word(String)
        /// A quoted phrase split at whitespace: at least one word, each non-empty. `slop` is the
        /// number typed after `~` (0 when absent), at most `QueryParser.maxSlop`.
        case phrase([String], slop: Int)
        /// A word typed with trailing `*`, without the stars: never empty.
        case prefix(String)
    }

    public var occur: Occur
    /// A name from the parser's known fields when the clause was typed as `field:value`, else nil.
    public var field: String?
    public var kind: Kind
    /// True only for the last clause, when it is a `.word` that is not excluded and runs to the
    /// very end of the input (the user may still be typing it, so the engine may match it as a prefix).
    public var isLastWord: Bool
    /// Where the clause was typed, in Unicode scalar offsets, including its operator, field name,
    /// quotes and slop.
    public var range: Range<Int>

    public init(occur: Occur = .should, field: String? = nil, kind: Kind, isLastWord: Bool = false, range: Range<Int>) {
        self.occur = occur
        self.field = field
        self.kind = kind
        self.isLastWord = isLastWord
        self.range = range
    }
}
