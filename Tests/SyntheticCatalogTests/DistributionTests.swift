import Testing
@testable import SyntheticCatalog

@Suite struct DistributionTests {
    private static let sample = Array(CatalogGenerator(seed: 99).products(0..<6_000))

    @Test func brandPopularityIsZipfLike() throws {
        let byDepartment = Dictionary(grouping: Self.sample, by: { $0.categoryPath[0] })
        let tools = try #require(byDepartment["Tools"])
        var counts: [String: Int] = [:]
        for product in tools {
            counts[product.brand, default: 0] += 1
        }
        let sorted = counts.values.sorted(by: >)
        let top = Double(sorted[0]) / Double(tools.count)
        let median = Double(sorted[sorted.count / 2]) / Double(tools.count)
        #expect(top > 0.15, "top brand share \(top)")
        #expect(top > 10 * median, "top \(top) vs median \(median)")
        #expect(sorted.count >= 25, "long tail of brands")
    }

    @Test func categoryPathsAreThreeOrFourLevelsDeep() {
        var departments: Set<String> = []
        var leaves: Set<String> = []
        for product in Self.sample {
            #expect((3...4).contains(product.categoryPath.count), "\(product.category)")
            #expect(product.category == product.categoryPath.joined(separator: " > "))
            departments.insert(product.categoryPath[0])
            leaves.insert(product.category)
        }
        #expect(departments.count == DepartmentSpec.all.count)
        #expect(leaves.count > 120)
        #expect(Self.sample.contains { $0.categoryPath.count == 4 })
    }

    @Test func pricesArePositiveWithAHeavyRightTail() {
        let prices = Self.sample.map(\.priceCents).sorted()
        #expect(prices[0] > 0)
        let median = Double(prices[prices.count / 2])
        let p99 = Double(prices[prices.count * 99 / 100])
        let mean = Double(prices.reduce(0, +)) / Double(prices.count)
        #expect(mean > 1.5 * median, "mean \(mean) median \(median)")
        #expect(p99 > 10 * median, "p99 \(p99) median \(median)")
    }

    @Test func pricesVaryWithTheCategory() {
        let medianByLeaf = Dictionary(grouping: Self.sample, by: \.category).mapValues { products in
            products.map(\.priceCents).sorted()[products.count / 2]
        }
        let refrigerators = medianByLeaf["Appliances > Refrigerators > French Door Refrigerators"] ?? 0
        let screws = medianByLeaf["Hardware > Fasteners > Screws > Wood Screws"] ?? .max
        #expect(refrigerators > 50 * screws)
    }

    @Test func ratingsAreInRangeAndSkewedHigh() {
        let rated = Self.sample.compactMap(\.ratingTenths)
        #expect(rated.allSatisfy { (10...50).contains($0) })
        let mean = Double(rated.reduce(0, +)) / Double(rated.count) / 10
        #expect(mean > 3.8 && mean < 4.6, "mean rating \(mean)")
        let low = rated.filter { $0 < 30 }.count
        #expect(low > 0 && Double(low) < 0.1 * Double(rated.count))
        for product in Self.sample {
            #expect((product.ratingTenths == nil) == (product.reviewCount == 0))
        }
    }

    @Test func reviewCountsAreHeavyTailed() {
        let reviews = Self.sample.map(\.reviewCount).sorted()
        let median = reviews[reviews.count / 2]
        let max = reviews[reviews.count - 1]
        #expect(median >= 5 && median <= 60, "median \(median)")
        #expect(max > 50 * median, "max \(max) median \(median)")
        let none = reviews.filter { $0 == 0 }.count
        #expect(none > 0 && Double(none) < 0.15 * Double(reviews.count))
    }

    @Test func mostProductsAreInStockAndSomeAreOut() {
        let outOfStock = Self.sample.filter { $0.stock == 0 }.count
        let share = Double(outOfStock) / Double(Self.sample.count)
        #expect(share > 0.05 && share < 0.2, "out of stock share \(share)")
        #expect(Self.sample.allSatisfy { $0.stock >= 0 })
    }

    @Test func popularityIsAScoreBetweenZeroAndOne() {
        #expect(Self.sample.allSatisfy { (0...10_000).contains($0.popularityBasisPoints) })
        #expect(Set(Self.sample.map(\.popularityBasisPoints)).count > 1_000)
    }

    @Test func skusAndModelNumbersAreUnique() {
        let skus = Set(Self.sample.map(\.sku))
        let models = Set(Self.sample.map(\.modelNumber))
        #expect(skus.count == Self.sample.count)
        #expect(models.count == Self.sample.count)
        #expect(Self.sample.allSatisfy { $0.sku.count == 9 && $0.sku.allSatisfy(\.isNumber) })
    }

    @Test func titlesStartWithTheBrandAndUseTheVocabulary() {
        #expect(Self.sample.allSatisfy { $0.title.hasPrefix($0.brand + " ") })
        var words: Set<Substring> = []
        for product in Self.sample {
            for word in product.title.split(separator: " ") + product.description.split(separator: " ") {
                words.insert(word)
            }
        }
        #expect(words.count > 2_500, "distinct words \(words.count)")
    }

    /// Two to five sentences (the specifications line counts as one); an opening phrased as a
    /// question ("Shopping for …? This …") counts as two here, hence up to six.
    @Test func descriptionsHaveTwoToFiveSentences() throws {
        let boundary = try Regex(#"[.?!] [A-Z0-9]"#)
        for product in Self.sample.prefix(2_000) {
            let parts = product.description.components(separatedBy: " Specifications:")
            let prose = parts[0]
            let sentences = prose.matches(of: boundary).count + parts.count
            #expect((2...6).contains(sentences), "\(product.description)")
            #expect(prose.hasSuffix("."))
        }
    }

    @Test func everyCategoryHasProductsWithAttributes() {
        #expect(Self.sample.allSatisfy { !$0.attributes.isEmpty })
    }
}
