import ArgumentParser

/// The `aisle` command line: build, inspect and query indexes.
@main
struct Aisle: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Aisle: product catalog and search.",
        subcommands: [IndexCommand.self, SearchCommand.self, ExplainCommand.self, EvalCommand.self, GenerateCommand.self, QueryServerCommand.self,
                      ServeCommand.self, ImportCommand.self, ReindexCommand.self]
    )
}
