/// Runs async work with a time limit.
enum Deadline {
    private enum Outcome<R: Sendable>: Sendable {
        case finished(R)
        case timedOut
    }

    /// The result of `body`, or `CatalogError.unavailable` naming `what` when it takes longer than
    /// `limit` (the body is then cancelled).
    static func run<R: Sendable>(within limit: Duration, _ what: String, _ body: @escaping @Sendable () async throws -> R) async throws -> R {
        try await withThrowingTaskGroup(of: Outcome<R>.self) { group in
            group.addTask { .finished(try await body()) }
            group.addTask {
                try await Task.sleep(for: limit)
                return .timedOut
            }
            defer { group.cancelAll() }
            switch try await group.next() {
            case .finished(let result)?: return result
            case .timedOut?, nil: throw CatalogError.unavailable("\(what) did not answer within \(limit.seconds) s")
            }
        }
    }
}
