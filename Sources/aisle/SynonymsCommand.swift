import ArgumentParser
import Foundation
import SearchIndex

/// `aisle index synonyms`: shows or replaces an index's query-time synonym rules.
struct SynonymsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synonyms",
        abstract: "Show or replace the index's synonym rules (applied at query time; no reindex needed).",
        discussion: """
            Rules, one per line (Solr's format): "tv, television" makes the phrases interchangeable; \
            "hoodie => hooded sweatshirt" lets the left side also find the right. # starts a comment. \
            Without --set or --clear, prints the rules in force. A running server picks changes up within 250 ms.
            """
    )

    @Option(help: "The index folder.")
    var index: String

    @Option(help: "A file of rules replacing the current ones ('-' reads standard input). Nothing changes if a line is wrong.")
    var set: String?

    @Flag(help: "Remove every rule.")
    var clear = false

    func validate() throws {
        if set != nil, clear { throw ValidationError("use either --set or --clear") }
    }

    func run() throws {
        try reportingErrors {
            let opened = try Index(path: index)
            guard set != nil || clear else {
                print(try opened.synonymRulesText(), terminator: "")
                return
            }
            let text = try clear ? "" : rules(from: set ?? "-")
            do {
                let phrases = try opened.setSynonymRules(text)
                Terminal.progress("\(phrases) phrases have synonyms in \(index)", final: true)
            } catch IndexError.invalidRequest(_, let message) {
                Terminal.error(message)
                throw CommandFailure(code: 2)
            }
        }
    }

    private func rules(from path: String) throws -> String {
        let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
        guard let data else {
            Terminal.error("cannot read \(path)")
            throw CommandFailure(code: 2)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            Terminal.error("\(path) is not UTF-8 text")
            throw CommandFailure(code: 2)
        }
        return text
    }
}
