import LMDB

/// A `documents` value: the external ids of consecutive stored documents, uncompressed, then the
/// rest of their `StoredDocument` encodings compressed together by the index's
/// `DocumentCompressor`, keyed by the block's last doc id.
///
/// Why blocks: compressing documents one by one left most of their redundancy in place and paid
/// 14 bytes of LMDB key and node header per document (Home Depot titles: 78 bytes a document on
/// disk; in blocks of `targetBytes`: 49). Why small blocks: a result page decompresses one block
/// per hit, about 0.7 µs plus 2 µs per KB (with 2 KB blocks, Home Depot's median query at 100
/// hits took 700 µs instead of 350; with 512 bytes about 400, for 2.7 MB of documents instead of 2.6).
/// Why the ids apart: a page of ids only (`SearchRequest.storedDocuments` false) reads them
/// without decompressing anything (`DocumentIDCache`, a chunk of blocks at a time);
/// decompressing ten blocks was about a fifth of Home Depot's median search at k = 10. Ids are
/// short and compress poorly, so the block grows little.
///
/// Layout: varint document count n, n varint id lengths, the n ids (UTF-8) concatenated, then
/// the compressed part: `DocumentCompressor.compress` of varint n, n varint body lengths, the n
/// bodies concatenated, where a body is a document's encoding without its id (text field
/// lengths and JSON). The documents have doc ids `lastDoc - n + 1 ... lastDoc` (doc ids of one
/// write batch are consecutive; a block never spans two batches). A document deleted later stays
/// in its block until the next rebuild (its id mapping is removed and it is marked in `deleted`).
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

    /// The `documents` value of `documents` (`StoredDocument.encoded`, in doc id order).
    static func encode(_ documents: some Collection<[UInt8]>, compressor: DocumentCompressor) -> [UInt8] {
        var value: [UInt8] = []
        let split = documents.map(StoredDocument.splitID)
        value.reserveCapacity(split.reduce(2 * split.count + 1) { $0 + $1.id.count })
        PostingsCodec.appendVarint(UInt32(split.count), to: &value)
        for document in split { PostingsCodec.appendVarint(UInt32(document.id.count), to: &value) }
        for document in split { value.append(contentsOf: document.id) }
        value.append(contentsOf: compressor.compress(bodies(split.map(\.body))))
        return value
    }

    /// The compressed part of the block of `documents` (`StoredDocument.encoded`) before
    /// compression: what the dictionary is trained on.
    static func uncompressed(_ documents: some Collection<[UInt8]>) -> [UInt8] {
        bodies(documents.map { StoredDocument.splitID($0).body })
    }

    private static func bodies(_ bodies: [ArraySlice<UInt8>]) -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity(bodies.reduce(3 * bodies.count + 1) { $0 + $1.count })
        PostingsCodec.appendVarint(UInt32(bodies.count), to: &raw)
        for body in bodies { PostingsCodec.appendVarint(UInt32(body.count), to: &raw) }
        for body in bodies { raw.append(contentsOf: body) }
        return raw
    }

    /// The byte range of the id at `index` (0-based, in doc id order) in a block value, the
    /// block's document count and where its compressed part starts; nil when the value is
    /// malformed or has no such document.
    private static func locate(_ index: Int, in value: UnsafeRawBufferPointer) -> (id: Range<Int>, count: Int, compressed: Int)? {
        guard let (count, afterCount) = PostingsCodec.readVarint(value, at: 0), index < Int(count), Int(count) <= value.count else { return nil }
        var offset = afterCount
        var before = 0
        var length = 0
        var total = 0
        for i in 0..<Int(count) {
            guard let (idLength, next) = PostingsCodec.readVarint(value, at: offset) else { return nil }
            if i < index { before += Int(idLength) }
            if i == index { length = Int(idLength) }
            total += Int(idLength)
            offset = next
        }
        guard offset + total <= value.count else { return nil }
        return ((offset + before)..<(offset + before + length), Int(count), offset + total)
    }

    /// Calls `body` with the index (0-based, in doc id order) and the UTF-8 bytes of each
    /// document's external id in a block value, read without decompressing anything, and returns
    /// how many there were; nil, before any call, when the value is malformed.
    static func forEachID(in value: UnsafeRawBufferPointer, _ body: (Int, UnsafeRawBufferPointer) throws -> Void) rethrows -> Int? {
        guard let (count, afterCount) = PostingsCodec.readVarint(value, at: 0), Int(count) <= value.count else { return nil }
        // The lengths first, then the ids: skip the lengths to find where the ids start (and
        // that they fit), then read each length again beside its id.
        var idStart = afterCount
        var total = 0
        for _ in 0..<Int(count) {
            guard let (length, next) = PostingsCodec.readVarint(value, at: idStart) else { return nil }
            total += Int(length)
            idStart = next
        }
        guard idStart + total <= value.count else { return nil }
        var lengthOffset = afterCount
        var idOffset = idStart
        for i in 0..<Int(count) {
            let (length, next) = PostingsCodec.readVarint(value, at: lengthOffset)!
            lengthOffset = next
            try body(i, UnsafeRawBufferPointer(rebasing: value[idOffset..<(idOffset + Int(length))]))
            idOffset += Int(length)
        }
        return Int(count)
    }

    /// The document at `index` (0-based, in doc id order) of a block value; nil when the block is
    /// malformed or has no such document.
    static func document(at index: Int, in value: UnsafeRawBufferPointer, compressor: DocumentCompressor) -> StoredDocument? {
        guard let (idRange, count, compressed) = locate(index, in: value),
              let raw = compressor.decompress(UnsafeRawBufferPointer(rebasing: value[compressed...])) else { return nil }
        let id = String(decoding: UnsafeRawBufferPointer(rebasing: value[idRange]), as: UTF8.self)
        return raw.withUnsafeBytes { raw -> StoredDocument? in
            guard let (bodyCount, afterCount) = PostingsCodec.readVarint(raw, at: 0), Int(bodyCount) == count else { return nil }
            var offset = afterCount
            var start = 0
            var length = 0
            for i in 0..<count {
                guard let (bodyLength, next) = PostingsCodec.readVarint(raw, at: offset) else { return nil }
                if i < index { start += Int(bodyLength) }
                if i == index { length = Int(bodyLength) }
                offset = next
            }
            start += offset
            guard start + length <= raw.count else { return nil }
            return StoredDocument(id: id, body: UnsafeRawBufferPointer(rebasing: raw[start..<(start + length)]))
        }
    }

    /// The stored document `doc`; nil when no block holds it. Throws when its block is malformed.
    static func read(_ doc: UInt32, _ layout: IndexLayout, _ txn: ReadTransaction, compressor: DocumentCompressor) throws -> StoredDocument? {
        try withBlock(of: doc, layout, txn) { value, index in document(at: index, in: value, compressor: compressor) }
    }

    /// `body` applied to the value of the block holding `doc` and the document's index in it; nil
    /// when no block holds it. Throws when the block is malformed or `body` finds it so. (A
    /// cursor of its own each time: one cursor reused for a page of hits measured no faster.)
    private static func withBlock<T>(of doc: UInt32, _ layout: IndexLayout, _ txn: ReadTransaction,
                                     _ body: (UnsafeRawBufferPointer, Int) -> T?) throws -> T? {
        let cursor = try txn.cursor(layout.documents)
        guard let entry = try withUnsafeBytes(of: ByteCoding.docKey(doc), { try cursor.seek(atLeast: $0) }) else { return nil }
        guard entry.key.count == 4, let (count, _) = PostingsCodec.readVarint(entry.value, at: 0), count > 0 else {
            throw IndexError.corrupt("stored documents block before doc \(doc)")
        }
        let lastDoc = ByteCoding.readBE32(entry.key, at: 0)
        guard UInt64(doc) + UInt64(count) > UInt64(lastDoc) else { return nil }
        guard let found = body(entry.value, Int(count) - 1 - Int(lastDoc - doc)) else { throw IndexError.corrupt("stored documents block of doc \(doc)") }
        return found
    }
}
