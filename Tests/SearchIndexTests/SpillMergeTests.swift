import Foundation
import LMDB
@testable import SearchIndex
import Testing

/// The bulk build's postings runs: a memory budget small enough to spill many runs must give
/// exactly the index that one in-memory run gives.
@Suite struct SpillMergeTests {
    let folder = TemporaryFolder()

    /// Products whose terms repeat across many runs, occur once, or span many blocks.
    func catalog(_ count: Int) -> String {
        var rng = SplitMix64(seed: 11)
        let words = ["cordless", "drill", "hammer", "chrome", "faucet", "white", "paint", "outdoor", "patio", "cedar", "fence",
                     "copper", "pipe", "valve", "brass", "hinge", "ceiling", "fan", "light", "bulb"]
        return folder.file("products.jsonl", lines: (0..<count).map { i in
            let title = (0..<(2 + rng.below(8))).map { _ in words[rng.below(words.count)] }.joined(separator: " ") + " model\(rng.below(count))"
            let description = (0..<rng.below(30)).map { _ in words[rng.below(words.count)] }.joined(separator: " ")
            return Products.json(id: "P\(i % (count - 50))", title: title, brand: i % 3 == 0 ? "Voltmax" : "Cedarline",
                                 category: "Tools > Power Tools", description: description, price: Double(i % 300) + 0.5)
        })
    }

    /// Every entry of every database, and the statistics, of the live generation at `path`.
    func contents(_ path: String) throws -> [String: [[UInt8]]] {
        let index = try Index(path: path, readOnly: true)
        var contents: [String: [[UInt8]]] = [:]
        try index.environment.read { txn in
            for (name, db) in index.layout.all {
                var entries: [[UInt8]] = []
                try txn.forEach(db) { entry in
                    entries.append(Array(entry.key))
                    entries.append(Array(entry.value))
                    return true
                }
                contents[name] = entries
            }
        }
        return contents
    }

    @Test func aSmallMemoryBudgetSpillsSeveralRunsAndGivesTheSameIndexAsOneRun() throws {
        let file = catalog(3_000)
        var oneRun = IndexBuilder(path: folder.path + "/one")
        oneRun.batchSize = 700
        let single = try oneRun.build(fromJSONL: file)
        var manyRuns = IndexBuilder(path: folder.path + "/many")
        manyRuns.batchSize = 700
        manyRuns.memoryBudget = 64 << 10
        let spilled = try manyRuns.build(fromJSONL: file)
        #expect(single.postingRuns == 1)
        #expect(spilled.postingRuns > 5)
        #expect(single.documents == 2_950 && spilled.documents == 2_950)
        let expected = try contents(folder.path + "/one")
        #expect(expected["postings"]!.count > 200 && expected["terms"]!.count > 200)
        #expect(try contents(folder.path + "/many") == expected)
        // The run files are gone from the published generation.
        let generation = try IndexDirectory(path: folder.path + "/many").currentGeneration()
        #expect(try FileManager.default.contentsOfDirectory(atPath: generation).sorted() == ["data.mdb", "lock.mdb"])
        let index = try Index(path: folder.path + "/many")
        #expect(try index.search(SearchRequest(query: "cedar fence")).total > 0)
    }

    /// The entries of `terms` and `postings` after merging one in-memory run of `file`'s
    /// products, in parallel windows of `windowPostings` postings or (nil) serially.
    func mergedEntries(_ file: String, windowPostings: Int?) throws -> [[UInt8]] {
        let schema = Schema.products
        let analyzer = Index.analyzer(for: schema)
        let mapper = ProductDocumentMapper(schema: schema)
        let accumulator = PostingsAccumulator()
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        for (i, line) in lines.enumerated() {
            let document = try mapper.document(fromJSONLine: Array(line.utf8))
            accumulator.add(AnalyzedDocument(document, analyzer: analyzer, fieldCount: schema.textFields.count, nameFields: schema.productNameFields),
                            as: UInt32(i))
        }
        let path = folder.path + "/merged-\(windowPostings ?? 0)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let environment = try Environment(path: path, mapSize: 1 << 30, maxDatabases: IndexLayout.databaseCount)
        let layout = try IndexLayout(environment: environment, create: true)
        var merger = PostingsMerger(environment: environment, layout: layout)
        let run = accumulator.takeSortedRun()
        let terms: UInt32
        if let windowPostings {
            merger.windowPostings = windowPostings
            terms = try merger.merge([run], firstTerm: 0)
        } else {
            terms = try merger.merge([SerialRun(run)], firstTerm: 0)
        }
        #expect(Int(terms) == run.termCount)
        var entries: [[UInt8]] = []
        try environment.read { txn in
            for db in [layout.terms, layout.postings] {
                try txn.forEach(db) { entry in
                    entries.append(Array(entry.key))
                    entries.append(Array(entry.value))
                    return true
                }
            }
        }
        return entries
    }

    @Test func aSingleRunEncodedOnAllCoresInManyWindowsWritesWhatTheSerialMergeWrites() throws {
        let file = catalog(1_500)
        let serial = try mergedEntries(file, windowPostings: nil)
        #expect(serial.count > 400)
        #expect(try mergedEntries(file, windowPostings: 100) == serial)
        #expect(try mergedEntries(file, windowPostings: 1 << 21) == serial)
    }
}

/// A run read only in order, so that the merger takes its serial path.
private final class SerialRun: PostingRunSource {
    let run: any PostingRunSource
    init(_ run: any PostingRunSource) { self.run = run }
    func next(into segment: inout RunSegment) throws -> Bool { try run.next(into: &segment) }
}
