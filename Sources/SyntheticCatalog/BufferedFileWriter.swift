import Foundation

/// Writes bytes to a new file through a 1 MiB buffer; every failure becomes
/// `SyntheticCorpusError.cannotWrite` naming the file.
struct BufferedFileWriter {
    /// Bytes waiting to be written; append to it, then call `flushIfFull()`.
    var buffer: [UInt8] = []
    private let path: String
    private let handle: FileHandle
    private static let capacity = 1 << 20

    /// Creates (or truncates) the file at `path`.
    init(path: String) throws(SyntheticCorpusError) {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw .cannotWrite(path: path, reason: "the file cannot be created (check that the directory is writable)")
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw .cannotWrite(path: path, reason: "the file cannot be opened for writing")
        }
        self.path = path
        self.handle = handle
        buffer.reserveCapacity(BufferedFileWriter.capacity + 4096)
    }

    /// Appends UTF-8 text to the buffer.
    mutating func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    /// Writes the buffer out once it holds at least 1 MiB.
    mutating func flushIfFull() throws(SyntheticCorpusError) {
        if buffer.count >= BufferedFileWriter.capacity {
            try flush()
        }
    }

    /// Writes out everything buffered and closes the file.
    mutating func close() throws(SyntheticCorpusError) {
        try flush()
        do {
            try handle.close()
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    private mutating func flush() throws(SyntheticCorpusError) {
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
