/// A department of the synthetic taxonomy: its brands, vocabulary and leaf categories.
struct DepartmentSpec: Sendable {
    /// Top-level category name ("Tools").
    let name: String
    /// Relative share of the whole catalog.
    let weight: Double
    /// Brands in popularity order: rank r is drawn with weight 1/(r+1) (Zipf, s = 1).
    let brands: [String]
    /// Product-line names that may follow the brand in a title ("Pro Series").
    let series: [String]
    /// Title-case adjectives for titles and (lower-cased) descriptions.
    let adjectives: [String]
    /// Noun phrases with an article ("a brushless motor") for descriptions.
    let features: [String]
    /// Third-person verb phrases ("stands up to daily jobsite use") for descriptions.
    let benefits: [String]
    /// Department-specific description sentence templates (see `SentenceTemplate`).
    let sentences: [String]
    /// Leaf categories.
    let categories: [CategorySpec]

    /// Every department, in catalog order. Each needs at least two features, benefits,
    /// adjectives, series and brands (the generator draws two distinct features).
    static let all: [DepartmentSpec] = [
        .tools, .hardware, .electrical, .plumbing, .paint, .lawnAndGarden,
        .appliances, .kitchen, .lighting, .flooring, .storage,
    ]
}
