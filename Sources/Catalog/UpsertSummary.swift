/// What a bulk upsert did.
public struct UpsertSummary: Sendable, Equatable {
    /// One input that was not written, with the reason.
    public struct Rejection: Sendable, Equatable {
        /// Position of the input in the batch (0-based).
        public var index: Int
        /// Why it was refused.
        public var error: CatalogError
    }

    /// Inputs written (created, replaced, or already identical).
    public var accepted: Int
    /// Products whose stored state changed (these went to the outbox).
    public var changed: Int
    /// Inputs refused by the database (such as a SKU another product has), in input order.
    public var rejections: [Rejection]
}
