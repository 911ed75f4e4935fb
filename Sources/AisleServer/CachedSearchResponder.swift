import Hummingbird
import Logging
import NIOCore
import NIOHTTPTypes

/// Answers `GET /v1/search` requests the search cache holds right where they are decoded, on the
/// connection's event loop, and passes every other request on to the router unchanged.
///
/// A cached answer costs a lookup and one write; through the router it would also cost a hop to
/// Swift concurrency's threads and back, the router and the middleware (about half the server's
/// CPU per cached search, measured with `scripts/load-test.sh`). The answer is the one the route
/// would give: same body (with its own `took_us`), same headers, the request counted in the same
/// metrics series. Responses stay in request order: while a request passed on is unanswered,
/// later requests on the connection (HTTP pipelining) are passed on too. A request that is not a
/// well-formed search, asks to close the connection, or misses the cache goes to the router, which
/// answers it (and counts the miss).
///
/// One instance per connection (it keeps per-connection state); it lives in Hummingbird's channel
/// pipeline after the HTTP codec (`HTTP1Channel.Configuration.additionalChannelHandlers`).
final class CachedSearchResponder: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let state: ServerState
    private let logger: Logger
    /// Requests passed on whose response has not ended yet.
    private var unanswered = 0
    /// The answer to the request being read, sent when its end arrives.
    private var answer: (body: ByteBuffer, started: ContinuousClock.Instant)?
    private var date = HTTPDate()

    /// A responder over `state`'s search cache.
    init(state: ServerState, logger: Logger) {
        self.state = state
        self.logger = logger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            if unanswered == 0, let body = cachedBody(head) {
                answer = body
                return
            }
            unanswered += 1
        case .body:
            if answer != nil { return }
        case .end:
            if let answer {
                self.answer = nil
                respond(context: context, body: answer.body, started: answer.started)
                return
            }
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { unanswered = max(0, unanswered - 1) }
        context.write(data, promise: promise)
    }

    /// The cached answer's body when `head` is a search the cache holds; nil otherwise.
    private func cachedBody(_ head: HTTPRequest) -> (body: ByteBuffer, started: ContinuousClock.Instant)? {
        guard head.method == .get, let path = head.path, path.utf8.starts(with: Self.route.utf8) else { return nil }
        let rest = path.utf8.dropFirst(Self.route.utf8.count)
        guard rest.isEmpty || rest.first == UInt8(ascii: "?") else { return nil }
        if let connection = head.headerFields[.connection], connection.lowercased().contains("close") { return nil }
        let started = ContinuousClock.now
        let query = rest.isEmpty ? nil : String(Substring(rest.dropFirst()))
        guard let parameters = try? SearchParameters(try QueryParameters(query, allowed: SearchParameters.names)),
              let answer = try? state.cachedSearch(parameters, countingMisses: false).answer else { return nil }
        return (answer.body(micros: Int((ContinuousClock.now - started).nanoseconds / 1000)), started)
    }

    private func respond(context: ChannelHandlerContext, body: ByteBuffer, started: ContinuousClock.Instant) {
        let head = HTTPResponse(status: .ok, headerFields: [
            .contentType: "application/json", .contentLength: String(body.readableBytes), .date: date.now(), .server: "aisle",
        ])
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        let duration = ContinuousClock.now - started
        state.metrics.recordRequest(method: "GET", route: Self.route, status: 200, duration: duration)
        logger.debug("request", metadata: [
            "method": "GET", "route": "\(Self.route)", "status": "200", "micros": "\(duration.nanoseconds / 1000)", "cache": "hit",
        ])
    }

    static let route = "/v1/search"
}
