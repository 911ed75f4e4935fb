import Logging
import PostgresNIO

extension CatalogError {
    /// `error` as a `CatalogError`: constraint violations become `.conflict` or `.invalid` naming the
    /// field, connection failures `.unavailable`, anything else `.internal` (and is logged, since
    /// its details are kept out of the message a client sees).
    init(translating error: any Error, logger: Logger) {
        switch error {
        case let error as CatalogError:
            self = error
        case let error as PSQLError where error.code == .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            let constraint = error.serverInfo?[.constraintName] ?? ""
            let message = error.serverInfo?[.message] ?? "database error"
            switch state {
            case "23505":
                switch constraint {
                case "products_pkey": self = .conflict(field: "id", "a product with this id already exists")
                case "products_sku_key": self = .conflict(field: "sku", "another product has this SKU")
                case "categories_path_key": self = .conflict(field: "path", "this category already exists")
                default: self = .conflict(field: nil, message)
                }
            case "23503": self = .conflict(field: nil, "still referenced: \(message)")
            case "23514", "23502": self = .invalid(field: nil, "rejected by the database: \(message)")
            case _ where state.hasPrefix("22"): self = .invalid(field: nil, "rejected by the database: \(message)")
            case _ where state.hasPrefix("08") || state.hasPrefix("57") || state.hasPrefix("53"):
                self = .unavailable("PostgreSQL is not available: \(message)")
            default:
                logger.error("database error", metadata: ["sqlstate": "\(state)", "error": "\(String(reflecting: error))"])
                self = .internal("database error \(state): \(message)")
            }
        case let error as PSQLError:
            logger.warning("database connection error", metadata: ["error": "\(String(reflecting: error))"])
            self = .unavailable("PostgreSQL connection failed (\(error.code))")
        case is CancellationError:
            self = .unavailable("the operation was cancelled")
        default:
            logger.error("unexpected error", metadata: ["error": "\(String(reflecting: error))"])
            self = .internal("\(error)")
        }
    }
}
