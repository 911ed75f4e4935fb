import LMDB

/// A `documents` value: consecutive stored documents (`StoredDocument` encodings) compressed
/// together by the index's `DocumentCompressor`, keyed by the block's last doc id.
///
/// Why blocks: compressing documents one by one left most of their redundancy in place and paid
/// 14 bytes of LMDB key and node header per document (Home Depot titles: 78 bytes a document on
/// disk; in blocks of `targetBytes`: 49). Why small blocks: a result page decompresses one block
/// per hit, about 0.7 µs plus 2 µs per KB (with 2 KB blocks, Home Depot's median query at 100
/// hits took 700 µs instead of 350; with 512 bytes about 400, for 2.7 MB of documents instead of 2.6).
///
/// Uncompressed layout: varint document count n, n varint lengths, then the n encodings
/// concatenated. The documents have doc ids `lastDoc - n + 1 ... lastDoc` (doc ids of one write
/// batch are consecutive; a block never spans two batches). A document deleted later stays in its
/// block until the next rebuild (its id mapping is removed and it is marked in `deleted`).
enum DocumentBlock {
    /// Uncompressed bytes after which a block is closed (see the type comment for why this size).
    static let targetBytes = 512
    /// Documents per block at most.
    static let maximumDocuments = 64

    /// Consecutive ranges of `sizes` (encoded document sizes, in doc id order), each one block.
    static func ranges(sizes: [Int]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var bytes = 0
        for (i, size) in sizes.enumerated() {
            bytes += size
            if bytes >= targetBytes || i + 1 - start == maximumDocuments {
                ranges.append(start..<(i + 1))
                start = i + 1
                bytes = 0
            }
        }
        if start < sizes.count { ranges.append(start..<sizes.count) }
        return ranges
    }

    /// The `documents` value of `documents` (encoded stored documents, in doc id order).
    static func encode(_ documents: some Collection<[UInt8]>, compressor: DocumentCompressor) -> [UInt8] {
        compressor.compress(uncompressed(documents))
    }

    /// The block of `documents` before compression (what the dictionary is trained on).
    static func uncompressed(_ documents: some Collection<[UInt8]>) -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity(documents.reduce(3 * documents.count + 1) { $0 + $1.count })
        PostingsCodec.appendVarint(UInt32(documents.count), to: &raw)
        for document in documents { PostingsCodec.appendVarint(UInt32(document.count), to: &raw) }
        for document in documents { raw.append(contentsOf: document) }
        return raw
    }

    /// The document at `index` (0-based, in doc id order) of a decompressed block; nil when the
    /// block is malformed or has no such document.
    static func document(at index: Int, in raw: UnsafeRawBufferPointer) -> StoredDocument? {
        guard let (count, afterCount) = PostingsCodec.readVarint(raw, at: 0), index < Int(count) else { return nil }
        var offset = afterCount
        var start = 0
        var length = 0
        for i in 0..<Int(count) {
            guard let (value, next) = PostingsCodec.readVarint(raw, at: offset) else { return nil }
            if i < index { start += Int(value) }
            if i == index { length = Int(value) }
            offset = next
        }
        start += offset
        guard start + length <= raw.count else { return nil }
        return StoredDocument(UnsafeRawBufferPointer(rebasing: raw[start..<(start + length)]))
    }

    /// The stored document `doc`; nil when no block holds it. Throws when its block is malformed.
    static func read(_ doc: UInt32, _ layout: IndexLayout, _ txn: ReadTransaction, compressor: DocumentCompressor) throws -> StoredDocument? {
        let cursor = try txn.cursor(layout.documents)
        guard let entry = try withUnsafeBytes(of: ByteCoding.docKey(doc), { try cursor.seek(atLeast: $0) }) else { return nil }
        guard entry.key.count == 4, let raw = compressor.decompress(entry.value) else {
            throw IndexError.corrupt("stored documents block before doc \(doc)")
        }
        let lastDoc = ByteCoding.readBE32(entry.key, at: 0)
        return try raw.withUnsafeBytes { raw in
            guard let (count, _) = PostingsCodec.readVarint(raw, at: 0), count > 0 else { throw IndexError.corrupt("stored documents block of doc \(doc)") }
            guard UInt64(doc) + UInt64(count) > UInt64(lastDoc) else { return nil }
            guard let document = document(at: Int(count) - 1 - Int(lastDoc - doc), in: raw) else {
                throw IndexError.corrupt("stored documents block of doc \(doc)")
            }
            return document
        }
    }
}
