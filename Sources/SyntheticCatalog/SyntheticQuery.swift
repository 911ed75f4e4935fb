/// A shopper-style query over a synthetic catalog, with the constraints it was built from,
/// so that any product can be judged against it exactly.
public struct SyntheticQuery: Sendable, Hashable {
    /// Query id as written to `queries.tsv` ("1", "2", …).
    public let id: String
    /// The query as a shopper typed it (mostly lower case; misspelled when `isMisspelled`).
    public let text: String
    /// What the query asks for; decides the judging rule (see `SyntheticQueryKind`).
    public let kind: SyntheticQueryKind
    /// Whether one word of `text` carries a deliberate typo. Judgments ignore the typo.
    public let isMisspelled: Bool
    /// Index of the product the query was built from; it always has grade 2.
    public let anchorIndex: Int
    /// Category the query targets (for `.category`, the named node; otherwise the leaf).
    public let categoryPath: [String]
    /// Brand constraint, if the kind has one.
    public let brand: String?
    /// Attribute constraint, if the kind has one.
    public let attribute: ProductAttribute?
    let leafID: Int

    /// The relevance grade of `product` for this query: 2 = meets every constraint, 1 = partial
    /// (same category, see `SyntheticQueryKind`), 0 = not relevant. Exact for every product,
    /// so it can judge any ranking, not only the sampled `qrels.tsv`.
    public func grade(of product: SyntheticProduct) -> Int {
        switch kind {
        case .category:
            if product.categoryPath.starts(with: categoryPath) {
                return 2
            }
            return product.categoryPath.starts(with: categoryPath.dropLast()) ? 1 : 0
        case .brandAndNoun:
            guard product.leafID == leafID else { return 0 }
            return product.brand == brand ? 2 : 1
        case .attributeAndNoun:
            guard product.leafID == leafID else { return 0 }
            return matchesAttribute(product) ? 2 : 1
        case .brandAttributeAndNoun:
            guard product.leafID == leafID else { return 0 }
            let brandMatches = product.brand == brand
            let attributeMatches = matchesAttribute(product)
            if brandMatches && attributeMatches {
                return 2
            }
            return brandMatches || attributeMatches ? 1 : 0
        case .modelNumber:
            if product.index == anchorIndex {
                return 2
            }
            return product.leafID == leafID && product.brand == brand ? 1 : 0
        }
    }

    private func matchesAttribute(_ product: SyntheticProduct) -> Bool {
        guard let attribute else { return false }
        return product.attribute(attribute.name) == attribute.value
    }
}
