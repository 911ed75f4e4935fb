/// Stock of one product at one location.
public struct InventoryLevel: Sendable, Equatable {
    /// Location name ("default" for stock given with the product).
    public var location: String
    /// Units on hand (≥ 0).
    public var quantity: Int
    /// When it last changed (UTC, ISO 8601).
    public var updatedAt: String
}
