import ArgumentParser
import Foundation
import SearchIndex

/// `aisle explain`: why one product scores what it scores for a query.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Show the score breakdown of one product for a query (per term, field and signal).")

    @Option(help: "The index folder.")
    var index: String

    @Argument(help: "The query.")
    var query: String

    @Argument(help: "The product id.")
    var id: String

    @Option(help: "Business signals to blend, e.g. rating=0.2,review_count=0.1,popularity=0.1,in_stock=0.1.")
    var signals: String?

    func run() throws {
        try reportingErrors {
            var request = SearchRequest(query: query)
            if let signals { request.signals = try parseSignals(signals) }
            guard let explanation = try Index(path: index, readOnly: true).explain(request, id: id) else {
                Terminal.error("no product with id '\(id)' in \(index)")
                throw CommandFailure(code: 1)
            }
            print("\(explanation.id): score \(explanation.score) = relevance \(explanation.relevance) × name coverage and written form \(explanation.coverage) × proximity \(explanation.proximity) × boost \(explanation.boost)")
            print("matched \(explanation.matchedWords) of \(explanation.queryWords) query words, \(explanation.nameWords) of them in the product's name, \(explanation.typedWords) as typed")
            for term in explanation.terms {
                print(String(format: "  %@ (word %d, weight %.2f): idf %.3f → %.4f", term.term, term.word + 1, term.alternativeWeight, term.idf, term.score))
                for field in term.fields {
                    print(String(format: "      %@: tf %d, length %.0f → weighted tf %.3f", field.field, field.frequency, field.length, field.weightedFrequency))
                }
            }
            for signal in explanation.signals {
                print("  signal \(signal.field) = \(signal.value.map { "\($0)" } ?? "none") → +\(signal.contribution)")
            }
        }
    }
}

/// Parses "rating=0.2,review_count=0.1,popularity=0.1,in_stock=0.1".
func parseSignals(_ text: String) throws -> [RankingSignal] {
    try text.split(separator: ",").map { part in
        let pieces = part.split(separator: "=").map { String($0).trimmingCharacters(in: .whitespaces) }
        guard pieces.count == 2, let weight = Double(pieces[1]) else {
            Terminal.error("--signals: expected NAME=WEIGHT, got '\(part)'")
            throw CommandFailure(code: 2)
        }
        switch pieces[0] {
        case "rating": return .rating(weight: weight)
        case "review_count": return .reviewCount(weight: weight)
        case "popularity": return .popularity(weight: weight)
        case "in_stock": return .inStock(weight: weight)
        default:
            Terminal.error("--signals: unknown signal '\(pieces[0])' (rating, review_count, popularity, in_stock)")
            throw CommandFailure(code: 2)
        }
    }
}
