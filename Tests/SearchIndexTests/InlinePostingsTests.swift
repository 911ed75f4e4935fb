import Foundation
@testable import SearchIndex
import Testing

/// Small posting lists live inline in their `terms` entry; incremental writes move a list between
/// inline and blocks as it grows, and searches read both the same way.
@Suite struct InlinePostingsTests {
    let folder = TemporaryFolder()

    func products(_ range: Range<Int>) throws -> [IndexDocument] {
        try range.map { i in
            try Products.document(id: "p\(i)", title: "Cordless Drill model\(i) \(i % 7 == 0 ? "brushless motor" : "compact")",
                                  brand: i % 2 == 0 ? "Voltmax" : "Torquepro", description: "Drill number \(i) drills holes")
        }
    }

    func termInfo(_ index: Index, _ term: String) throws -> TermInfo? {
        try index.environment.read { txn in try txn.value(index.layout.terms, key: Array(term.utf8)).flatMap(TermInfo.init) }
    }

    @Test func listsGrowingFromInlineToBlocksSearchLikeABulkBuild() throws {
        let documents = try products(0..<300)
        let written = try Index.create(at: folder.path + "/written")
        for start in stride(from: 0, to: documents.count, by: 7) {
            try written.write(documents[start..<min(start + 7, documents.count)].map { .upsert($0) })
        }
        let lines = documents.map { String(decoding: $0.stored, as: UTF8.self) }
        _ = try IndexBuilder(path: folder.path + "/built").build(fromJSONL: folder.file("products.jsonl", lines: lines))
        let built = try Index(path: folder.path + "/built")

        for index in [written, built] {
            let rare = try #require(try termInfo(index, "model17"))
            #expect(!rare.inlinePostings.isEmpty && rare.documentFrequency == 1)
            let common = try #require(try termInfo(index, "drill"))
            #expect(common.inlinePostings.isEmpty && common.documentFrequency == 300)
        }
        for query in ["drill", "model17", "brushless", "\"brushless motor\"", "voltmax brushless", "\"cordless drill model42\"", "compact -brushless"] {
            let request = SearchRequest(query: query, limit: 20)
            let expected = try built.search(request)
            let actual = try written.search(request)
            #expect(actual.total == expected.total, "\(query)")
            #expect(actual.hits.map(\.id) == expected.hits.map(\.id), "\(query)")
            #expect(expected.total > 0, "\(query)")
        }
    }
}
