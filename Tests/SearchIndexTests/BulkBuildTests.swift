import Foundation
@testable import SearchIndex
import Testing

@Suite struct BulkBuildTests {
    let folder = TemporaryFolder()

    func catalog(_ count: Int, titlePrefix: String = "Item") -> String {
        folder.file("products-\(titlePrefix)-\(count).jsonl", lines: (0..<count).map {
            Products.json(id: "\(titlePrefix)-\($0)", title: "\(titlePrefix) Cordless Drill \($0)", brand: $0 % 2 == 0 ? "Voltmax" : "Torquepro",
                          category: "Tools > Power Tools > Drills", price: Double($0 % 200) + 0.99)
        })
    }

    @Test func buildFromJSONLIndexesEveryGoodLineAndReportsBadOnes() throws {
        let lines = [
            Products.json(id: "1", title: "Brass Door Knob"),
            "{not json",
            Products.json(id: "2", title: "Steel Door Hinge"),
            #"{"id": "3"}"#,
            "",
            #"{"title": "no id"}"#,
        ]
        let file = folder.file("mixed.jsonl", lines: lines)
        var reported = 0
        var builder = IndexBuilder(path: folder.path + "/index")
        builder.batchSize = 2
        let summary = try builder.build(fromJSONL: file) { _ in reported += 1 }
        #expect(summary.documents == 2)
        #expect(summary.rejectedCount == 3)
        #expect(summary.rejections.map(\.line) == [2, 4, 6])
        #expect(summary.rejections[1].reason.contains("title"))
        #expect(reported >= 2)
        let index = try Index(path: folder.path + "/index")
        #expect(try index.search(SearchRequest(query: "door")).total == 2)
    }

    @Test func everyBuiltDocumentIsStoredOnceAndALaterDuplicateIdWins() throws {
        // 300 lines in batches of 37: blocks end at batch boundaries; "Item-7" comes again at the end.
        var lines = (0..<300).map { i in
            Products.json(id: "Item-\(i)", title: "Item \(i) " + String(repeating: "Garden Hose ", count: i % 50 == 0 ? 500 : 1 + i % 5))
        }
        lines.append(Products.json(id: "Item-7", title: "Replaced Ceiling Fan"))
        var builder = IndexBuilder(path: folder.path + "/index")
        builder.batchSize = 37
        #expect(try builder.build(fromJSONL: folder.file("blocks.jsonl", lines: lines)).documents == 300)
        let index = try Index(path: folder.path + "/index")
        for i in 0..<300 {
            let stored = try #require(try index.document(id: "Item-\(i)"))
            #expect(String(decoding: stored.json, as: UTF8.self).contains(i == 7 ? "Replaced Ceiling Fan" : "Item \(i) Garden"))
        }
        let statistics = try index.statistics()
        #expect(statistics.liveDocuments == 300 && statistics.deletedDocuments == 1)
        // The replaced version's words left the field length totals: they equal those of the
        // catalog with the replacement in place.
        var inPlace = Array(lines.dropLast())
        inPlace[7] = lines[300]
        _ = try IndexBuilder(path: folder.path + "/in-place").build(fromJSONL: folder.file("in-place.jsonl", lines: inPlace))
        #expect(try Index(path: folder.path + "/in-place").statistics().totalFieldLengths == statistics.totalFieldLengths)
    }

    @Test func aRebuildPublishesANewGenerationAndRemovesTheOld() throws {
        let path = folder.path + "/index"
        _ = try IndexBuilder(path: path).build(fromJSONL: catalog(10, titlePrefix: "Old"))
        let first = try IndexDirectory(path: path).currentGeneration()
        let reader = try Index(path: path, readOnly: true)
        _ = try IndexBuilder(path: path).build(fromJSONL: catalog(20, titlePrefix: "New"))
        let second = try IndexDirectory(path: path).currentGeneration()
        #expect(first != second)
        #expect(!FileManager.default.fileExists(atPath: first))
        // A reader opened before the swap keeps answering from its generation.
        #expect(try reader.search(SearchRequest(query: "old")).total == 10)
        #expect(try Index(path: path).search(SearchRequest(query: "new")).total == 20)
        #expect(try Index(path: path).search(SearchRequest(query: "old")).total == 0)
    }

    @Test func aBuildKilledMidwayLeavesThePreviousIndexIntact() throws {
        let path = folder.path + "/index"
        _ = try IndexBuilder(path: path).build(fromJSONL: catalog(50, titlePrefix: "Kept"))
        let before = try IndexDirectory(path: path).currentGeneration()
        let big = catalog(60_000, titlePrefix: "Big")

        for attempt in 0..<2 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Executables.aisle)
            process.arguments = ["index", "build", "--from", big, "--index", path, "--batch-size", "2000"]
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Wait until the build has started writing its new generation, then kill it.
            let deadline = Date().addingTimeInterval(60)
            var building = false
            while Date() < deadline, !building, process.isRunning {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                building = names.contains { name in
                    name.hasSuffix(".building") && (FileManager.default.fileExists(atPath: path + "/" + name + "/data.mdb"))
                }
                usleep(20_000)
            }
            usleep(UInt32(100_000 * (attempt + 1)))
            #expect(process.isRunning, "the build finished before it could be killed")
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)

            #expect(try IndexDirectory(path: path).currentGeneration() == before)
            let index = try Index(path: path, readOnly: true)
            #expect(try index.statistics().liveDocuments == 50)
            #expect(try index.search(SearchRequest(query: "kept")).total == 50)
            #expect(try index.search(SearchRequest(query: "big")).total == 0)
        }
        // The next build cleans up what the killed ones left.
        _ = try IndexBuilder(path: path).build(fromJSONL: catalog(5, titlePrefix: "After"))
        let names = try FileManager.default.contentsOfDirectory(atPath: path)
        #expect(!names.contains { $0.hasSuffix(".building") })
        #expect(try Index(path: path).statistics().liveDocuments == 5)
    }

    @Test func aBuildThatFailsWhileRunsAreSpillingThrowsAndLeavesThePreviousIndexIntact() throws {
        let path = folder.path + "/index"
        _ = try IndexBuilder(path: path).build(fromJSONL: catalog(50, titlePrefix: "Kept"))
        let before = try IndexDirectory(path: path).currentGeneration()
        let mapper = ProductDocumentMapper(schema: .products)
        let lines = try String(contentsOfFile: catalog(200, titlePrefix: "Lost"), encoding: .utf8).split(separator: "\n")
        let documents = try lines.map { try mapper.document(fromJSONLine: Array($0.utf8)) }
        struct SourceFailed: Error {}
        var builder = IndexBuilder(path: path)
        // Every document fills the budget: its run is spilled while the next document joins the
        // spill before it, so a spill is in flight whenever the source fails.
        builder.memoryBudget = 1
        var batches = 0
        #expect(throws: SourceFailed.self) {
            _ = try builder.build {
                batches += 1
                if batches > 5 { throw SourceFailed() }
                return documents[((batches - 1) * 40)..<(batches * 40)].map { .success($0) }
            }
        }
        #expect(try IndexDirectory(path: path).currentGeneration() == before)
        let index = try Index(path: path, readOnly: true)
        #expect(try index.statistics().liveDocuments == 50)
        #expect(try index.search(SearchRequest(query: "kept")).total == 50)
        #expect(try index.search(SearchRequest(query: "lost")).total == 0)
        // Of the 200 runs the failed build spilled, none is left behind or still being written.
        let names = try FileManager.default.contentsOfDirectory(atPath: path)
        let building = try #require(names.first { $0.hasSuffix(".building") })
        #expect(try !FileManager.default.contentsOfDirectory(atPath: path + "/" + building).contains { $0.hasPrefix("postings-run-") })
        _ = try IndexBuilder(path: path).build(fromJSONL: catalog(5, titlePrefix: "After"))
        #expect(try !FileManager.default.contentsOfDirectory(atPath: path).contains { $0.hasSuffix(".building") })
        #expect(try Index(path: path).search(SearchRequest(query: "after")).total == 5)
    }
}
