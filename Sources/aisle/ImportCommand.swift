import ArgumentParser
import Catalog
import Foundation
import Logging
import SearchIndex

/// `aisle import`.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import products from a JSONL file into the catalog (PostgreSQL).",
        discussion: """
        The file is in the corpus format (corpora/README.md): one product per line; fields other than the known ones \
        become attributes, and `stock` sets the quantity at location "default". Products are upserted in batches (one \
        transaction each); lines that are not valid products are reported with their line number and reason while \
        the rest goes in. A running server picks the changes up through the outbox; otherwise run `aisle reindex`.
        """
    )

    @Argument(help: "The JSONL file.")
    var file: String

    @OptionGroup var databaseOptions: DatabaseOptions

    @Option(help: "Products per transaction.")
    var batchSize = 500

    func run() async throws {
        let database = try databaseOptions.database()
        guard FileManager.default.isReadableFile(atPath: file) else {
            Terminal.error("cannot read \(file)")
            throw ExitCode(1)
        }
        let file = file
        let total = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? nil
        var logger = Logger(label: "aisle")
        logger.logLevel = .warning
        let batchSize = max(1, batchSize)
        let started = ContinuousClock.now
        let summary: Summary
        do {
            summary = try await Catalog.withRunningClient(url: database, logger: logger) { catalog in
                try await catalog.migrate()
                let reader = try LineReader(path: file)
                var summary = Summary()
                while true {
                    let lines = reader.next(batchSize)
                    if lines.isEmpty { break }
                    var inputs: [ProductInput] = []
                    var lineNumbers: [Int] = []
                    for (number, bytes) in lines {
                        do {
                            inputs.append(try ProductInput(json: try JSONValue.parse(bytes), mode: .corpus))
                            lineNumbers.append(number)
                        } catch let error as JSONValue.ParseError {
                            summary.reject(line: number, "not valid JSON: \(error)")
                        } catch {
                            summary.reject(line: number, "\(error)")
                        }
                    }
                    let result = try await catalog.upsertProducts(inputs)
                    for rejection in result.rejections { summary.reject(line: lineNumbers[rejection.index], "\(rejection.error)") }
                    summary.imported += result.accepted
                    summary.changed += result.changed
                    let elapsed = (ContinuousClock.now - started).seconds
                    var line = "importing: \(summary.imported) products, \(Int(Double(summary.imported) / max(elapsed, 1e-9))) /s"
                    if let total, total > 0 {
                        let fraction = Double(reader.bytesRead) / Double(total)
                        line = "\(Terminal.bar(fraction)) \(Int(fraction * 100))% " + line
                            + ", ETA \(Terminal.duration(fraction > 0 ? elapsed * (1 - fraction) / fraction : .nan))"
                    }
                    if summary.rejected > 0 { line += ", \(summary.rejected) rejected" }
                    Terminal.progress(line)
                }
                return summary
            }
        } catch {
            Terminal.error("\(error) (database: \(database))")
            throw ExitCode(1)
        }
        let seconds = (ContinuousClock.now - started).seconds
        Terminal.progress("imported \(summary.imported) products (\(summary.changed) new or changed) in \(Terminal.duration(seconds)), \(summary.rejected) lines rejected", final: true)
        for (line, reason) in summary.rejections { Terminal.error("line \(line) rejected: \(reason)") }
        if summary.rejected > summary.rejections.count {
            Terminal.error("... and \(summary.rejected - summary.rejections.count) more rejected lines")
        }
    }

    /// What an import did; keeps the first 100 rejections.
    struct Summary: Sendable {
        var imported = 0
        var changed = 0
        var rejected = 0
        var rejections: [(line: Int, reason: String)] = []

        mutating func reject(line: Int, _ reason: String) {
            rejected += 1
            if rejections.count < 100 { rejections.append((line, reason)) }
        }
    }

    /// Reads a file line by line (numbered from 1), skipping blank lines.
    final class LineReader {
        private let handle: UnsafeMutablePointer<FILE>
        private var buffer: UnsafeMutablePointer<CChar>?
        private var capacity = 0
        private var lineNumber = 0
        /// Bytes consumed so far.
        private(set) var bytesRead = 0

        init(path: String) throws {
            guard let handle = fopen(path, "r") else { throw CatalogError.invalid(field: nil, "cannot open \(path): \(String(cString: strerror(errno)))") }
            self.handle = handle
        }

        deinit {
            free(buffer)
            fclose(handle)
        }

        /// Up to `count` non-blank lines with their numbers; empty at the end of the file.
        func next(_ count: Int) -> [(Int, [UInt8])] {
            var lines: [(Int, [UInt8])] = []
            while lines.count < count {
                let length = getline(&buffer, &capacity, handle)
                guard length >= 0, let buffer else { break }
                lineNumber += 1
                bytesRead += length
                let bytes = UnsafeRawBufferPointer(start: buffer, count: length)
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { continue }
                lines.append((lineNumber, Array(bytes)))
            }
            return lines
        }
    }
}
