/// Everything the catalog reports as failure, with a message a client or operator can act on.
///
/// Each case says whose fault it is: `invalid` and `conflict` are the caller's (the request can be
/// fixed), `notFound` names what is missing, `unavailable` is PostgreSQL or the index not answering
/// (retry later), `internal` is a bug or an unexpected database error (the message is for logs).
public enum CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input is not acceptable; `field` names the offending field (a JSON key, or a path such
    /// as `attributes.color`) when there is one.
    case invalid(field: String?, String)
    /// The thing does not exist (`what` reads like "product 'S1'").
    case notFound(String)
    /// The input clashes with what is stored (an id or SKU already taken, a category still in use).
    case conflict(field: String?, String)
    /// PostgreSQL (or the index) did not answer in time or refused the connection.
    case unavailable(String)
    /// Anything else: an unexpected database error.
    case `internal`(String)

    /// The message, after the field it names when there is one.
    public var description: String {
        switch self {
        case .invalid(let field?, let message): return "\(field): \(message)"
        case .invalid(nil, let message): return message
        case .notFound(let what): return "\(what) not found"
        case .conflict(let field?, let message): return "\(field): \(message)"
        case .conflict(nil, let message): return message
        case .unavailable(let message): return message
        case .internal(let message): return message
        }
    }
}
