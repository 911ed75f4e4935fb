import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain TCP connection for HTTP/1.1 exchanges the test client cannot make, such as several
/// requests sent in one write (pipelining) or bytes that are not UTF-8.
final class RawHTTPConnection {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let socket: Int32
    private var buffered: [UInt8] = []

    /// Connects to `host`:`port`, sends `bytes` in one write and reads one response per element of
    /// `bodies` (false: a response without a body, as to HEAD). The blocking socket calls run on a
    /// thread of their own: on Swift concurrency's few threads they could starve the server under
    /// test, whose routes run there too.
    static func exchange(host: String, port: Int, sending bytes: [UInt8], bodies: [Bool]) async throws -> [(head: String, body: String)] {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result {
                    let connection = try RawHTTPConnection(host: host, port: port)
                    try connection.send(bytes)
                    return try bodies.map { try connection.response(hasBody: $0) }
                })
            }.start()
        }
    }

    /// Connects to `host`:`port` (any of the addresses the name resolves to).
    private init(host: String, port: Int) throws {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else { throw Failure(description: "cannot resolve \(host)") }
        defer { freeaddrinfo(list) }
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        while let address = candidate {
            let descriptor = Glibc.socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
            if descriptor >= 0, connect(descriptor, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 {
                socket = descriptor
                var timeout = timeval(tv_sec: 20, tv_usec: 0)
                setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                return
            }
            if descriptor >= 0 { close(descriptor) }
            candidate = address.pointee.ai_next
        }
        throw Failure(description: "cannot connect to \(host):\(port)")
    }

    deinit { close(socket) }

    /// Sends `bytes` in one write.
    private func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { throw Failure(description: "send failed") }
            sent += count
        }
    }

    /// The next response: its head (status line and headers) and its body (by Content-Length;
    /// none when `hasBody` is false, as for the answer to a HEAD request).
    private func response(hasBody: Bool) throws -> (head: String, body: String) {
        let separator = Array("\r\n\r\n".utf8)
        while true {
            if let end = buffered.indices.first(where: { buffered[$0...].starts(with: separator) }) {
                let head = String(decoding: buffered[..<end], as: UTF8.self)
                let length = head.split(separator: "\r\n").compactMap { line -> Int? in
                    let parts = line.split(separator: ":", maxSplits: 1)
                    guard parts.count == 2, parts[0].lowercased() == "content-length" else { return nil }
                    return Int(parts[1].trimmingPrefix(" "))
                }.first.map { hasBody ? $0 : 0 } ?? 0
                let bodyStart = end + separator.count
                if buffered.count >= bodyStart + length {
                    let body = String(decoding: buffered[bodyStart..<(bodyStart + length)], as: UTF8.self)
                    buffered.removeFirst(bodyStart + length)
                    return (head, body)
                }
            }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { throw Failure(description: "the connection closed or timed out before a whole response arrived") }
            buffered += chunk[..<count]
        }
    }
}
