import CZstd
import Synchronization

/// Compresses stored documents one by one with zstd and a dictionary trained on the index's own
/// documents.
///
/// Why this shape: a result page reads 10–100 documents by doc id, so each document stays its own
/// LMDB value (random access, deletes remove exactly one entry, incremental writes touch nothing
/// else). Product JSON documents are small (100 bytes to a few KB) and alike — the same keys, brands,
/// category paths, units — so a shared dictionary gives most of the gain that compressing blocks of
/// documents would, without decompressing a block per hit. zstd (not lz4) because its dictionaries
/// carry entropy tables as well as content, which is what makes 100-byte inputs compress (measured:
/// Home Depot titles, 96-byte JSON lines, 64 bytes a stored value; 1M synthetic products, 630 MB
/// of JSON, 223 MB of documents). Frames are magicless, with no dictionary id, content
/// size or checksum (LMDB already knows the value's length; the raw length is a varint of ours):
/// 9–10 bytes less per document than a default frame.
///
/// Value layout: u8 codec (0: raw bytes follow; 1: varint raw length, then a zstd frame made with
/// the index's dictionary — possibly empty).
///
/// Thread-safe: contexts come from small pools, the dictionaries are immutable.
final class DocumentCompressor: Sendable {
    /// zstd level: with a dictionary, levels above 3 gain under 2 % on product JSON at twice the
    /// time per document.
    static let level: Int32 = 3
    static let rawCodec: UInt8 = 0
    static let zstdCodec: UInt8 = 1

    private let compressionDictionary: Handle
    private let decompressionDictionary: Handle
    private let compressionContexts = Mutex<[Handle]>([])
    private let decompressionContexts = Mutex<[Handle]>([])

    /// An owned zstd object pointer, sendable because each is used by one thread at a time (pools)
    /// or is immutable after creation (dictionaries).
    private struct Handle: @unchecked Sendable {
        let pointer: OpaquePointer?
    }

    /// A compressor with `dictionary` (as trained by `train(samples:)`; empty for none).
    init(dictionary: [UInt8] = []) {
        if dictionary.isEmpty {
            compressionDictionary = Handle(pointer: nil)
            decompressionDictionary = Handle(pointer: nil)
        } else {
            compressionDictionary = Handle(pointer: dictionary.withUnsafeBytes { ZSTD_createCDict($0.baseAddress, $0.count, Self.level) })
            decompressionDictionary = Handle(pointer: dictionary.withUnsafeBytes { ZSTD_createDDict($0.baseAddress, $0.count) })
        }
    }

    deinit {
        for context in compressionContexts.withLock({ $0 }) { ZSTD_freeCCtx(context.pointer) }
        for context in decompressionContexts.withLock({ $0 }) { ZSTD_freeDCtx(context.pointer) }
        ZSTD_freeCDict(compressionDictionary.pointer)
        ZSTD_freeDDict(decompressionDictionary.pointer)
    }

    /// Builds a dictionary of about `capacity` bytes from `samples` (whole documents, in input
    /// order). Returns an empty dictionary when there is too little to learn from (then documents
    /// are compressed without one).
    ///
    /// The dictionary's content is documents taken at even intervals across the samples (the
    /// JSON keys, brands, category paths and words that recur in a catalog), finalized with
    /// zstd's entropy tables computed on all the samples (`ZDICT_finalizeDictionary`). zstd's
    /// trainers (cover, fastCover) select content better (measured on Home Depot titles: 43 vs 50
    /// bytes a document) but take seconds on a few MB of samples, more than a whole build of
    /// that corpus; finalizing takes milliseconds.
    static func train(samples: [[UInt8]], capacity: Int = 32 << 10) -> [UInt8] {
        let total = samples.reduce(0) { $0 + $1.count }
        guard samples.count >= 16, total >= 8 * 1024 else { return [] }
        let contentSize = min(capacity, total / 4)
        var content: [UInt8] = []
        content.reserveCapacity(contentSize + 4096)
        let stride = max(1, total / contentSize)
        var i = 0
        while i < samples.count, content.count < contentSize {
            content.append(contentsOf: samples[i].prefix(contentSize - content.count))
            i += stride
        }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(total)
        for sample in samples { buffer.append(contentsOf: sample) }
        let sizes = samples.map(\.count)
        var dictionary = [UInt8](repeating: 0, count: content.count + 4096)
        var parameters = ZDICT_params_t()
        parameters.compressionLevel = level
        let written = dictionary.withUnsafeMutableBytes { out in
            content.withUnsafeBytes { content in
                buffer.withUnsafeBytes { input in
                    sizes.withUnsafeBufferPointer { sizes in
                        ZDICT_finalizeDictionary(out.baseAddress, out.count, content.baseAddress, content.count,
                                                 input.baseAddress, sizes.baseAddress, UInt32(sizes.count), parameters)
                    }
                }
            }
        }
        guard ZDICT_isError(written) == 0 else { return [] }
        dictionary.removeLast(dictionary.count - written)
        return dictionary
    }

    /// The stored value of `bytes`: compressed when that is smaller, raw otherwise.
    func compress(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [Self.zstdCodec]
        PostingsCodec.appendVarint(UInt32(bytes.count), to: &out)
        let header = out.count
        let bound = ZSTD_compressBound(bytes.count)
        out.append(contentsOf: repeatElement(0, count: bound))
        let context = acquireCompressionContext()
        defer { compressionContexts.withLock { $0.append(context) } }
        let written = out.withUnsafeMutableBytes { target in
            bytes.withUnsafeBytes { source in
                ZSTD_compress2(context.pointer, target.baseAddress! + header, bound, source.baseAddress, source.count)
            }
        }
        guard ZSTD_isError(written) == 0, header + written < bytes.count + 1 else { return [Self.rawCodec] + bytes }
        out.removeLast(bound - written)
        return out
    }

    /// The original bytes of a stored value; nil when it is malformed.
    func decompress(_ value: UnsafeRawBufferPointer) -> [UInt8]? {
        guard let codec = value.first else { return nil }
        if codec == Self.rawCodec { return Array(value[1...]) }
        guard codec == Self.zstdCodec, let (length, start) = PostingsCodec.readVarint(value, at: 1) else { return nil }
        let context = acquireDecompressionContext()
        defer { decompressionContexts.withLock { $0.append(context) } }
        var out = [UInt8](repeating: 0, count: Int(length))
        let written = out.withUnsafeMutableBytes { target in
            ZSTD_decompressDCtx(context.pointer, target.baseAddress, target.count, value.baseAddress! + start, value.count - start)
        }
        guard ZSTD_isError(written) == 0, written == Int(length) else { return nil }
        return out
    }

    private func acquireCompressionContext() -> Handle {
        if let pooled = compressionContexts.withLock({ $0.popLast() }) { return pooled }
        let context = ZSTD_createCCtx()
        if let dictionary = compressionDictionary.pointer {
            ZSTD_CCtx_refCDict(context, dictionary)
        } else {
            ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, Self.level)
        }
        ZSTD_CCtx_setParameter(context, ZSTD_c_experimentalParam2, Int32(ZSTD_f_zstd1_magicless.rawValue))  // ZSTD_c_format
        ZSTD_CCtx_setParameter(context, ZSTD_c_dictIDFlag, 0)
        ZSTD_CCtx_setParameter(context, ZSTD_c_contentSizeFlag, 0)
        ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 0)
        return Handle(pointer: context)
    }

    private func acquireDecompressionContext() -> Handle {
        if let pooled = decompressionContexts.withLock({ $0.popLast() }) { return pooled }
        let context = ZSTD_createDCtx()
        ZSTD_DCtx_setParameter(context, ZSTD_d_experimentalParam1, Int32(ZSTD_f_zstd1_magicless.rawValue))  // ZSTD_d_format
        if let dictionary = decompressionDictionary.pointer { ZSTD_DCtx_refDDict(context, dictionary) }
        return Handle(pointer: context)
    }
}
