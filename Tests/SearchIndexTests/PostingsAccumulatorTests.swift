@testable import SearchIndex
import Testing

/// The bulk build's in-memory postings: each term's postings are kept in a chain of chunks, and
/// must read back exactly as they were added.
@Suite struct PostingsAccumulatorTests {
    /// Documents whose words occur once in the run, in a few documents, or in every document; and
    /// whose entries are a few bytes or hundreds (a word repeated in a long description), so that
    /// entries straddle chunks and common terms fill many chunks of the largest size.
    func documents(_ count: Int) -> [AnalyzedDocument] {
        var rng = SplitMix64(seed: 5)
        let analyzer = Index.analyzer(for: .products)
        let schema = Schema.products
        let words = ["drill", "hammer", "faucet", "chrome", "cedar", "fence", "valve", "hinge"]
        return (0..<count).map { i in
            let title = (0..<(1 + rng.below(6))).map { _ in words[rng.below(words.count)] }.joined(separator: " ") + " part\(i)"
            let repeats = rng.below(2) == 0 ? 200 + rng.below(300) : rng.below(6)
            let description = (0..<repeats).map { _ in words[rng.below(2)] }.joined(separator: " ")
            var text = Array(repeating: [String](), count: schema.textFields.count)
            text[0] = [title]
            text[4] = description.isEmpty ? [] : [description]
            return AnalyzedDocument(IndexDocument(id: "\(i)", text: text), analyzer: analyzer, fieldCount: schema.textFields.count,
                                    nameFields: schema.productNameFields)
        }
    }

    /// Each term's postings as the run format defines them: per document holding it, in doc
    /// order, the varint gap from its previous document (the first from 0) and its entry.
    func expectedSegments(_ documents: [AnalyzedDocument], firstDoc: UInt32) -> [[UInt8]: (count: Int, postings: [UInt8])] {
        var segments: [[UInt8]: (count: Int, postings: [UInt8])] = [:]
        var lastDoc: [[UInt8]: UInt32] = [:]
        for (i, document) in documents.enumerated() {
            let doc = firstDoc + UInt32(i)
            for (t, term) in document.terms.enumerated() {
                let key = Array(term.utf8)
                var segment = segments[key] ?? (0, [])
                PostingsCodec.appendVarint(doc - (lastDoc[key] ?? 0), to: &segment.postings)
                segment.postings.append(contentsOf: document.postings[AnalyzedDocument.postingRange(t, ends: document.postingEnds)])
                segment.count += 1
                segments[key] = segment
                lastDoc[key] = doc
            }
        }
        return segments
    }

    @Test func everyTermReadsBackItsPostingsInDocOrderWhateverChunksTheySpan() throws {
        let documents = documents(1_000)
        let accumulator = PostingsAccumulator()
        for i in documents.indices { accumulator.add(documents, at: i, as: 1_000 + UInt32(i)) }
        let expected = expectedSegments(documents, firstDoc: 1_000)
        #expect(expected.values.contains { $0.postings.count > 2 * PostingsAccumulator.largestChunk })
        #expect(expected.values.contains { $0.postings.count < PostingsAccumulator.firstChunk })

        let run = accumulator.takeSortedRun()
        #expect(run.termCount == expected.count)
        var segment = RunSegment()
        var previous: [UInt8]?
        var read = 0
        for index in 0..<run.termCount {
            run.segment(at: index, into: &segment)
            if let previous { #expect(ByteOrder.precedes(previous, segment.term)) }
            previous = segment.term
            let want = try #require(expected[segment.term])
            #expect(run.postingCount(at: index) == want.count)
            #expect(segment.count == want.count)
            #expect(segment.postings == want.postings, "term \(String(decoding: segment.term, as: UTF8.self))")
            read += 1
        }
        #expect(read == expected.count)
        #expect(accumulator.isEmpty)
    }

    @Test func aReusedAccumulatorStartsItsNextRunEmpty() throws {
        let documents = documents(80)
        let accumulator = PostingsAccumulator()
        for i in 0..<40 { accumulator.add(documents, at: i, as: UInt32(i)) }
        _ = accumulator.takeRun()
        for i in 40..<documents.count { accumulator.add(documents, at: i, as: UInt32(i)) }
        let expected = expectedSegments(Array(documents.dropFirst(40)), firstDoc: 40)
        let run = accumulator.takeSortedRun()
        #expect(run.termCount == expected.count)
        var segment = RunSegment()
        for index in 0..<run.termCount {
            run.segment(at: index, into: &segment)
            #expect(segment.postings == expected[segment.term]?.postings)
        }
    }
}
