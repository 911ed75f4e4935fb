extension FilterExpression: CustomStringConvertible {
    /// The canonical text of the expression: `FilterParser().parse(e.description) == e` for every
    /// `e` the parser returns, and for any expression built by hand that keeps the same shape
    /// (field names of letters, digits, `_` and `.` that are not keywords, `and`/`or` with at
    /// least two children, non-empty `oneOf`, finite numbers, no `.bool` range bounds).
    ///
    /// Forms: `f:v`, `f IN [v, w]`, `f:[a TO b]` with `{`/`}` for exclusive and `*` for open bounds,
    /// `a AND b`, `a OR b`, `NOT a`; strings always quoted. Parentheses appear exactly where
    /// needed to keep the tree: around an `or` inside `and`, around an `and`/`or` nested in the
    /// same operator, and around an `and`/`or` after `NOT`.
    public var description: String {
        switch self {
        case .equals(let field, let value):
            return "\(field):\(value)"
        case .oneOf(let field, let values):
            return "\(field) IN [\(values.map(\.description).joined(separator: ", "))]"
        case .range(let field, let lower, let upper):
            let open = lower.map { $0.inclusive ? "[" : "{" } ?? "["
            let close = upper.map { $0.inclusive ? "]" : "}" } ?? "]"
            let from = lower.map(\.value.description) ?? "*"
            let to = upper.map(\.value.description) ?? "*"
            return "\(field):\(open)\(from) TO \(to)\(close)"
        case .and(let children):
            return children.map { child in
                switch child {
                case .and, .or: "(\(child))"
                default: child.description
                }
            }.joined(separator: " AND ")
        case .or(let children):
            return children.map { child in
                if case .or = child { "(\(child))" } else { child.description }
            }.joined(separator: " OR ")
        case .not(let inner):
            switch inner {
            case .and, .or: return "NOT (\(inner))"
            default: return "NOT \(inner)"
            }
        }
    }
}
