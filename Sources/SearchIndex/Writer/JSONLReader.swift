#if canImport(Glibc)
import Glibc
#endif

/// Reads the lines of a JSONL file in batches, for a bulk build that reads the next batch on
/// another thread while the current one is parsed and analyzed.
///
/// Thread confinement: one `readBatch` call at a time (the build waits for one before it starts
/// the next); the caller keeps the file open until the last call returned.
final class JSONLReader: @unchecked Sendable {
    private let handle: UnsafeMutablePointer<FILE>
    private var linePointer: UnsafeMutablePointer<CChar>?
    private var capacity = 0
    private var lineNumber = 0

    /// A reader of `handle` from its current position.
    init(handle: UnsafeMutablePointer<FILE>) {
        self.handle = handle
    }

    deinit { free(linePointer) }

    /// The next `count` lines that are not blank (fewer at the end of the file, none after it),
    /// each with its 1-based line number, and the bytes consumed, blank lines included.
    func readBatch(_ count: Int) -> (lines: [(line: Int, bytes: [UInt8])], bytes: Int) {
        var lines: [(line: Int, bytes: [UInt8])] = []
        lines.reserveCapacity(count)
        var consumed = 0
        while lines.count < count {
            let length = getline(&linePointer, &capacity, handle)
            guard length >= 0, let pointer = linePointer else { break }
            lineNumber += 1
            consumed += length
            let bytes = UnsafeRawBufferPointer(start: pointer, count: length)
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { continue }
            lines.append((lineNumber, Array(bytes)))
        }
        return (lines, consumed)
    }
}
