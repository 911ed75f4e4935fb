/// Parses filter expressions (the CLI's `--filter`, the API's `filter` parameter). Strict: the
/// first problem throws a `QuerySyntaxError` with its position and a message; it never traps,
/// and runs in time linear in the input.
///
/// Grammar (keywords `AND OR NOT IN TO` in any letter case; precedence NOT > AND > OR):
///
/// ```
/// filter     = or-expr END
/// or-expr    = and-expr { "OR" and-expr }
/// and-expr   = not-expr { "AND" not-expr }
/// not-expr   = "NOT" not-expr | primary
/// primary    = "(" or-expr ")" | field predicate
/// predicate  = ":" ( value | range | "(" value { "OR" value } ")" )
///            | compare value
///            | "IN" "[" value { "," value } "]"
/// compare    = "<" | "<=" | ">" | ">=" | "=" | "!="
/// range      = ( "[" | "{" ) bound "TO" bound ( "]" | "}" )     (* [ ] inclusive, { } exclusive *)
/// bound      = value | "*"                                      (* "*" is an open end *)
/// field      = ( letter | digit | "_" | "." ) { letter | digit | "_" | "." }, not a keyword
/// value      = '"' { char - '"' - "\" | '\"' | "\\" } '"' | bare
/// bare       = { char - separator - "()[]{},:\"<>=!" }-, not a keyword and not "*"
/// ```
///
/// A bare value is a boolean (`true`/`false`, any case), a number (a JSON number; it must be
/// finite) or else a string; quote a value to keep it a string (`sku:"007"`, `brand:"Black & Decker"`).
/// Range bounds and `< <= > >=` take numbers or strings, not booleans. `field:(a OR b)` and
/// `field IN [a, b]` both give `.oneOf`; `field != v` gives `.not(.equals)`; `field >= v` gives a
/// range with one open end. Two predicates must be joined by AND or OR (no implicit AND).
public struct FilterParser: Sendable {
    /// The most parentheses and `NOT`s that may enclose any part of a filter; deeper filters are
    /// rejected so that parsing cannot exhaust the stack.
    public static let maxNestingDepth = 100

    public init() {}

    /// The expression `text` spells, or the first problem in it.
    public func parse(_ text: String) throws(QuerySyntaxError) -> FilterExpression {
        var tokenizer = FilterTokenizer(scalars: Array(text.unicodeScalars))
        var grammar = FilterGrammar(tokens: try tokenizer.tokenize())
        return try grammar.parseFilter()
    }
}
