extension CatalogGenerator {
    /// Builds a retail title: "Brand [Series] [specs…] [Adjective] Noun [extra] [in Finish] [(Pack)]".
    static func title(
        brand: String, series: String?, leaf: Taxonomy.Leaf, valueIndices: [Int],
        adjective: String?, noun: String, extra: String?
    ) -> String {
        var title: [UInt8] = []
        title.reserveCapacity(160)
        title.append(contentsOf: brand.utf8)
        if let series {
            title.append(UInt8(ascii: " "))
            title.append(contentsOf: series.utf8)
        }
        let specs = leaf.spec.attributes
        for position in specs.indices where specs[position].placement == .beforeNoun {
            let form = specs[position].titleForms[valueIndices[position]]
            if !form.isEmpty {
                title.append(UInt8(ascii: " "))
                title.append(contentsOf: form.utf8)
            }
        }
        if let adjective {
            title.append(UInt8(ascii: " "))
            title.append(contentsOf: adjective.utf8)
        }
        title.append(UInt8(ascii: " "))
        title.append(contentsOf: noun.utf8)
        if let extra {
            title.append(UInt8(ascii: " "))
            title.append(contentsOf: extra.utf8)
        }
        if let position = specs.firstIndex(where: { $0.placement == .inSuffix }) {
            title.append(contentsOf: " in ".utf8)
            title.append(contentsOf: specs[position].titleForms[valueIndices[position]].utf8)
        }
        for position in specs.indices where specs[position].placement == .parenthetical {
            title.append(contentsOf: " (".utf8)
            title.append(contentsOf: specs[position].titleForms[valueIndices[position]].utf8)
            title.append(UInt8(ascii: ")"))
        }
        return String(decoding: title, as: UTF8.self)
    }

    /// Builds a description of 2–5 sentences: an opening, then distinct sentences from the
    /// category's, department's and shared templates, sometimes a line of specifications.
    func description(
        brand: String, leaf: Taxonomy.Leaf, noun: String,
        attributes: [ProductAttribute], using rng: inout SplitMix64
    ) -> String {
        let features = leaf.features
        let featureIndex = rng.below(features.count)
        var secondFeatureIndex = rng.below(features.count - 1)
        if secondFeatureIndex >= featureIndex {
            secondFeatureIndex += 1
        }
        let values = SentenceTemplate.Values(
            brand: brand,
            noun: noun,
            adjective: rng.pick(leaf.adjectivesInProse),
            feature: features[featureIndex],
            feature2: features[secondFeatureIndex],
            benefit: rng.pick(leaf.benefits),
            use: rng.pick(leaf.spec.uses),
            warranty: rng.pick(SharedVocabulary.warranties),
            category: leaf.categoryWord
        )

        var text: [UInt8] = []
        text.reserveCapacity(640)
        rng.pick(taxonomy.openings).render(into: &text, values: values)
        let sentenceCount = 1 + rng.below(4)
        let withSpecifications = !attributes.isEmpty && rng.chance(0.25)
        var used: [Int] = []
        used.reserveCapacity(sentenceCount)
        for _ in 0..<(withSpecifications ? sentenceCount - 1 : sentenceCount) {
            var choice = rng.below(leaf.sentences.count)
            while used.contains(choice) {
                choice = (choice + 1) % leaf.sentences.count
            }
            used.append(choice)
            text.append(UInt8(ascii: " "))
            leaf.sentences[choice].render(into: &text, values: values)
        }
        if withSpecifications {
            text.append(contentsOf: " Specifications:".utf8)
            let specs = leaf.spec.attributes
            for position in attributes.indices {
                text.append(contentsOf: (position == 0 ? " " : "; ").utf8)
                text.append(contentsOf: specs[position].label.utf8)
                text.append(UInt8(ascii: " "))
                text.append(contentsOf: attributes[position].value.utf8)
            }
            if text.last != UInt8(ascii: ".") {
                text.append(UInt8(ascii: "."))
            }
        }
        return String(decoding: text, as: UTF8.self)
    }
}
