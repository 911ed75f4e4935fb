extension CatalogGenerator {
    /// Up to `count` distinct shopper queries for the catalog made of products
    /// `0..<catalogSize`, deterministic for (seed, count, catalogSize).
    ///
    /// Each query is built from a randomly drawn anchor product of the catalog, so it always has
    /// at least one grade-2 product. The mix: about 20% category names, 30% brand + noun, 25%
    /// attribute + noun, 13% brand + attribute + noun, 12% model numbers; about 12% of the
    /// non-model queries carry one typo. Fewer than `count` come back only when the catalog is
    /// too small to yield that many distinct texts. Ids are "1", "2", … in order.
    public func queries(count: Int, catalogSize: Int) -> [SyntheticQuery] {
        precondition(count >= 0, "query count must not be negative")
        precondition(catalogSize > 0 && catalogSize <= CatalogGenerator.maximumCount, "catalog size must be in 1...\(CatalogGenerator.maximumCount)")
        var queries: [SyntheticQuery] = []
        var seen: Set<String> = []
        var attempt: UInt64 = 0
        while queries.count < count && attempt < UInt64(count) * 20 + 100 {
            var rng = SplitMix64(seed: seed ^ 0x9_5EA2_C4E5, stream: attempt)
            attempt += 1
            let query = makeQuery(id: String(queries.count + 1), anchor: product(at: rng.below(catalogSize)), using: &rng)
            if seen.insert(query.text).inserted {
                queries.append(query)
            }
        }
        return queries
    }

    private func makeQuery(id: String, anchor: SyntheticProduct, using rng: inout SplitMix64) -> SyntheticQuery {
        let leaf = taxonomy.leaves[anchor.leafID]
        let noun = CatalogGenerator.queryNoun(rng.pick(leaf.nounsLowercased), plural: rng.chance(0.25))
        let brand = anchor.brand.lowercased()
        let draw = rng.unit()
        let kind: SyntheticQueryKind
        var text: String
        var categoryPath = leaf.path
        var attribute: ProductAttribute?
        switch draw {
        case ..<0.20:
            kind = .category
            if categoryPath.count == 4 && rng.chance(0.4) {
                categoryPath.removeLast()
            }
            text = categoryPath.count == leaf.path.count ? leaf.categoryWord : categoryPath[categoryPath.count - 1].lowercased()
        case ..<0.50:
            kind = .brandAndNoun
            text = brand + " " + noun
        case ..<0.88:
            let position = rng.below(anchor.attributes.count)
            let value = leaf.spec.attributes[position].queryForms[leaf.spec.attributes[position].values.firstIndex(of: anchor.attributes[position].value) ?? 0]
            attribute = anchor.attributes[position]
            if draw < 0.75 {
                kind = .attributeAndNoun
                text = rng.chance(0.75) ? value + " " + noun : noun + " " + value
            } else {
                kind = .brandAttributeAndNoun
                text = brand + " " + value + " " + noun
            }
        default:
            kind = .modelNumber
            switch rng.below(4) {
            case 0: text = anchor.modelNumber.lowercased()
            case 1: text = brand + " " + anchor.modelNumber
            default: text = anchor.modelNumber
            }
        }
        var isMisspelled = false
        if kind != .modelNumber && rng.chance(0.12), let misspelled = CatalogGenerator.misspell(text, using: &rng) {
            text = misspelled
            isMisspelled = true
        }
        let hasBrand = kind == .brandAndNoun || kind == .brandAttributeAndNoun || kind == .modelNumber
        return SyntheticQuery(
            id: id, text: text, kind: kind, isMisspelled: isMisspelled, anchorIndex: anchor.index,
            categoryPath: categoryPath, brand: hasBrand ? anchor.brand : nil, attribute: attribute,
            leafID: leaf.id
        )
    }

    /// The noun as a shopper types it, sometimes in the plural.
    private static func queryNoun(_ noun: String, plural: Bool) -> String {
        guard plural, let last = noun.last, last.isLetter else {
            return noun
        }
        if noun.hasSuffix("s") || noun.hasSuffix("x") || noun.hasSuffix("sh") || noun.hasSuffix("ch") {
            return noun + "es"
        }
        if last == "y", let before = noun.dropLast().last, !"aeiou".contains(before) {
            return noun.dropLast() + "ies"
        }
        return noun + "s"
    }

    /// One typo in a word of five or more letters: two letters swapped, one dropped or one
    /// doubled. `nil` when no word is long enough.
    private static func misspell(_ text: String, using rng: inout SplitMix64) -> String? {
        var words = text.split(separator: " ").map { Array($0) }
        let candidates = words.indices.filter { words[$0].count >= 5 && words[$0].allSatisfy(\.isLetter) }
        guard !candidates.isEmpty else {
            return nil
        }
        let wordIndex = rng.pick(candidates)
        let original = words[wordIndex]
        var word = original
        let position = 1 + rng.below(word.count - 2)
        switch rng.below(3) {
        case 0: word.swapAt(position, position + 1)
        case 1: word.remove(at: position)
        default: word.insert(word[position], at: position)
        }
        if word == original {
            word.remove(at: position)
        }
        words[wordIndex] = word
        return words.map { String($0) }.joined(separator: " ")
    }
}
