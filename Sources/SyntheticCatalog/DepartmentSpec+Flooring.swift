extension DepartmentSpec {
    static let flooring = DepartmentSpec(
        name: "Flooring",
        weight: 7,
        brands: [
            "Plankwell", "Timberlane Floors", "Stonecroft Tile", "Oakhaven Flooring", "Vinylux", "Groundwork",
            "Heartwood & Co.", "Terrazzi", "Loomcraft Rugs", "Floorwise", "Hearthstone Tile", "Woven Path",
        ] + BrandPool.tail(forDepartment: 9),
        series: ["Coastal Collection", "Heritage Oak", "Urban Loft", "Natural Living", "Rustic Ridge", "Classic Stone", "Artisan", "Everwear"],
        adjectives: [
            "Waterproof", "Water-Resistant", "Scratch-Resistant", "Click-Lock", "Glue-Down", "Floating",
            "Hand-Scraped", "Wire-Brushed", "Distressed", "Wide Plank", "Rigid Core", "Pet-Friendly",
            "Low-Pile", "Shag", "Stain-Resistant", "Non-Slip", "Matte", "Polished", "Glazed", "Textured",
            "Rectified", "Frost-Resistant", "Modern", "Rustic", "Traditional", "Bohemian", "Coastal",
            "Geometric", "Vintage", "Contemporary", "Kid-Friendly", "Easy-Clean",
        ],
        features: [
            "a rigid SPC core", "an attached underlayment pad", "a 20 mil wear layer", "a 12 mil wear layer",
            "a realistic embossed wood grain", "a click-lock installation system", "a micro-beveled edge",
            "an aluminum oxide finish", "a real wood veneer", "a plywood core", "a through-body porcelain",
            "a slip-resistant surface", "a rectified edge", "a mesh backing", "a stain-resistant fiber",
            "a power-loomed construction", "a low-shed pile", "a non-slip rug pad compatibility",
            "a square edge profile", "a matte finish", "a glazed surface", "varied plank lengths",
        ],
        benefits: [
            "stands up to kids and pets", "resists spills and stains", "installs over most existing floors",
            "feels warm and quiet underfoot", "looks like real hardwood", "cleans with a damp mop",
            "adds warmth and texture to a room", "hides dirt between cleanings", "stays flat without curling",
            "holds up in kitchens, baths and basements", "resists fading in sunny rooms", "makes a small room feel larger",
        ],
        sentences: [
            "Order 10% extra to allow for cuts and waste.",
            "Let the flooring acclimate in the room for 48 hours before installation.",
            "Coverage per case is listed in the specifications.",
        ],
        categories: [
            CategorySpec(
                "Vinyl Flooring > Luxury Vinyl Plank", weight: 2.5, price: 54, sigma: 0.35,
                nouns: ["Luxury Vinyl Plank Flooring", "Waterproof Vinyl Plank Flooring", "Rigid Core Vinyl Plank Flooring"],
                attributes: [plankSize, wearLayer, woodLook, caseCoverage],
                uses: ["kitchens and bathrooms", "basements", "busy family rooms", "rental properties"]
            ),
            CategorySpec(
                "Laminate Flooring > Laminate Planks", weight: 1.5, price: 44, sigma: 0.35,
                nouns: ["Laminate Flooring", "Water-Resistant Laminate Flooring", "Laminate Wood Flooring"],
                attributes: [laminateThickness, woodLook, caseCoverage],
                uses: ["living rooms and bedrooms", "hallways", "budget-friendly floor updates"]
            ),
            CategorySpec(
                "Hardwood Flooring > Engineered Hardwood", weight: 1.2, price: 89, sigma: 0.4,
                nouns: ["Engineered Hardwood Flooring", "Click Engineered Hardwood", "Wide Plank Engineered Hardwood"],
                attributes: [hardwoodSpecies, hardwoodStain, caseCoverage],
                uses: ["living and dining rooms", "installing over concrete", "adding home value"]
            ),
            CategorySpec(
                "Hardwood Flooring > Solid Hardwood", weight: 0.8, price: 99, sigma: 0.4,
                nouns: ["Solid Hardwood Flooring", "Solid Oak Flooring", "Prefinished Solid Hardwood"],
                attributes: [hardwoodSpecies, hardwoodStain, caseCoverage],
                uses: ["whole-home flooring", "floors that can be refinished", "traditional homes"]
            ),
            CategorySpec(
                "Tile > Porcelain Tile", weight: 1.5, price: 39, sigma: 0.5,
                nouns: ["Porcelain Floor and Wall Tile", "Porcelain Tile", "Wood Look Porcelain Tile", "Marble Look Porcelain Tile"],
                attributes: [tileSize, tileColor, tileFinish],
                uses: ["bathroom floors", "kitchen floors", "shower walls", "mudrooms and entries"]
            ),
            CategorySpec(
                "Tile > Ceramic Tile", weight: 1, price: 24, sigma: 0.5,
                nouns: ["Ceramic Wall Tile", "Subway Tile", "Ceramic Floor Tile"],
                attributes: [ceramicSize, tileColor, tileFinish],
                uses: ["kitchen backsplashes", "bathroom walls", "laundry rooms"]
            ),
            CategorySpec(
                "Tile > Mosaic Tile", weight: 0.8, price: 14, sigma: 0.5,
                nouns: ["Mosaic Tile", "Hexagon Mosaic Tile", "Penny Round Mosaic", "Herringbone Mosaic Tile"],
                attributes: [mosaicMaterial, tileColor],
                uses: ["backsplashes", "shower floors", "accent walls"]
            ),
            CategorySpec(
                "Carpet > Carpet Tile", weight: 0.8, price: 34, sigma: 0.4,
                nouns: ["Carpet Tile", "Peel and Stick Carpet Tile", "Commercial Carpet Tile"],
                attributes: [carpetTileSize, carpetColor],
                uses: ["basements and playrooms", "home offices", "easy DIY carpet installs"]
            ),
            CategorySpec(
                "Rugs > Area Rugs", weight: 2, price: 129, sigma: 0.7,
                nouns: ["Area Rug", "Indoor Area Rug", "Washable Area Rug", "Shag Area Rug", "Indoor/Outdoor Area Rug"],
                attributes: [rugSize, rugPattern, carpetColor],
                uses: ["living rooms", "under dining tables", "bedrooms", "patios and porches"]
            ),
            CategorySpec(
                "Rugs > Runners", weight: 0.8, price: 49, sigma: 0.6,
                nouns: ["Runner Rug", "Hallway Runner", "Kitchen Runner", "Non-Slip Runner"],
                attributes: [runnerSize, rugPattern, carpetColor],
                uses: ["hallways", "kitchens", "entryways and stairs"]
            ),
            CategorySpec(
                "Flooring Accessories > Underlayment", weight: 0.6, price: 39, sigma: 0.4,
                nouns: ["Flooring Underlayment", "Foam Underlayment", "Cork Underlayment", "Vapor Barrier Underlayment"],
                attributes: [underlaymentCoverage],
                uses: ["reducing noise under laminate", "moisture protection over concrete", "smoothing minor subfloor flaws"]
            ),
            CategorySpec(
                "Flooring Accessories > Grout", weight: 0.6, price: 19, sigma: 0.4,
                nouns: ["Sanded Grout", "Unsanded Grout", "Premixed Grout", "Epoxy Grout"],
                attributes: [groutSize, groutColor],
                uses: ["setting floor tile", "backsplash joints", "regrouting showers"]
            ),
        ]
    )

    private static let plankSize = AttributeSpec("plank_size", ["6 in. x 36 in.", "7 in. x 48 in.", "7.1 in. x 48 in.", "8.7 in. x 59.4 in.", "9 in. x 60 in."], .beforeNoun, spread: 0.3)
    private static let wearLayer = AttributeSpec("wear_layer", ["6 mil|6 mil", "12 mil|12 mil", "20 mil|20 mil", "22 mil|22 mil"], .beforeNoun, spread: 0.5)
    private static let woodLook = AttributeSpec("color", [
        "Natural Oak", "Weathered Gray", "Honey Oak", "Hickory", "Walnut", "Driftwood", "Ash Blonde",
        "Barnwood", "Espresso", "Whitewashed Oak", "Saddle", "Coastal Pine",
    ], .inSuffix, popularFirst: true)
    private static let caseCoverage = AttributeSpec("case_coverage", ["18.7 sq. ft. / case", "20 sq. ft. / case", "23.6 sq. ft. / case", "28 sq. ft. / case"], .parenthetical, spread: 0.4)
    private static let laminateThickness = AttributeSpec("thickness", ["7 mm", "8 mm", "10 mm", "12 mm"], .beforeNoun, spread: 0.5)
    private static let hardwoodSpecies = AttributeSpec("species", ["Red Oak|Red Oak", "White Oak|White Oak", "Hickory|Hickory", "Maple|Maple", "Walnut|Walnut", "Acacia|Acacia"], .beforeNoun, spread: 0.7)
    private static let hardwoodStain = AttributeSpec("color", ["Natural", "Gunstock", "Butterscotch", "Coffee", "Smoke", "Gray Mist", "Toast"], .inSuffix)
    private static let tileSize = AttributeSpec("tile_size", ["12 in. x 12 in.", "12 in. x 24 in.", "24 in. x 24 in.", "8 in. x 48 in.", "6 in. x 36 in."], .beforeNoun, spread: 0.6)
    private static let ceramicSize = AttributeSpec("tile_size", ["3 in. x 6 in.", "4 in. x 12 in.", "12 in. x 12 in.", "10 in. x 14 in."], .beforeNoun, spread: 0.4)
    private static let tileColor = AttributeSpec("color", ["White", "Gray", "Beige", "Black", "Carrara", "Cream", "Charcoal", "Sage Green", "Navy"], .inSuffix, popularFirst: true)
    private static let tileFinish = AttributeSpec("finish", ["Matte", "Glossy", "Polished", "Textured"])
    private static let mosaicMaterial = AttributeSpec("material", ["Ceramic|Ceramic", "Porcelain|Porcelain", "Glass|Glass", "Marble|Marble", "Natural Stone|Natural Stone"], .beforeNoun, spread: 1.5)
    private static let carpetTileSize = AttributeSpec("tile_size", ["18 in. x 18 in.", "19.7 in. x 19.7 in.", "24 in. x 24 in."], .beforeNoun, spread: 0.3)
    private static let carpetColor = AttributeSpec("color", ["Gray", "Beige", "Ivory", "Navy", "Charcoal", "Blue", "Multi", "Rust", "Green"], .inSuffix, popularFirst: true)
    private static let rugSize = AttributeSpec("size", ["2 ft. x 3 ft.", "4 ft. x 6 ft.", "5 ft. x 7 ft.", "5 ft. x 8 ft.", "8 ft. x 10 ft.", "9 ft. x 12 ft."], .beforeNoun, spread: 5, popularFirst: true)
    private static let runnerSize = AttributeSpec("size", ["2 ft. x 6 ft.", "2 ft. x 8 ft.", "2 ft. x 10 ft.", "2 ft. 6 in. x 12 ft."], .beforeNoun, spread: 1.2)
    private static let rugPattern = AttributeSpec("pattern", ["Solid|Solid", "Geometric|Geometric", "Medallion|Medallion", "Oriental|Oriental", "Moroccan|Moroccan", "Striped|Striped", "Abstract|Abstract"], .beforeNoun)
    private static let underlaymentCoverage = AttributeSpec("coverage", ["100 sq. ft.", "200 sq. ft.", "360 sq. ft.", "500 sq. ft."], .beforeNoun, spread: 3)
    private static let groutSize = AttributeSpec("size", ["1 lb.", "10 lb.", "25 lb."], .beforeNoun, spread: 3)
    private static let groutColor = AttributeSpec("color", ["Bright White", "Warm Gray", "Charcoal", "Pewter", "Bone", "Black"], .inSuffix)
}
