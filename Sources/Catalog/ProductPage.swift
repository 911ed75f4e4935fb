/// One page of a product listing in id order.
public struct ProductPage: Sendable, Equatable {
    /// The products, each as its JSON document (see `Catalog.product(id:)`).
    public var items: [String]
    /// The id to pass as `after` for the next page; nil on the last page.
    public var nextAfter: String?
}
