import LMDB

/// Everything the index can report as failure, with a message a user can act on.
public enum IndexError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The schema is not usable.
    case invalidSchema(String)
    /// A document could not be read (line number when it came from a file).
    case invalidDocument(line: Int?, String)
    /// The index on disk was written by another format version.
    case formatMismatch(found: UInt32, expected: UInt32, path: String)
    /// No index exists at the path.
    case notFound(String)
    /// The stored data is damaged.
    case corrupt(String)
    /// An LMDB call failed.
    case storage(LMDBError)
    /// An I/O call failed.
    case io(String)
    /// A search request is not valid (unknown field, wrong value type); `field` names the
    /// offending request field when there is one.
    case invalidRequest(field: String?, String)

    public var description: String {
        switch self {
        case .invalidSchema(let m): return "invalid schema: \(m)"
        case .invalidDocument(let line?, let m): return "invalid document on line \(line): \(m)"
        case .invalidDocument(nil, let m): return "invalid document: \(m)"
        case .formatMismatch(let found, let expected, let path):
            return "the index at \(path) has format version \(found), this build reads version \(expected): rebuild it with `aisle index build`"
        case .notFound(let path): return "no index at \(path)"
        case .corrupt(let m): return "the index is damaged: \(m)"
        case .storage(let e): return "storage error: \(e)"
        case .io(let m): return m
        case .invalidRequest(_, let m): return m
        }
    }
}
