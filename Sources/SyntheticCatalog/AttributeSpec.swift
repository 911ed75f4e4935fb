/// One attribute that the products of a category carry, with its realistic value set.
///
/// Values are written `"display value"` or `"display value|title form"` (the title form is how
/// the value reads inside a product title, e.g. `"20 V|20-Volt"`; an empty title form keeps the
/// value out of the title, e.g. `"Brushed|"`). Values are listed from the
/// cheapest to the dearest: the value at position k multiplies the price by
/// `1 + spread * k / (count - 1)`. A class: products iterate over these on the hot path.
final class AttributeSpec: Sendable {
    /// Where the value appears in a product title.
    enum Placement: Sendable {
        /// Before the product noun: "20-Volt Cordless Hammer Drill".
        case beforeNoun
        /// After the noun as "in …": "Bath Faucet in Matte Black".
        case inSuffix
        /// At the end in parentheses: "Wood Screws (100-Pack)".
        case parenthetical
        /// Only in the attributes object, not in the title.
        case hidden
    }

    /// The attribute's key in the product's `attributes` object.
    let name: String
    /// The key as words ("power source"), for specification sentences.
    let label: String
    /// Display values, as they appear in the `attributes` object.
    let values: [String]
    /// How each value reads inside a title.
    let titleForms: [String]
    /// How a shopper types each value: lower case, no abbreviation periods ("1/2 in"), and
    /// volts, watts, millimetres and amp-hours written against the number ("20v", "8mm").
    let queryForms: [String]
    /// Where the value goes in the title.
    let placement: Placement
    /// Price multiplier per value.
    let priceFactors: [Double]
    private let cumulativeWeights: [Double]

    /// An attribute; `popularFirst` makes earlier values more common (weight 1/√(k+1)).
    init(_ name: String, _ values: [String], _ placement: Placement = .hidden, spread: Double = 0, popularFirst: Bool = false) {
        precondition(!values.isEmpty, "attribute \(name) has no values")
        self.name = name
        self.label = String(name.map { $0 == "_" ? " " : $0 })
        self.placement = placement
        var displays: [String] = []
        var forms: [String] = []
        for entry in values {
            let parts = entry.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            displays.append(parts[0])
            forms.append(parts.count > 1 ? parts[1] : parts[0])
        }
        self.values = displays
        self.titleForms = forms
        self.queryForms = displays.map(AttributeSpec.queryForm)
        let last = Double(max(values.count - 1, 1))
        self.priceFactors = values.indices.map { 1 + spread * Double($0) / last }
        var total = 0.0
        self.cumulativeWeights = values.indices.map { index in
            total += popularFirst ? 1 / Double(index + 1).squareRoot() : 1
            return total
        }
    }

    /// Draws the index of a value.
    func drawValue(using rng: inout SplitMix64) -> Int {
        let target = rng.unit() * cumulativeWeights[cumulativeWeights.count - 1]
        var index = 0
        while index < cumulativeWeights.count - 1 && cumulativeWeights[index] <= target {
            index += 1
        }
        return index
    }

    private static func queryForm(_ display: String) -> String {
        let words = display.lowercased().split(separator: " ").map { $0.hasSuffix(".") ? $0.dropLast() : $0 }
        if words.count == 2, words[0].allSatisfy({ $0.isNumber || $0 == "." }), ["v", "w", "mm", "ah"].contains(words[1]) {
            return String(words[0] + words[1])
        }
        return words.joined(separator: " ")
    }
}
