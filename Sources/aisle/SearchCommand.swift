import AisleServer
import ArgumentParser
import Catalog
import Foundation
import SearchIndex

/// `aisle search`.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search an index from the command line.",
        discussion: """
        Query language: words (OR by default), "quoted phrases" (~N for slop), +required, -excluded, \
        field:value (brand:Voltmax filters; title:drill matches the title only), prefix*.
        Filters: brand:Voltmax AND price:[10 TO 50] AND NOT color:Red, rating >= 4, category:"Tools > Power Tools".
        """
    )

    @Option(help: "The index folder.")
    var index: String

    @Argument(help: "The query, as a shopper would type it (empty: browse everything).")
    var query: String = ""

    @Option(help: "any (OR, default) or all (AND).")
    var mode: String = "any"

    @Option(help: "A filter expression, e.g. 'brand:Voltmax AND price:[10 TO 50]'.")
    var filter: String?

    @Option(help: "A facet to count: FIELD, or FIELD:B1,B2,... for numeric buckets. Repeatable.")
    var facet: [String] = []

    @Option(help: "Most values per value facet, 1-1000 (selected values are shown besides).")
    var facetLimit = 10

    @Option(help: "relevance (default), or FIELD:asc / FIELD:desc for a numeric field.")
    var sort: String = "relevance"

    @Option(help: "Number of results.")
    var limit = 10

    @Option(help: "Results to skip.")
    var offset = 0

    @Option(help: "Continue after this cursor (printed with each page).")
    var after: String?

    @Option(help: "Business signals to blend, e.g. rating=0.2,review_count=0.1,popularity=0.1,in_stock=0.1.")
    var signals: String?

    @Option(help: "Typo tolerance: on (default: one typo from 5 letters, two from 8), off, or A,B (one typo from A letters, two from B; 3-255; A alone: never two).")
    var typos = "on"

    @Option(help: "Threads that may collect the search's matches (default: one per core; the results are the same).")
    var threads: Int?

    @Flag(help: "Mark matched words in the text fields of each hit.")
    var highlight = false

    @Flag(help: "As-you-type: the last word also matches the words it begins.")
    var asYouType = false

    @Flag(help: "Print the result as JSON.")
    var json = false

    func run() throws {
        try reportingErrors {
            let request = try makeRequest()
            let opened = try Index(path: index, readOnly: true)
            let started = DispatchTime.now()
            let result = try opened.search(request)
            let micros = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1000
            if json {
                print(SearchResponse.json(result, micros: Int(micros)))
                return
            }
            print("\(result.total)\(result.totalIsExact ? "" : "+") results (\(Int(micros)) µs)")
            for (rank, hit) in result.hits.enumerated() {
                let title = (try? JSONValue.parse(hit.document)["title"]).flatMap { if case .string(let t) = $0 { t } else { nil } } ?? ""
                print(String(format: "%3d. %7.3f  %@  %@", offset + rank + 1, hit.score, hit.id, title))
                for (field, text) in hit.highlights.sorted(by: { $0.key < $1.key }) { print("       \(field): \(text)") }
            }
            if let suggestion = result.didYouMean { print("did you mean: \(suggestion)") }
            for facet in result.facets {
                print("\n\(facet.field):")
                if let minimum = facet.minimum, let maximum = facet.maximum { print("  min \(minimum), max \(maximum)") }
                for range in facet.ranges {
                    print("  [\(range.lower.map { "\($0)" } ?? "-inf"), \(range.upper.map { "\($0)" } ?? "+inf"))  \(range.count)")
                }
                for value in facet.values { print("  \(value.selected ? "*" : " ") \(value.value)  \(value.count)") }
            }
            if let next = result.nextCursor { print("\nnext page: --after \(next.encoded)") }
        }
    }

    private func makeRequest() throws -> SearchRequest {
        guard let matchMode = SearchRequest.MatchMode(rawValue: mode) else { throw usage("--mode must be 'any' or 'all', not '\(mode)'") }
        var request = SearchRequest(query: query, mode: matchMode, limit: max(limit, 0), offset: max(offset, 0),
                                    prefixLastWord: asYouType, highlight: highlight)
        if let signals { request.signals = try parseSignals(signals) }
        if let threads, threads < 1 { throw usage("--threads must be at least 1") }
        request.threads = threads ?? SearchRequest.cores
        switch typos {
        case "on": break
        case "off": request.typoTolerance = false
        default:
            guard let policy = TypoPolicy(lengths: typos) else {
                throw usage("--typos must be on, off, or the word lengths for one and two typos like 5,8 (each 3-255, the first not larger)")
            }
            request.typoPolicy = policy
        }
        if let filter {
            do {
                request.filter = try FilterParser().parse(filter)
            } catch {
                throw usage("--filter: \(error)")
            }
        }
        guard (1...1000).contains(facetLimit) else { throw usage("--facet-limit must be from 1 to 1000") }
        request.facets = try facet.map(facetRequest).map { var facet = $0; facet.limit = facetLimit; return facet }
        if sort != "relevance" {
            let parts = sort.split(separator: ":").map(String.init)
            guard parts.count == 2, ["asc", "desc"].contains(parts[1]) else { throw usage("--sort must be relevance, FIELD:asc or FIELD:desc") }
            request.sort = .field(parts[0], descending: parts[1] == "desc")
        }
        if let after {
            guard let cursor = SearchCursor(encoded: after) else { throw usage("--after: not a cursor printed by aisle search") }
            request.after = cursor
        }
        return request
    }

    private func usage(_ message: String) -> CommandFailure {
        Terminal.error(message)
        return CommandFailure(code: 2)
    }
}

/// Parses a `--facet` value: FIELD, or FIELD:B1,B2,... for numeric buckets.
func facetRequest(_ spec: String) throws -> FacetRequest {
    func usage(_ message: String) -> CommandFailure {
        Terminal.error("--facet \(spec): \(message)")
        return CommandFailure(code: 2)
    }
    let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
    guard let field = parts.first, !field.isEmpty else { throw usage("needs a field name") }
    var ranges: [Double] = []
    if parts.count == 2 {
        ranges = try parts[1].split(separator: ",").map { text in
            guard let value = Double(text) else { throw usage("'\(text)' is not a number") }
            return value
        }
        guard ranges == ranges.sorted() else { throw usage("bucket bounds must ascend") }
    }
    return FacetRequest(field: field, ranges: ranges)
}

/// `value` as a JSON string literal.
func jsonString(_ value: String) -> String { JSONValue.string(value).serialized }
