import Catalog
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import SearchIndex
#if canImport(Glibc)
import Glibc
#endif

/// `aisle serve` as a child process on a free port, for tests that kill it.
final class ServerProcess: @unchecked Sendable {
    /// Why the server could not be started.
    struct StartFailure: Error, CustomStringConvertible {
        var description: String
    }

    let process: Process
    /// The port it listens on.
    let port: Int
    /// Its log (JSON lines).
    let logPath: String

    /// The build products folder (where `swift build` puts the `aisle` executable next to the tests).
    static let productsFolder: String = {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var url = URL(fileURLWithPath: executable).deletingLastPathComponent()
        while url.path.contains(".xctest") { url.deleteLastPathComponent() }
        return url.path
    }()

    /// Starts the server on `database` and `index`, and waits until it listens (at most 60 s: it
    /// may build the index first).
    init(database: DatabaseURL, index: String, logPath: String) async throws {
        self.logPath = logPath
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.productsFolder + "/aisle")
        process.arguments = ["serve", "--port", "0", "--index", index, "--database-url", database.description, "--log-level", "info"]
        process.standardError = FileHandle(forWritingAtPath: logPath)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = ContinuousClock.now + .seconds(60)
        while true {
            let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            if let line = log.split(separator: "\n").first(where: { $0.contains(#""message":"listening""#) }),
               let address = (try? JSONValue.parse(Array(line.utf8)))?["address"], case .string(let text) = address,
               let port = text.split(separator: ":").last.flatMap({ Int($0) }) {
                self.port = port
                return
            }
            guard process.isRunning, ContinuousClock.now < deadline else {
                if process.isRunning { Self.signal(process, SIGKILL) }
                throw StartFailure(description: "aisle serve did not start; its log:\n\(log)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    deinit {
        if process.isRunning { Self.signal(process, SIGKILL) }
    }

    /// Kills the server with SIGKILL (no chance to clean up) and waits for it to die.
    func kill() {
        Self.signal(process, SIGKILL)
    }

    /// Stops the server with SIGTERM (graceful) and waits for it to exit; returns its exit status.
    @discardableResult
    func terminate() -> Int32 {
        process.terminate()
        process.waitUntilExit()
        return process.terminationStatus
    }

    private static func signal(_ process: Process, _ signal: Int32) {
        _ = Glibc.kill(process.processIdentifier, signal)
        process.waitUntilExit()
    }

    /// GETs `uri` from the server and parses the JSON answer (nil when it does not answer).
    func json(_ uri: String) async -> JSONValue? {
        try? await TestClient.withClient(host: "127.0.0.1", port: port) { client in
            let response = try await client.execute(.init(uri, method: .get))
            return try JSONValue.parse(Array((response.body ?? ByteBuffer()).readableBytesView))
        }
    }
}
