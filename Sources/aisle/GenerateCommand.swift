import ArgumentParser
import SyntheticCatalog

/// `aisle generate`: a deterministic synthetic catalog.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate", abstract: "Write a deterministic synthetic product catalog.")

    func run() throws {}
}
