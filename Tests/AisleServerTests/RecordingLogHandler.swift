import Logging
import Synchronization

/// A `LogHandler` that keeps every entry at `debug` and above (message and metadata, as text) for a
/// test to read; copies of the handler share what they keep.
struct RecordingLogHandler: LogHandler {
    /// One log entry.
    struct Entry: Sendable {
        var message: String
        var metadata: [String: String]
    }

    /// The entries kept so far, in logging order.
    final class Entries: Sendable {
        private let storage = Mutex<[Entry]>([])

        /// Every entry kept so far.
        var all: [Entry] { storage.withLock { $0 } }

        func append(_ entry: Entry) { storage.withLock { $0.append(entry) } }
    }

    let entries: Entries
    var logLevel: Logger.Level = .debug
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 })
        entries.append(Entry(message: "\(event.message)", metadata: merged.mapValues { "\($0)" }))
    }

    /// A logger whose entries go to `entries`.
    static func logger(keepingIn entries: Entries) -> Logger {
        Logger(label: "test") { _ in RecordingLogHandler(entries: entries) }
    }
}
