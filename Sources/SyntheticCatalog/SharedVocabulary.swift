/// Description vocabulary shared by every department.
enum SharedVocabulary {
    /// Opening sentences; every description starts with one of these.
    static let openings: [String] = [
        "The {brand} {noun} is built for {use}.",
        "Take on {use} with this {adjective} {noun} from {brand}.",
        "This {adjective} {noun} from {brand} is made for {use}.",
        "Designed for {use}, the {brand} {noun} {benefit}.",
        "{Brand} engineered this {noun} for {use}.",
        "Whether you are a homeowner or a professional, this {noun} is a smart choice for {use}.",
        "Meet the {brand} {noun}, a {adjective} option for {use}.",
        "When the job calls for {use}, reach for the {brand} {noun}.",
        "Shopping for {category}? This {adjective} {noun} from {brand} is made for {use}.",
        "Made for {use}, this {noun} combines {feature} with {feature2}.",
    ]

    /// Follow-up sentences any department can use.
    static let sentences: [String] = [
        "It features {feature} and {feature2}.",
        "{Feature} {benefit}.",
        "Thanks to {feature}, it {benefit}.",
        "The design includes {feature}, so it {benefit}.",
        "It also {benefit}.",
        "Backed by a {warranty}.",
        "Covered by a {warranty} for peace of mind.",
        "A {adjective} pick for {use}.",
        "Pair it with other {brand} products for a consistent look and feel.",
        "Built with {feature}, this {noun} {benefit}.",
        "{Feature} makes everyday use easier.",
        "It is a popular choice for {use}.",
        "Every unit is inspected before it leaves the factory.",
        "Check the specifications to confirm fit before you buy.",
    ]

    /// Warranty phrases.
    static let warranties: [String] = [
        "1-year limited warranty", "2-year limited warranty", "3-year limited warranty",
        "5-year limited warranty", "10-year limited warranty", "limited lifetime warranty",
        "lifetime limited warranty against defects", "90-day satisfaction guarantee",
        "3-year tool warranty", "manufacturer's limited warranty",
    ]
}
