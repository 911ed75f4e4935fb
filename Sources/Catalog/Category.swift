/// A node of the category tree.
public struct Category: Sendable, Equatable {
    /// Database id.
    public var id: Int64
    /// The parent node; nil for a top-level category.
    public var parentID: Int64?
    /// The node's own name (the last level of `path`).
    public var name: String
    /// The full path, levels joined by " > " ("Tools > Power Tools > Drills").
    public var path: String
}

extension Category {
    /// A category from a `(id, parent_id, name, path)` row.
    init(_ row: (Int64, Int64?, String, String)) {
        self.init(id: row.0, parentID: row.1, name: row.2, path: row.3)
    }
}
