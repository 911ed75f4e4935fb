import ArgumentParser
import Foundation

/// `--index`, shared by `serve` and `reindex`: the index folder, from the option or else the
/// `AISLE_INDEX` environment variable, or `.local/index`.
struct IndexOptions: ParsableArguments {
    @Option(help: "The index folder (AISLE_INDEX; default .local/index).")
    var index: String?

    /// The folder the option or `environment` names, or `.local/index` when neither does.
    func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        index ?? environment["AISLE_INDEX"] ?? ".local/index"
    }
}
