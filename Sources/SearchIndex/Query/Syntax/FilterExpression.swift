/// A parsed filter: which documents a search may return, as a tree of predicates on fields.
///
/// Syntax only: field names and values are as typed (a category path such as
/// `"Tools > Power Tools"` is kept as one string); the engine decides what they mean.
/// Expressions from `FilterParser` have `and`/`or` with at least two children, `oneOf` with at
/// least one value, ranges whose bounds are numbers or strings, and at most
/// `FilterParser.maxNestingDepth` levels of parentheses and `NOT`.
public indirect enum FilterExpression: Sendable, Equatable {
    /// `field:value`, `field = value`.
    case equals(field: String, value: FilterValue)
    /// `field IN [a, b]`, `field:(a OR b)`.
    case oneOf(field: String, values: [FilterValue])
    /// `field:[a TO b]`, `field:{a TO b}`, `field >= a`, …; a nil bound is open (`*`).
    case range(field: String, lower: Bound?, upper: Bound?)
    case and([FilterExpression])
    case or([FilterExpression])
    /// `NOT x`; also `field != value`.
    case not(FilterExpression)
}
