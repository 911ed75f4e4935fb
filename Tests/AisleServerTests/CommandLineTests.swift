import Catalog
import CatalogTesting
import Foundation
import SearchIndex
import Testing

@Suite struct CommandLineTests {
    /// Runs `aisle` with `arguments` (and only `environment` as its environment, when given);
    /// returns its exit status and standard error.
    static func aisle(_ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ServerProcess.productsFolder + "/aisle")
        process.arguments = arguments
        if let environment { process.environment = environment }
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

    @Test func importReindexAndServeTakeTheDatabaseAndIndexFromTheEnvironmentAlike() async throws {
        try await TestDatabase.withCatalog { url, _ in
            let folder = TemporaryFolder()
            let file = folder.file("products.jsonl", lines: [#"{"id": "a", "title": "Cordless Drill"}"#])
            let environment = ["DATABASE_URL": url.description, "AISLE_INDEX": folder.path + "/index"]
            let imported = try Self.aisle(["import", file], environment: environment)
            #expect(imported.status == 0, "\(imported.error)")
            let reindexed = try Self.aisle(["reindex"], environment: environment)
            #expect(reindexed.status == 0, "\(reindexed.error)")
            #expect(try Index(path: folder.path + "/index", readOnly: true).search(SearchRequest(query: "drill")).hits.map(\.id) == ["a"])

            for command in ["import", "reindex", "serve"] {
                let arguments = command == "import" ? [command, file] : [command]
                let missing = try Self.aisle(arguments, environment: [:])
                #expect(missing.status == 64 && missing.error.contains("give --database-url or set DATABASE_URL"), "\(command): \(missing.error)")
                let malformed = try Self.aisle(arguments, environment: ["DATABASE_URL": "mysql://x@y/z"])
                #expect(malformed.status == 64 && malformed.error.contains("--database-url or DATABASE_URL:"), "\(command): \(malformed.error)")
            }
            let cache = try Self.aisle(["serve"], environment: environment.merging(["AISLE_SEARCH_CACHE_BYTES": "lots"]) { $1 })
            #expect(cache.status == 64 && cache.error.contains("search cache size"), "\(cache.error)")
        }
    }
}
