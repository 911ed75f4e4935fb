import Foundation
import Testing

/// A running `lmdb-crash-writer` process, writing to one environment until killed.
final class CrashWriter {
    private let process = Process()
    private let output = Pipe()
    private let errors = Pipe()
    private var buffered = [UInt8]()
    /// Every transaction number the writer reported as committed, in order.
    private(set) var reported: [UInt64] = []

    /// Starts the writer on the environment directory `path`.
    init(environment path: String) throws {
        process.executableURL = try CrashWriter.executable()
        process.arguments = [path]
        process.standardOutput = output
        process.standardError = errors
        try process.run()
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// Reads the writer's reports until it has reported at least `count` commits in total.
    /// Fails (throws) if the writer exits first or `timeout` passes.
    func waitForCommits(_ count: Int, timeout: TimeInterval = 30) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while reported.count < count {
            guard Date() < deadline else { throw CrashWriterFailure("no \(count) commits within \(timeout) s") }
            var descriptor = pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            guard readAvailable() else {
                throw CrashWriterFailure("writer ended after \(reported.count) commits: \(errorText())")
            }
        }
    }

    /// Sends SIGKILL, waits for the process to end, and collects the reports it wrote before dying.
    func killAndCollect() throws {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGKILL)
        while readAvailable() {}
        #expect(buffered.isEmpty, "a report line was cut short: reports are written whole")
    }

    /// Reads what is available into `reported`; false at end of output.
    private func readAvailable() -> Bool {
        let chunk = output.fileHandleForReading.availableData
        guard !chunk.isEmpty else { return false }
        buffered.append(contentsOf: chunk)
        while let newline = buffered.firstIndex(of: UInt8(ascii: "\n")) {
            let line = String(decoding: buffered[..<newline], as: UTF8.self)
            buffered.removeSubrange(...newline)
            if let number = UInt64(line) { reported.append(number) }
        }
        return true
    }

    private func errorText() -> String {
        String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    /// The `lmdb-crash-writer` executable, built next to the test binary (`.build/<config>/`).
    private static func executable() throws -> URL {
        var directories: [URL] = []
        #if os(Linux)
        // XCTest and Swift Testing runs both execute `.build/<config>/<Package>PackageTests.xctest`.
        directories.append(URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent())
        #endif
        directories += Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }.map { $0.bundleURL.deletingLastPathComponent() }
        for directory in directories {
            let candidate = directory.appendingPathComponent("lmdb-crash-writer")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw CrashWriterFailure("lmdb-crash-writer not found in \(directories.map(\.path)); build it with `swift build --build-tests`")
    }
}

/// Why driving the crash writer failed.
struct CrashWriterFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
