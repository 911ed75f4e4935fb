import ArgumentParser
import Catalog
import Foundation
import Logging
import SearchIndex

/// `aisle reindex`.
struct ReindexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Rebuild the index from the catalog (PostgreSQL) and swap it in atomically.",
        discussion: """
        Reads every product in one consistent snapshot, builds a new index generation beside the live one, and \
        publishes it. A running server keeps answering from the old generation, then adopts the new one after \
        replaying the changes made since the snapshot; nothing is lost or applied twice.
        """
    )

    @OptionGroup var indexOptions: IndexOptions

    @OptionGroup var databaseOptions: DatabaseOptions

    @Flag(help: "Print the summary as one JSON object on standard output.")
    var json = false

    func run() async throws {
        let database = try databaseOptions.database()
        let path = indexOptions.path()
        var logger = Logger(label: "aisle")
        logger.logLevel = .warning
        let summary: CatalogIndexer.Summary
        do {
            summary = try await Catalog.withRunningClient(url: database, logger: logger) { catalog in
                try await catalog.migrate()
                return try await CatalogIndexer(catalog: catalog, path: path).rebuild { progress in
                    let rate = Double(progress.documents) / max(progress.elapsed, 1e-9)
                    Terminal.progress("indexing: \(progress.documents) products, \(Int(rate)) /s")
                }
            }
        } catch {
            Terminal.error("\(error) (database: \(database))")
            throw ExitCode(1)
        }
        let build = summary.build
        Terminal.progress("indexed \(build.documents) products in \(Terminal.duration(build.seconds)), \(Terminal.bytes(build.bytes)) on disk, current with change \(summary.sequence)", final: true)
        for product in summary.skipped { Terminal.error("not indexed: \(product)") }
        if json {
            print(#"{"documents": \#(build.documents), "skipped": \#(summary.skipped.count), "seconds": \#(build.seconds), "bytes": \#(build.bytes), "sequence": \#(summary.sequence)}"#)
        }
    }
}
