/// B-tree statistics of one database (`mdb_stat`), as of the transaction that read them.
public struct DatabaseStatistics: Sendable, Hashable {
    /// Size of a page in bytes.
    public let pageSize: Int
    /// Depth of the B-tree.
    public let depth: Int
    /// Number of internal (non-leaf) pages.
    public let branchPages: Int
    /// Number of leaf pages.
    public let leafPages: Int
    /// Number of overflow pages (values larger than about half a page).
    public let overflowPages: Int
    /// Number of key/value pairs.
    public let entries: Int

    /// Bytes of pages the database occupies: `pageSize × (branch + leaf + overflow pages)`.
    public var bytes: Int { pageSize * (branchPages + leafPages + overflowPages) }
}
