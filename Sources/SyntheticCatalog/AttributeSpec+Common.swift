/// Attributes shared by several departments.
extension AttributeSpec {
    static let color = AttributeSpec("color", [
        "White", "Black", "Gray", "Silver", "Red", "Blue", "Green", "Brown", "Beige", "Navy",
        "Charcoal", "Bronze", "Ivory", "Tan", "Orange", "Yellow", "Natural", "Espresso", "Walnut",
        "Slate", "Teal", "Sage", "Taupe", "Graphite", "Cream",
    ], .inSuffix, popularFirst: true)

    static let metalFinish = AttributeSpec("finish", [
        "Chrome", "Brushed Nickel", "Matte Black", "Oil-Rubbed Bronze", "Stainless Steel",
        "Satin Nickel", "Polished Brass", "Champagne Bronze", "Antique Brass", "Brushed Gold",
        "Venetian Bronze", "Gunmetal", "Polished Nickel", "Spot Resist Stainless", "Aged Copper",
    ], .inSuffix, spread: 0.35, popularFirst: true)

    static let applianceFinish = AttributeSpec("finish", [
        "White", "Black", "Stainless Steel", "Black Stainless Steel",
        "Fingerprint Resistant Stainless Steel", "Slate", "Bisque", "Matte White", "Matte Black",
        "Panel Ready",
    ], .inSuffix, spread: 0.3, popularFirst: true)

    static let packSize = AttributeSpec("pack_size", [
        "1-Pack", "2-Pack", "3-Pack", "4-Pack", "6-Pack", "8-Pack", "10-Pack", "12-Pack", "24-Pack",
    ], .parenthetical, spread: 7, popularFirst: true)

    static let toolVoltage = AttributeSpec("voltage", [
        "12 V|12-Volt", "18 V|18-Volt", "20 V|20-Volt", "24 V|24-Volt",
    ], .beforeNoun, spread: 0.3, popularFirst: true)

    static let outdoorVoltage = AttributeSpec("voltage", [
        "20 V|20-Volt", "40 V|40-Volt", "48 V|48-Volt", "56 V|56-Volt", "60 V|60-Volt", "80 V|80-Volt",
    ], .beforeNoun, spread: 0.9, popularFirst: true)

    static let motor = AttributeSpec("motor", ["Brushed|", "Brushless"], .beforeNoun, spread: 0.25)

    static let batteryCapacity = AttributeSpec("battery_capacity", [
        "Tool Only", "1.5 Ah", "2.0 Ah", "4.0 Ah", "5.0 Ah", "6.0 Ah", "8.0 Ah",
    ], spread: 0.6)

    static let amperage = AttributeSpec("amperage", [
        "5 Amp|5 Amp", "6 Amp|6 Amp", "7.5 Amp|7.5 Amp", "10 Amp|10 Amp", "12 Amp|12 Amp", "15 Amp|15 Amp",
    ], .beforeNoun, spread: 0.6)

    static let woodMaterial = AttributeSpec("material", [
        "Pine", "Oak", "Maple", "Acacia", "Bamboo", "Walnut", "Teak", "Birch", "Rubberwood", "Cherry",
    ], spread: 0.6)

    static let metalMaterial = AttributeSpec("material", [
        "Steel", "Stainless Steel", "Zinc-Plated Steel", "Galvanized Steel", "Aluminum", "Brass",
        "Cast Iron", "Chrome Vanadium Steel",
    ], spread: 0.5)

    static let plasticMaterial = AttributeSpec("material", [
        "Polypropylene", "Resin", "ABS Plastic", "Polyethylene", "Nylon", "PVC", "Polycarbonate",
    ])

    static let warrantyYears = AttributeSpec("warranty", [
        "1 Year", "2 Years", "3 Years", "5 Years", "10 Years", "Limited Lifetime",
    ], spread: 0.25)

    static let certification = AttributeSpec("certification", [
        "None", "UL Listed", "ETL Listed", "ENERGY STAR", "CSA Certified", "WaterSense",
    ], spread: 0.1)
}
