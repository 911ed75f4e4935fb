import ArgumentParser
import Foundation
import SearchIndex

/// `aisle index build|stats|synonyms`.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build and inspect search indexes.",
        subcommands: [Build.self, Stats.self, SynonymsCommand.self]
    )

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build a new index generation from a JSONL file of products and publish it atomically.",
            discussion: "Searches on the previous generation keep working during the build; a build that is interrupted leaves it untouched."
        )

        @Option(help: "Products in JSON Lines (the corpus format: id, title, description, brand, category, price, ...).")
        var from: String

        @Option(help: "The index folder (created if missing).")
        var index: String

        @Option(help: "Documents per batch (one transaction each).")
        var batchSize = 20_000

        @Option(help: "Memory for postings, in MiB, before they are spilled to a sorted run on disk (merged at the end).")
        var memoryBudget = 768

        @Flag(help: "Print the summary as one JSON object on standard output.")
        var json = false

        func run() throws {
            try reportingErrors {
                var builder = IndexBuilder(path: index)
                builder.batchSize = max(1, batchSize)
                builder.memoryBudget = max(1, memoryBudget) << 20
                let summary = try builder.build(fromJSONL: from) { p in
                    let rate = Double(p.documents) / max(p.elapsed, 1e-9)
                    var line = "indexing: \(p.documents) docs, \(Int(rate)) docs/s"
                    if let total = p.totalBytes, total > 0 {
                        let fraction = Double(p.bytesRead) / Double(total)
                        let eta = fraction > 0 ? p.elapsed * (1 - fraction) / fraction : .nan
                        line = "\(Terminal.bar(fraction)) \(Int(fraction * 100))% " + line + ", ETA \(Terminal.duration(eta))"
                    }
                    if p.rejected > 0 { line += ", \(p.rejected) rejected" }
                    Terminal.progress(line)
                }
                Terminal.progress("indexed \(summary.documents) documents in \(Terminal.duration(summary.seconds)) (\(Int(Double(summary.documents) / max(summary.seconds, 1e-9))) docs/s), \(Terminal.bytes(summary.bytes)) on disk", final: true)
                for rejection in summary.rejections { Terminal.error("line \(rejection.line) rejected: \(rejection.reason)") }
                if summary.rejectedCount > summary.rejections.count {
                    Terminal.error("... and \(summary.rejectedCount - summary.rejections.count) more rejected lines")
                }
                if json {
                    print(#"{"documents": \#(summary.documents), "rejected": \#(summary.rejectedCount), "seconds": \#(summary.seconds), "bytes": \#(summary.bytes)}"#)
                }
            }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Documents, terms, columns and size per database of an index.")

        @Option(help: "The index folder.")
        var index: String

        @Flag(help: "Print as JSON.")
        var json = false

        func run() throws {
            try reportingErrors {
                let opened = try Index(path: index, readOnly: true)
                let statistics = try opened.statistics()
                let report = try opened.storageReport()
                let columns = try opened.columns()
                if json {
                    let databases = report.databases.map { #"{"name": "\#($0.name)", "entries": \#($0.entries), "bytes": \#($0.bytes)}"# }
                    print(#"{"documents": \#(statistics.liveDocuments), "deleted": \#(statistics.deletedDocuments), "terms": \#(report.terms), "columns": \#(columns.columns.count), "file_bytes": \#(report.fileBytes), "databases": [\#(databases.joined(separator: ", "))]}"#)
                    return
                }
                print("documents  \(statistics.liveDocuments) live, \(statistics.deletedDocuments) deleted")
                print("terms      \(report.terms)")
                print("columns    \(columns.columns.map(\.name).joined(separator: ", "))")
                print("on disk    \(Terminal.bytes(report.fileBytes))")
                print("")
                print("database      entries        bytes")
                for db in report.databases {
                    print(db.name.padding(toLength: 12, withPad: " ", startingAt: 0) + String(db.entries).leftPadded(9) + Terminal.bytes(db.bytes).leftPadded(13))
                }
            }
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
