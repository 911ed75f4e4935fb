import Hummingbird

/// Turns every error a handler throws into an `APIError` response, so clients always get the same
/// JSON error shape and never an empty 500. The router's "no such route" becomes 405 with an
/// `Allow` header when the path exists for other methods, 404 otherwise.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let routes: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let allowed = routes.methods(for: request.uri.path)
            guard !allowed.isEmpty else { return try APIError(error, logger: context.logger).response(from: request, context: context) }
            var response = try APIError(.methodNotAllowed, "\(request.method.rawValue) is not allowed here (allowed: \(allowed.joined(separator: ", ")))")
                .response(from: request, context: context)
            response.headers[.allow] = allowed.joined(separator: ", ")
            return response
        } catch {
            return try APIError(error, logger: context.logger).response(from: request, context: context)
        }
    }
}
