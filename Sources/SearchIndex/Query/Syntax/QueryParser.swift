/// Parses what shoppers type into a search box into clauses. Syntax only: words stay raw text.
///
/// Grammar (offsets and every rule below count Unicode scalars):
///
/// ```
/// query     = { separator } { token { separator } }
/// separator = whitespace | control character
/// token     = [ operator ] term          (* operator only at the start of the input or after a separator *)
/// operator  = "-" | "+"                  (* must be followed directly by a term *)
/// term      = [ field ":" ] ( phrase | word )
/// phrase    = quote { any - quote } [ quote [ "~" digit { digit } ] ]
/// word      = wordchar { wordchar | inchmark }
/// wordchar  = any - separator - quote
/// inchmark  = quote                      (* only directly after an ASCII digit of the same word *)
/// quote     = '"' | '“' | '”' | '„' | '＂'
/// ```
///
/// - A `-` or `+` inside a word is text (`R-13`, `20-Volt`, `#SC-141`), and so is one directly
///   after a phrase (`"a b"-c` is a phrase and the word `-c`).
/// - A quote directly after a digit inside a word is an inch mark and stays in the word
///   (`3/4"`, `24"`); anywhere else a quote opens a phrase, and inside a phrase the next quote
///   of any kind closes it (`"2x4"` is the phrase `2x4`).
/// - `field:` is recognised only when the text before the first `:` of a word is one of the
///   known field names (exact, case-sensitive); otherwise the colon is text (`unknown:xyz`,
///   `12:30` and `http://x` stay words). Field names outside letters, digits, `_` and `.` never match.
/// - Trailing `*` makes a word a prefix (`dril*`); a `*` elsewhere in a word is text.
///
/// The lenient `parse` never fails and never traps: it reports what it had to work around as
/// warnings (an unclosed quote becomes a phrase to the end of the input; an empty phrase, a stray
/// operator or `*`, a field without a value are dropped; a missing or too large slop is ignored or
/// clamped). `parseStrict` throws the first of those warnings instead. Both run in time linear
/// in the input length and do not recurse.
public struct QueryParser: Sendable {
    /// The largest phrase slop the parser returns; larger numbers are clamped with a warning.
    public static let maxSlop = 100

    /// The field names that `name:value` may address.
    public let fields: Set<String>

    /// Creates a parser that recognises `name:value` for the names in `fields`.
    public init(fields: Set<String>) {
        self.fields = fields
    }

    /// Parses `text` leniently: always returns clauses, with warnings for what did not follow the grammar.
    public func parse(_ text: String) -> ParsedQuery {
        var scanner = QueryScanner(scalars: Array(text.unicodeScalars), fields: fields)
        return scanner.scan()
    }

    /// Parses `text` and throws the first (leftmost) problem that `parse` would report as a warning.
    public func parseStrict(_ text: String) throws(QuerySyntaxError) -> ParsedQuery {
        let parsed = parse(text)
        if let first = parsed.warnings.first {
            throw first
        }
        return parsed
    }
}
