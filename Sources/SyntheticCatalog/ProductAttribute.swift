/// One entry of a product's `attributes` object, e.g. `color` = `"Matte Black"`.
public struct ProductAttribute: Sendable, Hashable {
    /// The key: lower case, words joined by `_` ("power_source").
    public let name: String
    /// The display value, with its unit where it has one ("20 V", "1/2 in.").
    public let value: String

    /// An attribute with the given key and value.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
