import Hummingbird
import Synchronization

/// The router's path patterns and their methods, to tell "no such path" (404) from "no such method
/// on this path" (405, with an `Allow` header). Filled once, after every route is registered.
final class RouteTable: Sendable {
    private let routes = Mutex<[(segments: [Substring], methods: [String])]>([])

    /// Records the routes of `router` (patterns such as `/v1/products/{id}`).
    func load(_ router: Router<BasicRequestContext>) {
        var byPath: [String: [String]] = [:]
        for route in router.routes { byPath["\(route.path)", default: []].append(route.method.rawValue) }
        let table = byPath.map { path, methods in (path.split(separator: "/"), methods.sorted()) }
        routes.withLock { $0 = table }
    }

    /// The methods of the first pattern matching `path` (a `{…}` segment matches any one segment);
    /// empty when none matches.
    func methods(for path: String) -> [String] {
        let segments = path.split(separator: "/")
        return routes.withLock { routes in
            routes.first { route in
                route.segments.count == segments.count
                    && zip(route.segments, segments).allSatisfy { pattern, segment in pattern.first == "{" || pattern == segment }
            }?.methods ?? []
        }
    }
}
