/// A problem found while reading a search query or a filter expression.
///
/// `position` counts Unicode scalars (code points) from the start of the input, the same unit
/// as `QueryClause.range`; a problem at the end of the input has `position == input.unicodeScalars.count`.
/// `message` is written for the person who typed the input and never repeats the position;
/// `description` joins both, e.g. `expected a value after ':' at 12`.
public struct QuerySyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Offset in Unicode scalars where the problem was found, in `0...input.unicodeScalars.count`.
    public var position: Int
    /// What went wrong, in plain words, without the position.
    public var message: String

    public init(position: Int, message: String) {
        self.position = position
        self.message = message
    }

    public var description: String { "\(message) at \(position)" }
}
