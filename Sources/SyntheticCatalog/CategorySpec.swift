/// A leaf category of the synthetic taxonomy and everything needed to make its products.
struct CategorySpec: Sendable {
    /// Path below the department, e.g. `["Power Tools", "Drills", "Hammer Drills"]`.
    let path: [String]
    /// Relative share of the department's products.
    let weight: Double
    /// Median price in dollars before brand, attribute and kit factors.
    let medianPrice: Double
    /// Standard deviation of the natural log of the price.
    let priceSigma: Double
    /// Product nouns as they read in titles ("Hammer Drill", "Hammer Drill/Driver").
    let nouns: [String]
    /// Attributes in title order.
    let attributes: [AttributeSpec]
    /// Title endings such as "Kit with 2 Batteries", each with its price factor.
    let extras: [(text: String, priceFactor: Double)]
    /// What the products are used for, as gerund or noun phrases for descriptions.
    let uses: [String]
    /// Features for descriptions; empty to use the department's.
    let features: [String]
    /// Benefits for descriptions; empty to use the department's.
    let benefits: [String]
    /// Extra sentence templates for this category only.
    let sentences: [String]

    /// A category; `path` is written "A > B > C" and extras "text" or "text|price factor".
    /// Features and benefits default to the department's; at least two features are needed.
    init(
        _ path: String, weight: Double = 1, price: Double, sigma: Double = 0.45,
        nouns: [String], attributes: [AttributeSpec], extras: [String] = [], uses: [String],
        features: [String] = [], benefits: [String] = [], sentences: [String] = []
    ) {
        self.path = path.components(separatedBy: " > ")
        precondition(self.path.count >= 2 && self.path.count <= 3, "category \(path) must be 2 or 3 levels below its department")
        precondition(!nouns.isEmpty && !uses.isEmpty && !attributes.isEmpty, "category \(path) needs nouns, uses and attributes")
        precondition(features.isEmpty || features.count >= 2, "category \(path) needs at least two features when it has its own")
        self.weight = weight
        self.medianPrice = price
        self.priceSigma = sigma
        self.nouns = nouns
        self.attributes = attributes
        self.extras = extras.map { entry in
            let parts = entry.split(separator: "|", maxSplits: 1).map(String.init)
            return (parts[0], parts.count > 1 ? Double(parts[1]) ?? 1 : 1)
        }
        self.uses = uses
        self.features = features
        self.benefits = benefits
        self.sentences = sentences
    }
}
