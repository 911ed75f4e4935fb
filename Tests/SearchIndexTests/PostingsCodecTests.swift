@testable import SearchIndex
import Testing

/// A deliberately simple decoder of the block format, written from the format description
/// independently of `PostingsCodec`: the oracle the optimized decoder is checked against.
private struct NaiveBlockReader {
    let bytes: [UInt8]
    var offset = 0

    mutating func byte() -> UInt8 { defer { offset += 1 }; return bytes[offset] }

    mutating func packed(_ count: Int) -> [UInt32] {
        let width = Int(byte())
        var bitIndex = 0
        var values: [UInt32] = []
        for _ in 0..<count {
            var value: UInt32 = 0
            for bit in 0..<width {
                let b = bytes[offset + (bitIndex / 8)] >> UInt8(bitIndex % 8) & 1
                value |= UInt32(b) << UInt32(bit)
                bitIndex += 1
            }
            values.append(value)
        }
        offset += (bitIndex + 7) / 8
        return values
    }

    mutating func varint() -> UInt32 {
        var value: UInt32 = 0
        var shift: UInt32 = 0
        while true {
            let b = byte()
            value |= UInt32(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }

    /// The whole value: the block, then its positions (absolute, concatenated per entry).
    mutating func decode() -> (docs: [UInt32], masks: [UInt8], tfs: [UInt32], norms: [UInt8], positions: [UInt32]) {
        let count = Int(byte()) + 1
        var first: UInt32 = 0
        for i in 0..<4 { first |= UInt32(byte()) << UInt32(8 * i) }
        let union = byte()
        offset += 2 * union.nonzeroBitCount
        var docs = [first]
        for delta in packed(count - 1) { docs.append(docs.last! + delta + 1) }
        let flags = byte()
        let masks = flags & 0x08 == 0 ? Array(repeating: union, count: count) : (0..<count).map { _ in byte() }
        let entries = masks.reduce(0) { $0 + $1.nonzeroBitCount }
        if flags & 0x10 != 0 {
            return (docs, masks, Array(repeating: 1, count: entries), Array(repeating: 0, count: entries), Array(repeating: 0, count: entries))
        }
        let tfs = packed(entries).map { $0 + 1 }
        let norms: [UInt8]
        if flags & 0x20 != 0 {
            let base = byte()
            norms = packed(entries).map { base + UInt8($0) }
        } else {
            norms = (0..<entries).map { _ in byte() }
        }
        let gaps = flags & 0x40 != 0 ? packed(Int(tfs.reduce(0, +))) : (0..<Int(tfs.reduce(0, +))).map { _ in varint() }
        var positions: [UInt32] = []
        var g = 0
        for tf in tfs {
            for k in 0..<Int(tf) {
                positions.append(k == 0 ? gaps[g] : positions.last! + gaps[g])
                g += 1
            }
        }
        return (docs, masks, tfs, norms, positions)
    }
}

/// Random postings; `narrow` keeps norm codes and positions in the small ranges of short fields
/// (titles), where the codec packs them.
private func randomList(_ rng: inout SplitMix64, documents: Int, sparse: Bool, narrow: Bool = false) -> PostingList {
    var list = PostingList()
    var doc = UInt32.random(in: 0..<1000, using: &rng)
    for _ in 0..<documents {
        var fields: [(field: UInt8, norm: UInt8, positions: [UInt32])] = []
        let singleField = Bool.random(using: &rng)
        for f in UInt8(0)..<8 where (singleField ? f == 0 : Int.random(in: 0..<3, using: &rng) == 0) || (f == 7 && fields.isEmpty) {
            let tf = Int.random(in: 0..<10, using: &rng) == 0 ? Int.random(in: 1...(narrow ? 4 : 300), using: &rng) : Int.random(in: 1...3, using: &rng)
            var position = UInt32.random(in: 0..<(narrow ? 20 : 50), using: &rng)
            var positions: [UInt32] = []
            for _ in 0..<tf {
                positions.append(position)
                position += UInt32.random(in: 1...(narrow || Bool.random(using: &rng) ? 3 : 5000), using: &rng)
            }
            fields.append((f, narrow ? UInt8.random(in: 4...30, using: &rng) : UInt8.random(in: 0...255, using: &rng), positions))
        }
        list.append(doc: doc, fields: fields)
        doc += sparse ? UInt32.random(in: 1...2_000_000, using: &rng) : UInt32.random(in: 1...3, using: &rng)
    }
    return list
}

private func blockRanges(_ count: Int) -> [Range<Int>] {
    stride(from: 0, to: count, by: PostingsCodec.blockSize).map { $0..<min($0 + PostingsCodec.blockSize, count) }
}

@Test func decodedBlocksEqualTheEncodedPostingsAndTheNaiveDecoder() throws {
    var rng = SplitMix64(seed: 0xA15E)
    let block = DecodedBlock()
    var packedForms = (norms: 0, positions: 0, plain: 0)
    var kinds = (uniformMasks: 0, masks: 0, unitFrequencies: 0, frequencies: 0)
    for round in 0..<300 {
        let list = randomList(&rng, documents: Int.random(in: 1...400, using: &rng), sparse: round % 3 == 0, narrow: round % 2 == 1)
        var entry = 0
        var position = 0
        for range in blockRanges(list.count) {
            var bytes: [UInt8] = []
            PostingsCodec.encodeBlock(list, docs: range, into: &bytes)
            var naive = NaiveBlockReader(bytes: bytes)
            let oracle = naive.decode()
            #expect(naive.offset == bytes.count)
            #expect(oracle.docs == Array(list.docs[range]))
            #expect(oracle.masks == Array(list.masks[range]))
            let ok = bytes.withUnsafeBytes { PostingsCodec.decodeBlock($0, into: block) && PostingsCodec.decodePositions($0, block: block) }
            try #require(ok)
            #expect(!block.presenceOnly)
            let flags = bytes[block.header.bodyOffset + 1 + ((block.count - 1) * Int(bytes[block.header.bodyOffset]) + 7) / 8]
            if flags & PostingsCodec.Flags.normsPacked != 0 { packedForms.norms += 1 }
            if flags & PostingsCodec.Flags.positionsPacked != 0 { packedForms.positions += 1 }
            if flags & (PostingsCodec.Flags.normsPacked | PostingsCodec.Flags.positionsPacked) == 0 { packedForms.plain += 1 }
            #expect(Array(UnsafeBufferPointer(start: block.docs, count: block.count)) == oracle.docs)
            #expect(Array(UnsafeBufferPointer(start: block.masks, count: block.count)) == oracle.masks)
            #expect(Array(UnsafeBufferPointer(start: block.frequencies, count: block.entryCount)) == oracle.tfs)
            #expect(Array(UnsafeBufferPointer(start: block.norms, count: block.entryCount)) == oracle.norms)
            // Each document's first entry, and whether every frequency is 1 (the position readers
            // count the positions they step over from these).
            var starts = [0]
            for mask in oracle.masks { starts.append(starts.last! + mask.nonzeroBitCount) }
            #expect(Array(UnsafeBufferPointer(start: block.entryStarts, count: block.count + 1)).map(Int.init) == starts)
            #expect(block.unitFrequencies == oracle.tfs.allSatisfy { $0 == 1 })
            if flags & PostingsCodec.Flags.masks == 0 { kinds.uniformMasks += 1 } else { kinds.masks += 1 }
            if block.unitFrequencies { kinds.unitFrequencies += 1 } else { kinds.frequencies += 1 }
            // A reader of positions decodes without norms: the same block otherwise, the same
            // positions after it.
            let positionsOffset = block.positionsOffset
            let lean = DecodedBlock()
            try #require(bytes.withUnsafeBytes { PostingsCodec.decodeBlock($0, into: lean, norms: false) })
            #expect(lean.positionsOffset == positionsOffset && lean.count == block.count && lean.entryCount == block.entryCount)
            #expect(Array(UnsafeBufferPointer(start: lean.docs, count: lean.count)) == oracle.docs)
            #expect(Array(UnsafeBufferPointer(start: lean.frequencies, count: lean.entryCount)) == oracle.tfs)
            let entries = entry..<(entry + block.entryCount)
            #expect(oracle.tfs == Array(list.frequencies[entries]))
            #expect(oracle.norms == Array(list.norms[entries]))

            // Positions follow the block in the same value.
            let total = Int(block.positionStarts[block.entryCount])
            let all = Array(UnsafeBufferPointer(start: block.positions, count: total))
            #expect(all == Array(list.positions[position..<(position + total)]))
            #expect(all == oracle.positions)
            let positionStarts = Array(UnsafeBufferPointer(start: block.positionStarts, count: block.entryCount + 1))
            // One document's positions alone, the others stepped over: the same lists.
            for i in 0..<block.count {
                let ok = bytes.withUnsafeBytes { PostingsCodec.decodePositions($0, block: block, document: i) }
                try #require(ok)
                for e in Int(block.entryStarts[i])..<Int(block.entryStarts[i + 1]) {
                    let from = Int(block.positionStarts[e]), to = Int(block.positionStarts[e + 1])
                    #expect(Array(UnsafeBufferPointer(start: block.positions + from, count: to - from)) == Array(all[Int(positionStarts[e])..<Int(positionStarts[e + 1])]))
                }
            }
            entry += block.entryCount
            position += total
        }
    }
    // Both forms of norms and of positions were written and read back.
    #expect(packedForms.norms > 0 && packedForms.positions > 0 && packedForms.plain > 0)
    // Blocks with and without per-document masks, with and without a frequency above 1.
    #expect(kinds.uniformMasks > 0 && kinds.masks > 0 && kinds.unitFrequencies > 0 && kinds.frequencies > 0)
}

@Test func presenceOnlyBlocksKeepDocumentsAndMasksAndReadAsFrequencyOneWithoutPositions() throws {
    var rng = SplitMix64(seed: 0xB10C)
    let block = DecodedBlock()
    for round in 0..<100 {
        let list = randomList(&rng, documents: Int.random(in: 1...300, using: &rng), sparse: round % 2 == 0)
        for range in blockRanges(list.count) {
            var full: [UInt8] = []
            PostingsCodec.encodeBlock(list, docs: range, into: &full)
            var bytes: [UInt8] = []
            PostingsCodec.encodeBlock(list, docs: range, presenceOnly: true, into: &bytes)
            #expect(bytes.count < full.count)
            var naive = NaiveBlockReader(bytes: bytes)
            let oracle = naive.decode()
            #expect(naive.offset == bytes.count)
            let ok = bytes.withUnsafeBytes { PostingsCodec.decodeBlock($0, into: block) && PostingsCodec.decodePositions($0, block: block) }
            try #require(ok)
            #expect(block.presenceOnly && block.unitFrequencies)
            #expect(Array(UnsafeBufferPointer(start: block.docs, count: block.count)) == Array(list.docs[range]))
            #expect(Array(UnsafeBufferPointer(start: block.masks, count: block.count)) == Array(list.masks[range]))
            #expect(oracle.docs == Array(list.docs[range]))
            #expect(Array(UnsafeBufferPointer(start: block.frequencies, count: block.entryCount)).allSatisfy { $0 == 1 })
            #expect(Array(UnsafeBufferPointer(start: block.norms, count: block.entryCount)).allSatisfy { $0 == 0 })
            #expect(Int(block.positionStarts[block.entryCount]) == block.entryCount)
            for f in 0..<8 where block.header.fieldUnion & (1 << f) != 0 {
                #expect(block.header.maxFrequency(field: f) == 1 && block.header.minNorm(field: f) == 0)
            }
        }
    }
}

@Test func blockHeaderBoundsEveryDocumentsFrequencyAndNorm() {
    var rng = SplitMix64(seed: 7)
    let block = DecodedBlock()
    for _ in 0..<100 {
        let list = randomList(&rng, documents: PostingsCodec.blockSize, sparse: false)
        var bytes: [UInt8] = []
        PostingsCodec.encodeBlock(list, docs: 0..<list.count, into: &bytes)
        _ = bytes.withUnsafeBytes { PostingsCodec.decodeBlock($0, into: block) }
        for i in 0..<block.count {
            var mask = block.masks[i]
            var e = Int(block.entryStarts[i])
            while mask != 0 {
                let f = mask.trailingZeroBitCount
                #expect(block.header.fieldUnion & (1 << f) != 0)
                #expect(UInt32(block.header.maxFrequency(field: f)) >= min(block.frequencies[e], 255))
                #expect(block.header.minNorm(field: f) <= block.norms[e])
                e += 1
                mask &= mask - 1
            }
        }
    }
}

@Test func truncatedOrCorruptBlocksAreRejectedNotReadOutOfBounds() {
    var rng = SplitMix64(seed: 99)
    let block = DecodedBlock()
    let list = randomList(&rng, documents: 100, sparse: true)
    var bytes: [UInt8] = []
    PostingsCodec.encodeBlock(list, docs: 0..<100, into: &bytes)
    for cut in 0..<bytes.count {
        for norms in [true, false] {
            let ok = Array(bytes[0..<cut]).withUnsafeBytes {
                PostingsCodec.decodeBlock($0, into: block, norms: norms) && PostingsCodec.decodePositions($0, block: block)
            }
            #expect(!ok, "a value cut at \(cut) of \(bytes.count) bytes decoded (norms: \(norms))")
        }
    }
    for _ in 0..<2000 {
        var corrupt = bytes
        corrupt[Int.random(in: 0..<corrupt.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
        for norms in [true, false] {
            _ = corrupt.withUnsafeBytes { bytes in
                PostingsCodec.decodeBlock(bytes, into: block, norms: norms) && PostingsCodec.decodePositions(bytes, block: block)
                    && (0..<block.count).allSatisfy { PostingsCodec.decodePositions(bytes, block: block, document: $0) }
            }
        }
    }
}

@Test func fieldNormCodesAreExactForShortFieldsAndMonotonic() {
    for length in 0...32 { #expect(FieldNorm.encode(length) == UInt8(length)) }
    var previous: UInt8 = 0
    for length in 0...200_000 {
        let code = FieldNorm.encode(length)
        #expect(code >= previous)
        previous = code
        if length > 32, length < 100_000 {
            let represented = FieldNorm.decodeTable[Int(code)]
            #expect(represented >= Double(length) && represented < Double(length) * 1.07)
        }
    }
}

@Test func unpackReadsEveryWidthAndOffsetLikeTheNaiveReader() throws {
    var rng = SplitMix64(seed: 42)
    for width in 0...32 {
        for count in [1, 7, 128, 300] {
            let limit: UInt64 = width == 0 ? 0 : (1 << UInt64(width)) - 1
            let values = (0..<count).map { _ in UInt32(truncatingIfNeeded: UInt64.random(in: 0...limit, using: &rng)) }
            var packed: [UInt8] = [0xAB]
            PostingsCodec.appendPacked(values, to: &packed)
            // Trailing bytes from none to more than a word: both the word loop and the byte tail run.
            for trailing in [0, 3, 9] {
                let bytes = packed + [UInt8](repeating: 0xFF, count: trailing)
                for skip in Set([0, 1, count / 2, count - 1]) {
                    var reader = NaiveBlockReader(bytes: bytes, offset: 1)
                    let expected = reader.packed(count).dropFirst(skip).map { $0 &+ 5 }
                    let out = UnsafeMutablePointer<UInt32>.allocate(capacity: count)
                    defer { out.deallocate() }
                    let end = bytes.withUnsafeBytes { PostingsCodec.unpack($0, at: 1, skipping: skip, count: count - skip, adding: 5, into: out) }
                    #expect(end == packed.count, "width \(width) count \(count) skip \(skip) trailing \(trailing)")
                    #expect(Array(UnsafeBufferPointer(start: out, count: count - skip)) == Array(expected),
                            "width \(width) count \(count) skip \(skip) trailing \(trailing)")
                }
            }
        }
    }
}

@Test func blocksEncodedWithCarriedStartsEqualBlocksEncodedFromTheListStart() {
    var rng = SplitMix64(seed: 0x5A7E)
    for round in 0..<40 {
        let list = randomList(&rng, documents: Int.random(in: 129...1_500, using: &rng), sparse: round % 2 == 0, narrow: round % 3 == 0)
        var start = PostingsCodec.BlockStart()
        for range in blockRanges(list.count) {
            // The carried start is where summing from the list's start puts the block.
            #expect(start == PostingsCodec.BlockStart(list, document: range.lowerBound))
            for presenceOnly in [false, true] {
                var carried: [UInt8] = [], summed: [UInt8] = []
                PostingsCodec.encodeBlock(list, docs: range, from: start, presenceOnly: presenceOnly, into: &carried)
                PostingsCodec.encodeBlock(list, docs: range, presenceOnly: presenceOnly, into: &summed)
                #expect(carried == summed)
            }
            start = start.advanced(over: range, in: list)
        }
        #expect(start.entry == list.frequencies.count && start.position == list.positions.count)
    }
}
