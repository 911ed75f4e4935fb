import ArgumentParser
import Foundation
import SearchIndex

/// `aisle search`.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Search an index from the command line.")

    @Option(help: "The index folder.")
    var index: String

    @Argument(help: "The query, as a shopper would type it.")
    var query: String

    @Option(help: "any (OR, default) or all (AND).")
    var mode: String = "any"

    @Option(help: "Number of results.")
    var limit = 10

    @Option(help: "Results to skip.")
    var offset = 0

    @Flag(help: "Print the result as JSON.")
    var json = false

    func run() throws {
        try reportingErrors {
            guard let matchMode = SearchRequest.MatchMode(rawValue: mode) else {
                Terminal.error("--mode must be 'any' or 'all', not '\(mode)'")
                throw CommandFailure(code: 2)
            }
            let opened = try Index(path: index, readOnly: true)
            let started = DispatchTime.now()
            let result = try opened.search(SearchRequest(query: query, mode: matchMode, limit: max(limit, 0), offset: max(offset, 0)))
            let micros = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1000
            if json {
                let hits = result.hits.map { hit in
                    #"{"id": \#(jsonString(hit.id)), "score": \#(hit.score), "document": \#(String(decoding: hit.document, as: UTF8.self))}"#
                }
                print(#"{"total": \#(result.total), "took_us": \#(Int(micros)), "hits": [\#(hits.joined(separator: ", "))]}"#)
                return
            }
            print("\(result.total) results (\(Int(micros)) µs)")
            for (rank, hit) in result.hits.enumerated() {
                let title = (try? JSONValue.parse(hit.document)["title"]).flatMap { if case .string(let t) = $0 { t } else { nil } } ?? ""
                print(String(format: "%3d. %7.3f  %@  %@", offset + rank + 1, hit.score, hit.id, title))
            }
        }
    }
}

/// `value` as a JSON string literal.
func jsonString(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}
