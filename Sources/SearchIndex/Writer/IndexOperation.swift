/// One change to an index.
public enum IndexOperation: Sendable, Equatable {
    /// Adds the document, replacing any document with the same id.
    case upsert(IndexDocument)
    /// Deletes the document with this id (nothing happens when there is none).
    case delete(id: String)
}
