import Foundation

/// Runs `body` with the path of a new, empty directory, which is removed (with its contents) afterwards.
func withTemporaryDirectory<R>(_ body: (String) throws -> R) throws -> R {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("LMDBTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}

/// The bytes of `text`'s UTF-8, for byte-keyed databases.
func bytes(_ text: String) -> [UInt8] {
    Array(text.utf8)
}
