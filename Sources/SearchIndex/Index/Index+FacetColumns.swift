import LMDB

extension Index {
    /// The fields this index has faceted on so far (their columns are decoded into per-document
    /// arrays and kept for later searches, see `prepareFacetColumns`), by column id.
    public var facetColumnsInUse: [String] {
        denseColumns.decoded.map(\.name)
    }

    /// Decodes, for the current snapshot, the columns of the fields in `names` that this index has
    /// (other names are skipped), as the first search faceting on each would: that search then
    /// does not pay for it (0.1–0.3 s for five columns of a million products). A server calls it
    /// on a newly published generation with the fields the replaced one had faceted on, before
    /// searches move to it. Throws `IndexError.corrupt` for a malformed column.
    public func prepareFacetColumns(_ names: [String]) throws {
        try Index.storage {
            try environment.read { txn in
                let statistics = try IndexStore.statistics(layout, txn)
                let registry = try registry(txn, statistics: statistics)
                for name in names {
                    guard let column = registry.column(named: name) else { continue }
                    _ = try denseColumns.column(column, txn: txn, layout: layout, documentLimit: statistics.nextDoc)
                }
            }
        }
    }
}
