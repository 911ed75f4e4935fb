/// A range of a synthetic catalog as a lazy random-access collection: each access generates
/// the product from (seed, index); nothing is stored, so any size streams in constant memory.
public struct SyntheticProducts: RandomAccessCollection, Sendable {
    /// The generator the products come from.
    public let generator: CatalogGenerator
    private let range: Range<Int>

    init(generator: CatalogGenerator, range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= CatalogGenerator.maximumCount, "product range \(range) outside 0..<\(CatalogGenerator.maximumCount)")
        self.generator = generator
        self.range = range
    }

    /// The first product index.
    public var startIndex: Int { range.lowerBound }
    /// One past the last product index.
    public var endIndex: Int { range.upperBound }

    /// Generates product `index` (equal to `generator.product(at: index)`).
    public subscript(index: Int) -> SyntheticProduct {
        precondition(range.contains(index), "product index \(index) outside \(range)")
        return generator.product(at: index)
    }
}
