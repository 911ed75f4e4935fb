import CZstd
import Synchronization

/// Compresses blocks of stored documents (`DocumentBlock`) with zstd and a dictionary trained on
/// the index's own documents.
///
/// Why this shape: product JSON documents are small (100 bytes to a few KB) and alike — the same
/// keys, brands, category paths, units — so a shared dictionary pays on small blocks, which a hit
/// decompresses in a microsecond or two. zstd (not lz4) because its dictionaries carry entropy
/// tables as well as content (measured on Home Depot titles: 49 bytes a document on disk in
/// blocks, against 78 one by one with a dictionary). Frames are magicless, with no
/// dictionary id, content size or checksum (LMDB already knows the value's length; the raw length
/// is a varint of ours): 9–10 bytes less per value than a default frame.
///
/// Value layout: u8 codec (0: raw bytes follow; 1: varint raw length, then a zstd frame made with
/// the index's dictionary — possibly empty).
///
/// Thread-safe: contexts come from small pools, the dictionaries are immutable.
final class DocumentCompressor: Sendable {
    /// zstd level: with a dictionary, levels above 3 gain under 2 % on product JSON at twice the
    /// time.
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

    /// Builds a dictionary of at most `capacity` bytes from `samples` (what will be compressed:
    /// document blocks, in input order). Returns an empty dictionary when there is too little to
    /// learn from (then documents are compressed without one).
    ///
    /// zstd's fastCover trainer with fixed parameters (segments of 200 bytes, 8-byte d-mers: no
    /// parameter search) picks the recurring content (JSON keys, brands, category paths, units)
    /// and adds entropy tables. Measured on Home Depot titles in blocks of about 2 KB: 727 bytes a
    /// block against 1056 without a dictionary (one of documents taken at even intervals gave
    /// about 1000); training on 1 MB of samples takes about 45 ms.
    static func train(samples: [[UInt8]], capacity: Int = 32 << 10) -> [UInt8] {
        let total = samples.reduce(0) { $0 + $1.count }
        guard samples.count >= 16, total >= 8 * 1024 else { return [] }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(total)
        for sample in samples { buffer.append(contentsOf: sample) }
        let sizes = samples.map(\.count)
        var dictionary = [UInt8](repeating: 0, count: min(capacity, total / 4))
        var parameters = ZDICT_fastCover_params_t()
        parameters.k = 200
        parameters.d = 8
        parameters.zParams.compressionLevel = level
        let written = dictionary.withUnsafeMutableBytes { out in
            buffer.withUnsafeBytes { input in
                sizes.withUnsafeBufferPointer { sizes in
                    ZDICT_trainFromBuffer_fastCover(out.baseAddress, out.count, input.baseAddress, sizes.baseAddress, UInt32(sizes.count), parameters)
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
            ZSTD_CCtx_setParameter(context, ZSTD_c_experimentalParam4, 1)  // ZSTD_c_forceAttachDict: ZSTD_dictForceAttach
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
