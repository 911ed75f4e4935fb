import LMDB
import Synchronization

/// The external ids of one open index's doc ids, read from the `documents` blocks a chunk of
/// `chunkSize` doc ids at a time, on first use, and kept: a page of ids only
/// (`SearchRequest.storedDocuments` false) then costs an array read per hit instead of a
/// B-tree seek in `documents` (6.6% of a Home Depot search's samples under `perf` with call
/// graphs were those seeks: each lands on a leaf page of its own).
///
/// A doc id's external id is written once, when the document is added (an update is a delete
/// and a new doc id, and a deleted document stays in its block until a rebuild, which makes a
/// new index), so a chunk read in one snapshot holds for every later snapshot of the same index;
/// a newer snapshot only has more doc ids, which are read when a search first asks for one
/// (`id(of:documentLimit:txn:layout:)` extends the chunk). Thread-safe: chunks never change once
/// built, a lock guards only the table of them.
///
/// Memory: 4 bytes per doc id plus its id's bytes, for the chunks that a search has read from.
final class DocumentIDCache: Sendable {
    static let chunkShift = 12
    /// Doc ids per chunk: a chunk is read with one pass of a cursor over its blocks (about 800 on
    /// Home Depot's titles).
    static let chunkSize = 1 << chunkShift

    /// The ids of the doc ids `first ..< first + offsets.count - 1` (those of a chunk below the
    /// snapshot's limit when it was read): doc id `first + i` has the bytes
    /// `bytes[start(i) ..< start(i + 1)]`, none when `offsets[i + 1]` has `absent` set (no stored
    /// document has that doc id; an empty id is an id).
    private final class Chunk: Sendable {
        let first: UInt32
        let offsets: [UInt32]
        let bytes: [UInt8]

        init(first: UInt32, offsets: [UInt32], bytes: [UInt8]) {
            self.first = first
            self.offsets = offsets
            self.bytes = bytes
        }

        /// Doc ids below it are held.
        var end: UInt32 { first + UInt32(offsets.count - 1) }

        /// Where the id of the chunk's `i`-th doc id starts in `bytes`.
        func start(_ i: Int) -> Int { Int(offsets[i] & ~DocumentIDCache.absent) }
    }

    /// Set in a chunk's offset when the doc id it ends has no stored document (a chunk's ids take
    /// far less than 2 GB).
    private static let absent: UInt32 = 1 << 31

    private let chunks = Mutex<[Int: Chunk]>([:])

    /// The external id of `doc` in the snapshot `txn` reads, whose doc ids are those below
    /// `documentLimit` (`IndexStatistics.nextDoc`); nil when no stored document has that doc id.
    /// Throws `IndexError.corrupt` for a malformed block.
    func id(of doc: UInt32, documentLimit: UInt32, txn: ReadTransaction, layout: IndexLayout) throws -> String? {
        guard doc < documentLimit else { return nil }
        let number = Int(doc >> UInt32(Self.chunkShift))
        var chunk = chunks.withLock { $0[number] }
        if chunk == nil || chunk!.end <= doc {
            let read = try Self.read(chunk: number, extending: chunk, documentLimit: documentLimit, txn: txn, layout: layout)
            chunks.withLock { table in
                if (table[number]?.end ?? 0) < read.end { table[number] = read }
            }
            chunk = read
        }
        guard let chunk else { return nil }
        let i = Int(doc - chunk.first)
        guard chunk.offsets[i + 1] & Self.absent == 0 else { return nil }
        let range = chunk.start(i)..<chunk.start(i + 1)
        return chunk.bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Chunk `number` as far as `documentLimit` reaches, reading from `documents` only the doc ids
    /// `previous` (an earlier reading of the same chunk) does not hold.
    private static func read(chunk number: Int, extending previous: Chunk?, documentLimit: UInt32, txn: ReadTransaction,
                             layout: IndexLayout) throws -> Chunk {
        let first = UInt32(number << chunkShift)
        let end = UInt32(min(UInt64(first) + UInt64(chunkSize), UInt64(documentLimit)))
        var offsets = previous?.offsets ?? [0]
        var bytes = previous?.bytes ?? []
        var next = previous?.end ?? first
        let cursor = try txn.cursor(layout.documents)
        var entry = try withUnsafeBytes(of: ByteCoding.docKey(next)) { try cursor.seek(atLeast: $0) }
        while next < end, let current = entry {
            guard current.key.count == 4, let (count, _) = PostingsCodec.readVarint(current.value, at: 0), count > 0,
                  UInt64(ByteCoding.readBE32(current.key, at: 0)) + 1 >= UInt64(count) else {
                throw IndexError.corrupt("stored documents block after doc \(next)")
            }
            let blockFirst = ByteCoding.readBE32(current.key, at: 0) + 1 - count
            // Doc ids without a stored document before this block: no id.
            while next < min(blockFirst, end) {
                offsets.append(UInt32(bytes.count) | Self.absent)
                next += 1
            }
            guard next < end else { break }
            let read = DocumentBlock.forEachID(in: current.value) { i, id in
                let doc = blockFirst + UInt32(i)
                guard doc >= next, doc < end else { return }
                bytes.append(contentsOf: id)
                offsets.append(UInt32(bytes.count))
                next = doc + 1
            }
            guard read != nil else { throw IndexError.corrupt("stored documents block after doc \(next)") }
            entry = try cursor.next()
        }
        // Doc ids after the last block below the limit: no id.
        while next < end {
            offsets.append(UInt32(bytes.count) | Self.absent)
            next += 1
        }
        return Chunk(first: first, offsets: offsets, bytes: bytes)
    }
}
