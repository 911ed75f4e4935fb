import Foundation

/// A fresh folder under the system temporary directory, removed when the value is released.
public final class TemporaryFolder: Sendable {
    /// The folder.
    public let path: String

    /// Creates the folder; `label` starts its name.
    public init(_ label: String = "aisle-test") {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `lines` as a file in the folder and returns its path.
    public func file(_ name: String, lines: [String]) -> String {
        let file = path + "/" + name
        _ = FileManager.default.createFile(atPath: file, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
        return file
    }
}
