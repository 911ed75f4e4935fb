import Hummingbird
import Logging
import NIOCore
import NIOHTTP1

/// Answers `GET /v1/search` requests the search cache holds right where they are decoded, on the
/// connection's event loop, and passes every other request on unchanged.
///
/// A cached answer costs a lookup and one write; through Hummingbird it would also cost the
/// conversion to and from Swift HTTP Types, a hop to Swift concurrency's threads and back, the
/// router and the middleware (more than half the server's CPU per cached search, measured with
/// `scripts/load-test.sh`). The answer is the one the route would give: same body (with its own
/// `took_us`), same headers, the request counted in the same metrics series and logged at debug
/// level like `RequestMetricsMiddleware` does (with a request id, and `cache: hit`).
///
/// Responses stay in request order: while a request passed on is unanswered, later requests on
/// the connection (HTTP pipelining) are passed on too. A request that is not a well-formed search
/// (any method but GET, another path, a fragment, a query string the route would refuse), is not
/// HTTP/1.1 (Hummingbird answers HTTP/1.0 in HTTP/1.1), does not keep the connection alive, or
/// misses the cache goes on to the router, which answers it (and counts the miss).
///
/// One instance per connection (it keeps per-connection state), right after NIO's HTTP/1 request
/// decoder (see `CachedSearchChannel`).
final class CachedSearchResponder: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    static let route = "/v1/search"

    private let state: ServerState
    private let logger: Logger
    /// Requests passed on whose response has not ended yet.
    private var unanswered = 0
    /// The response to the request being read, sent when its end arrives.
    private var answer: (head: HTTPResponseHead, body: ByteBuffer, started: ContinuousClock.Instant)?
    private var date = HTTPDate()

    /// A responder over `state`'s search cache.
    init(state: ServerState, logger: Logger) {
        self.state = state
        self.logger = logger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            if unanswered == 0, let cached = cachedAnswer(head) {
                answer = cached
                return
            }
            unanswered += 1
        case .body:
            if answer != nil { return }
        case .end:
            if let answer {
                self.answer = nil
                respond(context: context, head: answer.head, body: answer.body, started: answer.started)
                return
            }
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { unanswered = max(0, unanswered - 1) }
        context.write(data, promise: promise)
    }

    /// The response to `head` when it is a search the cache holds; nil otherwise.
    private func cachedAnswer(_ head: HTTPRequestHead) -> (head: HTTPResponseHead, body: ByteBuffer, started: ContinuousClock.Instant)? {
        guard head.method == .GET, head.version == .http1_1, head.isKeepAlive, head.uri.utf8.starts(with: Self.route.utf8) else { return nil }
        let rest = head.uri.utf8.dropFirst(Self.route.utf8.count)
        guard rest.isEmpty || rest.first == UInt8(ascii: "?"), !rest.contains(UInt8(ascii: "#")) else { return nil }
        let started = ContinuousClock.now
        let query = rest.isEmpty ? "" : String(Substring(rest.dropFirst()))
        guard let (_, version) = try? state.searchTarget(),
              let answer = state.cachedAnswer(query: query, version: version, parameters: {
                  try SearchParameters(try QueryParameters(query, allowed: SearchParameters.names))
              }) else { return nil }
        let body = answer.body(micros: Int((ContinuousClock.now - started).nanoseconds / 1000))
        let headers = HTTPHeaders([
            ("Content-Type", "application/json"), ("Content-Length", String(body.readableBytes)), ("Date", date.now()), ("Server", "aisle"),
        ])
        return (HTTPResponseHead(version: head.version, status: .ok, headers: headers), body, started)
    }

    private func respond(context: ChannelHandlerContext, head: HTTPResponseHead, body: ByteBuffer, started: ContinuousClock.Instant) {
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        let duration = ContinuousClock.now - started
        state.metrics.recordRequest(method: "GET", route: Self.route, status: 200, duration: duration)
        logger.debug("request", metadata: [
            "hb.request.id": .stringConvertible(RequestID()), "method": "GET", "route": "\(Self.route)", "status": "200",
            "micros": "\(duration.nanoseconds / 1000)", "cache": "hit",
        ])
    }
}
