import ServiceLifecycle

/// Runs the index follower once the server is prepared (see `ServerState.prepare()`), until graceful
/// shutdown.
struct FollowerService: Service {
    let state: ServerState

    func run() async throws {
        guard let prepared = try? await cancelWhenGracefulShutdown({ try await state.prepared() }) else { return }
        try await prepared.follower.run()
    }
}
