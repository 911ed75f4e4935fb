/// The shape of a synthetic query, which decides how it is judged.
public enum SyntheticQueryKind: String, Sendable, Hashable, CaseIterable {
    /// A category name: "hammer drills", "drills". Grade 2: products in that category;
    /// grade 1: products in its parent category.
    case category
    /// Brand and product noun: "torvane hammer drill". Grade 2: that brand in the noun's leaf
    /// category; grade 1: other brands in that category.
    case brandAndNoun
    /// Attribute value and product noun: "20v hammer drill", "matte black bath faucet".
    /// Grade 2: that value in the noun's leaf category; grade 1: other values in that category.
    case attributeAndNoun
    /// Brand, attribute value and noun: "torvane 20v hammer drill". Grade 2: all three match;
    /// grade 1: same leaf category and either the brand or the value matches.
    case brandAttributeAndNoun
    /// A model number, as printed or lower-cased, sometimes after the brand. Grade 2: the one
    /// product with that model number; grade 1: the same brand in the same leaf category.
    case modelNumber
}
