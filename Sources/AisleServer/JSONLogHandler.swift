import Catalog
import Foundation
import Logging
import SearchIndex
import Synchronization

/// A `LogHandler` that writes one JSON object per line to standard error: `time` (UTC, ISO 8601 with
/// milliseconds), `level`, `logger` (the label), `message`, `source`, and every metadata entry as a
/// string member. Lines from concurrent tasks never interleave.
public struct JSONLogHandler: LogHandler {
    /// Shared by every handler so that lines are written whole.
    private static let output = Mutex(FileHandle.standardError)

    /// The logger's label.
    public let label: String
    /// The lowest level written.
    public var logLevel: Logger.Level
    /// Metadata added to every line.
    public var metadata: Logger.Metadata = [:]

    /// A handler for `label` writing `level` and above.
    public init(label: String, level: Logger.Level) {
        self.label = label
        logLevel = level
    }

    /// One entry of `metadata`.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Writes `event` as one JSON line.
    public func log(event: LogEvent) {
        var members: [(key: String, value: JSONValue)] = [
            ("time", .string(Date.now.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true)))),
            ("level", .string(event.level.rawValue)),
            ("logger", .string(label)),
            ("message", .string("\(event.message)")),
            ("source", .string(event.source)),
        ]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }).sorted(by: { $0.key < $1.key }) {
            members.append((key, .string("\(value)")))
        }
        let line = Data((JSONValue.object(members).serialized + "\n").utf8)
        Self.output.withLock { $0.write(line) }
    }
}
