/// The result of parsing a search box query: its clauses in input order, and the problems the
/// lenient parser worked around.
///
/// Clause ranges are increasing and never overlap. Warnings are in increasing `position` order;
/// an empty `warnings` means `QueryParser.parseStrict` accepts the same input.
public struct ParsedQuery: Sendable, Equatable {
    public var clauses: [QueryClause]
    public var warnings: [QuerySyntaxError]

    public init(clauses: [QueryClause], warnings: [QuerySyntaxError] = []) {
        self.clauses = clauses
        self.warnings = warnings
    }
}
