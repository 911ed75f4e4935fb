import Catalog
import Hummingbird
import Logging
import SearchIndex

extension APIError {
    /// `error` as the API reports it. Client mistakes keep their message and field; failures that
    /// are not the client's are logged with their details and reported without them.
    init(_ error: any Error, logger: Logger) {
        switch error {
        case let error as APIError:
            self = error
        case let error as CatalogError:
            switch error {
            case .invalid(let field, let message): self.init(.invalidRequest, message, field: field)
            case .notFound: self.init(.notFound, error.description)
            case .conflict(let field, let message): self.init(.conflict, message, field: field)
            case .unavailable(let message):
                logger.warning("unavailable", metadata: ["error": "\(message)"])
                self.init(.unavailable, message)
            case .internal(let message):
                logger.error("internal error", metadata: ["error": "\(message)"])
                self.init(.internal, "internal error")
            }
        case let error as IndexError:
            switch error {
            case .invalidRequest(let field, let message): self.init(.invalidRequest, message, field: field)
            case .notFound: self.init(.unavailable, "the search index is not available")
            default:
                logger.error("index error", metadata: ["error": "\(error)"])
                self.init(.internal, "internal error")
            }
        case let error as HTTPError:
            switch error.status.code {
            case 404: self.init(.notFound, "no such route: check the method and path against /openapi.json")
            case 413: self.init(.payloadTooLarge, "the request body is too large")
            case 400..<500: self.init(.invalidRequest, error.body ?? error.status.reasonPhrase)
            default:
                logger.error("http error", metadata: ["error": "\(error)"])
                self.init(.internal, "internal error")
            }
        default:
            logger.error("unexpected error", metadata: ["error": "\(String(reflecting: error))"])
            self.init(.internal, "internal error")
        }
    }
}
