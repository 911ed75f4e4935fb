/// A literal in a filter expression. The parser reads a quoted value as `.string`, and a bare
/// value as `.bool` when it is `true` or `false` (any case), as `.number` when it is a JSON
/// number (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, so `007` and `2x4` stay strings),
/// and as `.string` otherwise. Numbers are always finite.
public enum FilterValue: Sendable, Equatable, Hashable {
    case string(String)
    case number(Double)
    case bool(Bool)
}
