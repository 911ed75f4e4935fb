/// Why writing a synthetic corpus failed.
public enum SyntheticCorpusError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An argument was out of range; the message names it.
    case invalidArgument(String)
    /// The output directory could not be created.
    case cannotCreateDirectory(path: String, reason: String)
    /// A file could not be created or written.
    case cannotWrite(path: String, reason: String)

    /// A message that says what went wrong and where.
    public var description: String {
        switch self {
        case .invalidArgument(let message):
            "invalid argument: \(message)"
        case .cannotCreateDirectory(let path, let reason):
            "cannot create directory \(path): \(reason)"
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)"
        }
    }
}
