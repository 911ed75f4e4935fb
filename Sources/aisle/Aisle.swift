import ArgumentParser
import SearchIndex

@main
struct Aisle: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Aisle: product catalog and search.")
}
