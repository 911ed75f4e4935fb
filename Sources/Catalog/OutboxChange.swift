/// One outbox row: product `productID` changed in the transaction that took `sequence`.
public struct OutboxChange: Sendable, Equatable {
    /// Position in the change feed (increasing, in commit order, without gaps).
    public var sequence: UInt64
    /// The product that changed.
    public var productID: String
    /// When the row was written, in seconds since 1970 by PostgreSQL's clock.
    public var writtenAt: Double
    /// The product's document as of the read (which may already include later changes); nil when
    /// the product no longer exists.
    public var document: String?
}
