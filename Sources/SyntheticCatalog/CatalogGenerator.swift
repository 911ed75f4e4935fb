/// Generates a realistic home-improvement product catalog of any size, deterministically.
///
/// Guarantees:
/// - Product `i` is a pure function of `(seed, i)`: the same seed gives byte-identical products
///   (and `jsonLine()` text) on every run and platform, whatever order or range products are
///   generated in. Generate disjoint ranges on several threads and concatenate them in order to
///   get exactly the sequential output.
/// - Nothing is held per product: a catalog of 10 million products streams in constant memory.
/// - Output is stable for a given `CatalogGenerator.version`; a change to the vocabulary or to
///   the drawing procedure bumps the version.
///
/// Distributions: 11 departments with category paths 3–4 levels deep; brands per department
/// drawn with Zipf popularity (rank r has weight 1/(r+1)); log-normal prices per category scaled
/// by brand, attribute and kit factors and rounded to retail endings; ratings skewed high with
/// heavy-tailed review counts; mostly in-stock inventory with some zero stock.
///
/// Misuse: indices must be in `0..<CatalogGenerator.maximumCount`; anything else traps.
public struct CatalogGenerator: Sendable {
    /// Version of the generated content; bumped whenever the output for a seed changes.
    public static let version = 1
    /// Upper bound (exclusive) on product indices: SKUs and model numbers stay unique below it.
    public static let maximumCount = 1_000_000_000

    /// The seed every product is derived from.
    public let seed: UInt64
    let taxonomy: Taxonomy
    private let skuPermutation: IndexPermutation
    private let modelPermutation: IndexPermutation

    /// A generator for the catalog identified by `seed`. Cheap: the vocabulary tables are
    /// built once per process and shared.
    public init(seed: UInt64) {
        self.seed = seed
        self.taxonomy = Taxonomy.standard
        self.skuPermutation = IndexPermutation(key: SplitMix64.mix(seed ^ 0x5EED_5C05))
        self.modelPermutation = IndexPermutation(key: SplitMix64.mix(seed ^ 0x3D0D_E150))
    }

    /// Product number `index` of this catalog.
    public func product(at index: Int) -> SyntheticProduct {
        precondition(index >= 0 && index < CatalogGenerator.maximumCount, "product index \(index) outside 0..<\(CatalogGenerator.maximumCount)")
        var rng = SplitMix64(seed: seed, stream: UInt64(index))
        let leaf = taxonomy.drawLeaf(using: &rng)
        let department = taxonomy.departments[leaf.department]
        let brand = taxonomy.drawBrand(in: department, using: &rng)

        var valueIndices: [Int] = []
        valueIndices.reserveCapacity(leaf.spec.attributes.count)
        var attributes: [ProductAttribute] = []
        attributes.reserveCapacity(leaf.spec.attributes.count)
        var priceFactor = brand.priceFactor
        for attribute in leaf.spec.attributes {
            let valueIndex = attribute.drawValue(using: &rng)
            valueIndices.append(valueIndex)
            attributes.append(ProductAttribute(name: attribute.name, value: attribute.values[valueIndex]))
            priceFactor *= attribute.priceFactors[valueIndex]
        }
        let noun = rng.below(leaf.spec.nouns.count)
        let series = rng.chance(0.35) ? rng.pick(department.spec.series) : nil
        let adjective = rng.chance(0.3) ? rng.pick(department.spec.adjectives) : nil
        let extra = !leaf.spec.extras.isEmpty && rng.chance(0.3) ? rng.pick(leaf.spec.extras) : nil
        if let extra {
            priceFactor *= extra.priceFactor
        }
        let price = leaf.spec.medianPrice * priceFactor * DeterministicMath.exp(leaf.spec.priceSigma * rng.normal())
        let priceCents = CatalogGenerator.retailCents(price, using: &rng)

        let reviewCount = CatalogGenerator.reviewCount(brand: brand, using: &rng)
        let ratingTenths = CatalogGenerator.ratingTenths(reviews: reviewCount, brand: brand, using: &rng)
        let stock = CatalogGenerator.stock(using: &rng)
        let reviews = Double(reviewCount)
        let score = 0.55 * reviews / (reviews + 60) + 0.25 * brand.prominence + 0.2 * rng.unit()
        let popularity = min(10_000, max(0, Int((score * 10_000).rounded())))

        let title = CatalogGenerator.title(
            brand: brand.name, series: series, leaf: leaf, valueIndices: valueIndices,
            adjective: adjective, noun: leaf.spec.nouns[noun], extra: extra?.text
        )
        let description = description(
            brand: brand.name, leaf: leaf, noun: leaf.nounsInProse[noun],
            attributes: attributes, using: &rng
        )
        let skuNumber = skuPermutation(index)
        let modelNumber = modelPermutation(index)
        return SyntheticProduct(
            index: index,
            id: String(index),
            sku: CatalogGenerator.digits(skuNumber, width: 9),
            modelNumber: brand.modelPrefix + CatalogGenerator.digits(modelNumber / 10_000, width: 5)
                + "-" + CatalogGenerator.digits(modelNumber % 10_000, width: 4),
            title: title,
            description: description,
            brand: brand.name,
            categoryPath: leaf.path,
            category: leaf.category,
            priceCents: priceCents,
            currency: "USD",
            ratingTenths: ratingTenths,
            reviewCount: reviewCount,
            stock: stock,
            popularityBasisPoints: popularity,
            attributes: attributes,
            leafID: leaf.id
        )
    }

    /// Products `range` of this catalog, generated lazily on access (nothing is cached).
    public func products(_ range: Range<Int>) -> SyntheticProducts {
        SyntheticProducts(generator: self, range: range)
    }

    /// Rounds a price to a retail ending: .97/.98/.99/.47… below $200, whole dollars ending in 9
    /// (or .97/.99) above.
    private static func retailCents(_ price: Double, using rng: inout SplitMix64) -> Int {
        let dollars = Int(price)
        let ending = rng.below(6)
        switch price {
        case ..<1:
            return smallEndings[ending]
        case ..<20:
            return dollars * 100 + smallEndings[ending]
        case ..<200:
            return dollars * 100 + middleEndings[ending]
        case ..<1_000:
            return (dollars / 10 * 10 + 9) * 100 + largeEndings[ending]
        default:
            return (dollars / 100 * 100 + 99) * 100 + largeEndings[ending]
        }
    }

    private static let smallEndings = [97, 98, 99, 47, 49, 79]
    private static let middleEndings = [97, 98, 99, 0, 0, 49]
    private static let largeEndings = [0, 0, 0, 0, 97, 99]

    /// Heavy-tailed review counts: 0 for about 7% of products, else log-normal around a median
    /// that grows with the brand's popularity.
    private static func reviewCount(brand: Taxonomy.Brand, using rng: inout SplitMix64) -> Int {
        if rng.chance(0.07) {
            return 0
        }
        let count = 14 * brand.reviewFactor * DeterministicMath.exp(1.5 * rng.normal())
        return min(60_000, max(1, Int(count)))
    }

    /// Ratings skewed high: a product quality below 5 with a long left tail, plus noise that
    /// shrinks with the number of reviews.
    private static func ratingTenths(reviews: Int, brand: Taxonomy.Brand, using rng: inout SplitMix64) -> Int? {
        let quality = 4.65 + brand.ratingOffset - abs(rng.normal()) * 0.5
        let noise = rng.normal() * 1.1 / Double(max(reviews, 1)).squareRoot()
        guard reviews > 0 else {
            return nil
        }
        let rating = min(5, max(1, quality + noise))
        return Int((rating * 10).rounded())
    }

    /// Stock: 0 for about 10%, 1–9 for about 15%, otherwise log-normal around 45 units.
    private static func stock(using rng: inout SplitMix64) -> Int {
        let draw = rng.unit()
        let spread = rng.normal()
        if draw < 0.10 {
            return 0
        }
        if draw < 0.25 {
            return 1 + Int(draw * 1_000) % 9
        }
        return min(2_500, 10 + Int(45 * DeterministicMath.exp(0.9 * spread)))
    }

    /// `value` in decimal, zero-padded to `width` digits.
    static func digits(_ value: UInt64, width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
