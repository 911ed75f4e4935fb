import ArgumentParser
import Foundation
import SearchIndex

/// `aisle query-server`: answers queries over standard input/output, one JSON object per line, so
/// that the side-by-side benchmark can interleave Aisle with engines that run in its own process.
struct QueryServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query-server",
        abstract: "Answer JSON-lines queries on stdin: {\"id\", \"q\"} -> {\"id\", \"ids\", \"scores\", \"total\", \"us\"}.",
        discussion: "`us` is the in-process time of the search in microseconds (no I/O). With --facet, answers also carry \"facets\": [{\"field\", \"values\": [[value, count], ...], \"ranges\": [count, ...], \"min\", \"max\"}] (not timed). A malformed line gets {\"id\": null, \"error\": ...}."
    )

    @Option(help: "The index folder.")
    var index: String

    @Option(help: "Results per query.")
    var k = 100

    @Option(help: "or|any, and|all.")
    var mode: String = "or"

    @Flag(help: "Treat queries as plain words (no operators), as benchmarks do for every engine.")
    var plainText = false

    @Option(help: "A facet to count with every query: FIELD or FIELD:B1,B2,... Repeatable.")
    var facet: [String] = []

    @Option(help: "A filter applied to every query.")
    var filter: String?

    @Flag(help: "Typo tolerance off.")
    var noTypos = false

    @Option(help: "Threads that may collect one search's matches (1 = single-threaded, as benchmarks against peers measure).")
    var threads = 1

    func run() throws {
        try reportingErrors {
            let matchMode: SearchRequest.MatchMode
            switch mode {
            case "or", "any": matchMode = .any
            case "and", "all": matchMode = .all
            default:
                Terminal.error("--mode must be or|any or and|all, not '\(mode)'")
                throw CommandFailure(code: 2)
            }
            guard threads >= 1 else {
                Terminal.error("--threads must be at least 1, not \(threads)")
                throw CommandFailure(code: 2)
            }
            let facets = try facet.map(facetRequest)
            var parsedFilter: FilterExpression?
            if let filter {
                do {
                    parsedFilter = try FilterParser().parse(filter)
                } catch {
                    Terminal.error("--filter: \(error)")
                    throw CommandFailure(code: 2)
                }
            }
            let opened = try Index(path: index, readOnly: true)
            while let line = readLine(strippingNewline: true) {
                guard let request = try? JSONValue.parse(Array(line.utf8)), case .string(let query)? = request["q"] else {
                    Terminal.line(#"{"id": null, "error": "expected {\"id\": ..., \"q\": \"...\"}"}"#)
                    continue
                }
                let id: String
                switch request["id"] {
                case .string(let s)?: id = jsonString(s)
                case .number(let n)?: id = String(n)
                default: id = "null"
                }
                let started = DispatchTime.now()
                let result = try opened.search(SearchRequest(query: query, mode: matchMode, filter: parsedFilter, facets: facets, limit: max(k, 0),
                                                             typoTolerance: !noTypos, plainText: plainText, threads: threads, storedDocuments: false))
                let micros = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1000
                let facetsJSON = facets.isEmpty ? "" : #", "facets": [\#(result.facets.map(facetJSON).joined(separator: ", "))]"#
                Terminal.line(#"{"id": \#(id), "ids": [\#(result.hits.map { jsonString($0.id) }.joined(separator: ", "))], "scores": [\#(result.hits.map { String($0.score) }.joined(separator: ", "))], "total": \#(result.total)\#(facetsJSON), "us": \#(micros)}"#)
            }
        }
    }
}

/// A facet's counts as compact JSON: `{"field", "values": [[value, count], ...], "ranges": [count, ...], "min", "max"}`.
private func facetJSON(_ facet: FacetResult) -> String {
    let values = facet.values.map { "[\(jsonString($0.value)), \($0.count)]" }.joined(separator: ", ")
    let ranges = facet.ranges.map { String($0.count) }.joined(separator: ", ")
    let bounds = [facet.minimum.map { #", "min": \#($0)"# }, facet.maximum.map { #", "max": \#($0)"# }].compactMap { $0 }.joined()
    return #"{"field": \#(jsonString(facet.field)), "values": [\#(values)], "ranges": [\#(ranges)]\#(bounds)}"#
}
