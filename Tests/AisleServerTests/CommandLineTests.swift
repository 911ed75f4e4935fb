import Catalog
import CatalogTesting
import Foundation
import SearchIndex
import Testing

@Suite struct CommandLineTests {
    /// Runs `aisle` with `arguments`; returns its exit status and standard error.
    static func aisle(_ arguments: [String]) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ServerProcess.productsFolder + "/aisle")
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    @Test func importReportsBadLinesAndReindexBuildsFromTheCatalog() async throws {
        try await TestDatabase.withCatalog { url, catalog in
            let folder = TemporaryFolder()
            let file = folder.file("products.jsonl", lines: [
                #"{"id": "a", "title": "Cordless Drill", "brand": "Torvane", "price": 79.97, "stock": 3, "color": "Red"}"#,
                #"{"id": "b"}"#,
                "",
                #"{"id": "c", "title": "Claw Hammer", "category": "Tools > Hand Tools"}"#,
                #"not json"#,
            ])
            let imported = try Self.aisle(["import", file, "--database-url", url.description])
            #expect(imported.status == 0, "\(imported.error)")
            #expect(imported.error.contains("imported 2 products"))
            #expect(imported.error.contains("line 2 rejected: title: is required"))
            #expect(imported.error.contains("line 5 rejected: not valid JSON"))
            let document = try await catalog.product(id: "a")
            #expect(try JSONValue.parse(Array(document.utf8))["attributes"]?["color"] == .string("Red"))
            #expect(try JSONValue.parse(Array(document.utf8))["stock"] == .number(3))

            let index = folder.path + "/index"
            let reindexed = try Self.aisle(["reindex", "--index", index, "--database-url", url.description])
            #expect(reindexed.status == 0, "\(reindexed.error)")
            #expect(reindexed.error.contains("indexed 2 products"))
            let opened = try Index(path: index, readOnly: true)
            #expect(try opened.appliedSequence() == 2)
            #expect(try opened.search(SearchRequest(query: "hammer")).hits.map(\.id) == ["c"])
        }
    }

    @Test func aMissingDatabaseIsAClearErrorNotAHang() throws {
        let started = ContinuousClock.now
        let result = try Self.aisle(["import", "/dev/null", "--database-url", "postgres://aisle@127.0.0.1:1/nowhere?connect_timeout=1"])
        #expect(result.status == 1)
        #expect(result.error.contains("PostgreSQL"))
        #expect(ContinuousClock.now - started < .seconds(30))
        let usage = try Self.aisle(["serve", "--database-url", "mysql://x@y/z"])
        #expect(usage.status == 64)
        #expect(usage.error.contains("DATABASE_URL"))
    }
}
