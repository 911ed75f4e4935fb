@testable import SearchIndex
import Testing

/// Round trips of the write path's own encodings: per-document postings entries, compressed
/// stored documents and their blocks, on random inputs.
@Suite struct WriteCodecTests {
    @Test func documentPostingsEntriesDecodeToWhatWasEncoded() throws {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<500 {
            var expected = PostingList()
            var encoded: [UInt8] = []
            var ends: [Int] = []
            var doc = UInt32.random(in: 0..<10, using: &rng)
            for _ in 0..<Int.random(in: 1...20, using: &rng) {
                var fields: [(field: UInt8, norm: UInt8, positions: [UInt32])] = []
                for f in UInt8(0)..<8 where Int.random(in: 0..<3, using: &rng) == 0 || (f == 7 && fields.isEmpty) {
                    var position = UInt32.random(in: 0..<100_000, using: &rng)
                    var positions: [UInt32] = []
                    for _ in 0..<Int.random(in: 1...(Bool.random(using: &rng) ? 3 : 200), using: &rng) {
                        positions.append(position)
                        position += UInt32.random(in: 1...(Bool.random(using: &rng) ? 2 : 70_000), using: &rng)
                    }
                    fields.append((f, UInt8.random(in: 0...255, using: &rng), positions))
                }
                expected.append(doc: doc, fields: fields)
                encode(fields, repeatingSome: &rng, into: &encoded)
                ends.append(encoded.count)
                doc += UInt32.random(in: 1...1_000_000, using: &rng)
            }
            var decoded = PostingList()
            try encoded.withUnsafeBytes { bytes in
                var offset = 0
                for (i, end) in ends.enumerated() {
                    let next = try #require(DocumentPostings.decode(bytes, at: offset, doc: expected.docs[i], into: &decoded))
                    #expect(next == end)
                    offset = next
                }
            }
            #expect(decoded == expected)
        }
    }

    /// Encodes one entry as analysis does: occurrences packed `(field << 32) | position`, some of
    /// them repeated (a position repeated in a field must count once).
    func encode(_ fields: [(field: UInt8, norm: UInt8, positions: [UInt32])], repeatingSome rng: inout SplitMix64, into encoded: inout [UInt8]) {
        var norms = [UInt8](repeating: 0, count: 8)
        var occurrences: [UInt64] = []
        for (field, norm, positions) in fields {
            norms[Int(field)] = norm
            for position in positions {
                let occurrence = UInt64(field) << 32 | UInt64(position)
                occurrences.append(occurrence)
                if rng.below(4) == 0 { occurrences.append(occurrence) }
            }
        }
        occurrences.withUnsafeBufferPointer { DocumentPostings.append(occurrences: $0, norms: norms, to: &encoded) }
    }

    @Test func truncatedDocumentPostingsEntriesAreRejected() {
        var encoded: [UInt8] = []
        var rng = SplitMix64(seed: 1)
        encode([(field: 1, norm: 9, positions: [3, 400, 70_000])], repeatingSome: &rng, into: &encoded)
        for length in 0..<encoded.count {
            var list = PostingList()
            let result = Array(encoded.prefix(length)).withUnsafeBytes { DocumentPostings.decode($0, at: 0, doc: 1, into: &list) }
            #expect(result == nil)
        }
    }

    /// Product-like JSON documents with shared vocabulary, like a catalog's.
    func documents(_ count: Int, seed: UInt64) -> [[UInt8]] {
        var rng = SplitMix64(seed: seed)
        let words = ["Cordless", "Drill", "Brushless", "20V", "Stainless", "Steel", "Faucet", "Chrome", "LED", "Bulb", "Soft", "White",
                     "Outdoor", "Patio", "Chair", "Wood", "Screws", "Box", "1/4 in.", "x 3 in.", "Gal.", "Paint", "Primer", "Ceiling", "Fan"]
        return (0..<count).map { i in
            let title = (0..<Int.random(in: 3...12, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
            return Array(#"{"id":"P\#(100_000 + i)","title":"\#(title)","price":\#(Int.random(in: 1...900, using: &rng)).99}"#.utf8)
        }
    }

    @Test func storedDocumentsRoundTripWithAndWithoutADictionary() throws {
        let samples = documents(2_000, seed: 1)
        let dictionary = DocumentCompressor.train(samples: samples)
        #expect(!dictionary.isEmpty)
        var rng = SplitMix64(seed: 3)
        let odd = [[], [0], Array("é\u{0}\"".utf8), (0..<5_000).map { _ in UInt8.random(in: 0...255, using: &rng) }]
        for compressor in [DocumentCompressor(dictionary: dictionary), DocumentCompressor()] {
            for document in documents(300, seed: 2) + odd {
                let value = compressor.compress(document)
                #expect(value.count <= document.count + 1)
                let restored = value.withUnsafeBytes { compressor.decompress($0) }
                #expect(restored == document)
            }
        }
    }

    @Test func theTrainedDictionaryMakesSmallDocumentsSmaller() {
        let dictionary = DocumentCompressor.train(samples: documents(2_000, seed: 1))
        let test = documents(500, seed: 9)
        let raw = test.reduce(0) { $0 + $1.count }
        let plain = test.reduce(0) { $0 + DocumentCompressor().compress($1).count }
        let trained = test.reduce(0) { $0 + DocumentCompressor(dictionary: dictionary).compress($1).count }
        #expect(trained * 2 < raw, "dictionary compression: \(trained) of \(raw) bytes")
        #expect(trained < plain)
    }

    @Test func tooFewSamplesGiveNoDictionary() {
        #expect(DocumentCompressor.train(samples: documents(3, seed: 1)).isEmpty)
    }

    @Test func malformedStoredValuesAreRejectedNotMisread() {
        let compressor = DocumentCompressor(dictionary: DocumentCompressor.train(samples: documents(2_000, seed: 1)))
        let value = compressor.compress(documents(1, seed: 5)[0])
        for bad in [[], [7] + value.dropFirst(), Array(value.prefix(value.count - 3)), [1, 0xFF]] as [[UInt8]] {
            #expect(bad.withUnsafeBytes { compressor.decompress($0) } == nil)
        }
    }

    @Test func blockRangesCoverEveryDocumentOnceWithinTheLimits() {
        var rng = SplitMix64(seed: 11)
        for _ in 0..<200 {
            let sizes = (0..<rng.below(300)).map { _ in rng.below(4) == 0 ? rng.below(9_000) : 20 + rng.below(300) }
            let ranges = DocumentBlock.ranges(sizes: sizes)
            #expect(ranges.map(\.count).reduce(0, +) == sizes.count)
            #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
            #expect(ranges.first?.lowerBound ?? 0 == 0)
            for range in ranges {
                #expect(!range.isEmpty && range.count <= DocumentBlock.maximumDocuments)
                // A block closes as soon as it reaches its target: without its last document it is under it.
                #expect(sizes[range.dropLast()].reduce(0, +) < DocumentBlock.targetBytes)
            }
        }
    }

    @Test func everyDocumentOfABlockIsReadBackWithItsFields() throws {
        let compressor = DocumentCompressor(dictionary: DocumentCompressor.train(samples: documents(2_000, seed: 1)))
        let stored = documents(150, seed: 4).enumerated().map { i, json in
            StoredDocument(id: i % 7 == 0 ? "Ünïcode-\(i)" : "P\(i)", fieldLengths: [UInt32(i), 3], json: json)
        }
        let encoded = stored.map(\.encoded)
        for range in DocumentBlock.ranges(sizes: encoded.map(\.count)) {
            DocumentBlock.encode(encoded[range], compressor: compressor).withUnsafeBytes { value in
                for (k, i) in range.enumerated() {
                    #expect(DocumentBlock.document(at: k, in: value, compressor: compressor) == stored[i])
                }
                #expect(DocumentBlock.document(at: range.count, in: value, compressor: compressor) == nil)
                var ids: [String] = []
                let count = DocumentBlock.forEachID(in: value) { k, id in
                    #expect(k == ids.count)
                    ids.append(String(decoding: id, as: UTF8.self))
                }
                #expect(count == range.count)
                #expect(ids == stored[range].map(\.id))
                // Cut inside the ids: malformed, and nothing is reported.
                var reported = 0
                #expect(DocumentBlock.forEachID(in: UnsafeRawBufferPointer(rebasing: value[..<(1 + range.count)])) { _, _ in reported += 1 } == nil)
                #expect(reported == 0)
            }
        }
    }

    @Test func byteStringTablesInternFindAndSortLikeADictionary() {
        var rng = SplitMix64(seed: 21)
        var table = ByteStringTable()
        var naive: [[UInt8]: UInt32] = [:]
        for _ in 0..<20_000 {
            // Short strings over a small alphabet, so that many repeat and prefixes abound.
            let string = (0..<rng.below(6)).map { _ in UInt8(0x61 + rng.below(4)) }
            let (id, isNew) = string.withUnsafeBufferPointer { table.intern($0) }
            #expect(isNew == (naive[string] == nil))
            #expect(id == naive[string, default: UInt32(naive.count)])
            naive[string] = id
        }
        #expect(table.count == naive.count)
        for (string, id) in naive {
            #expect(string.withUnsafeBufferPointer { table.find($0) } == id)
            #expect(table.withBytes(of: id) { Array($0) } == string)
        }
        #expect([UInt8]("zz".utf8).withUnsafeBufferPointer { table.find($0) } == nil)
        let sorted = table.sortedIDs().map { id in table.withBytes(of: id) { Array($0) } }
        #expect(sorted == naive.keys.sorted { ByteOrder.precedes($0, $1) })
    }
}
