#if canImport(Glibc)
import Glibc
#endif

/// Appends bytes to a new file through a 1 MiB buffer (run files of a bulk build).
final class BufferedFileWriter {
    private let path: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    static let bufferSize = 1 << 20

    /// Creates (or truncates) the file at `path`.
    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw IndexError.io("cannot create \(path): \(String(cString: strerror(errno)))") }
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    func append(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
    }

    func appendVarint(_ value: UInt32) {
        PostingsCodec.appendVarint(value, to: &buffer)
    }

    /// Writes the buffer out when it is full. Call after appends; `finish` writes the rest.
    func flushIfFull() throws {
        if buffer.count >= Self.bufferSize { try flush() }
    }

    /// Writes everything and closes the file.
    func finish() throws {
        try flush()
        close(descriptor)
        descriptor = -1
    }

    private func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            guard written > 0 else { throw IndexError.io("cannot write \(path): \(String(cString: strerror(errno)))") }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
