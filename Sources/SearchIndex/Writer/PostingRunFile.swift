#if canImport(Glibc)
import Glibc
#endif

/// A run of a bulk build spilled to disk, read back term by term through a 1 MiB buffer (plain
/// reads, not a memory map, so that the pages read do not count against the build's memory).
///
/// File layout, per term in ascending byte order: varint term length, term UTF-8, varint posting
/// count, varint byte length, the postings bytes (`RunSegment`). The file is removed when the
/// reader is released.
final class PostingRunFile: PostingRunSource {
    private let path: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var offset = 0
    private var atEnd = false
    static let bufferSize = 1 << 20

    /// Opens the run written at `path`.
    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw IndexError.io("cannot open \(path): \(String(cString: strerror(errno)))") }
    }

    deinit {
        close(descriptor)
        unlink(path)
    }

    func next(into segment: inout RunSegment) throws -> Bool {
        try fill(1)
        if offset == buffer.count { return false }
        let termLength = try varint()
        try fill(termLength)
        guard buffer.count - offset >= termLength else { throw IndexError.corrupt("run file \(path) is truncated") }
        segment.term.removeAll(keepingCapacity: true)
        segment.term.append(contentsOf: buffer[offset..<(offset + termLength)])
        offset += termLength
        segment.count = try varint()
        var remaining = try varint()
        segment.postings.removeAll(keepingCapacity: true)
        segment.postings.reserveCapacity(remaining)
        while remaining > 0 {
            try fill(1)
            guard buffer.count > offset else { throw IndexError.corrupt("run file \(path) is truncated") }
            let take = min(remaining, buffer.count - offset)
            segment.postings.append(contentsOf: buffer[offset..<(offset + take)])
            offset += take
            remaining -= take
        }
        return true
    }

    private func varint() throws -> Int {
        try fill(5)
        let parsed = buffer.withUnsafeBytes { PostingsCodec.readVarint(UnsafeRawBufferPointer(rebasing: $0[offset...]), at: 0) }
        guard let (value, length) = parsed else { throw IndexError.corrupt("run file \(path) is truncated") }
        offset += length
        return Int(value)
    }

    /// Makes at least `count` bytes available from `offset`, unless the file ends first.
    private func fill(_ count: Int) throws {
        guard buffer.count - offset < count, !atEnd else { return }
        buffer.removeSubrange(0..<offset)
        offset = 0
        while buffer.count < max(count, Self.bufferSize / 2), !atEnd {
            let start = buffer.count
            let want = max(Self.bufferSize, count) - start
            buffer.append(contentsOf: repeatElement(0, count: want))
            let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + start, want) }
            guard got >= 0 else { throw IndexError.io("cannot read \(path): \(String(cString: strerror(errno)))") }
            buffer.removeLast(want - got)
            if got == 0 { atEnd = true }
        }
    }
}
