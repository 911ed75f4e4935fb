extension DepartmentSpec {
    static let storage = DepartmentSpec(
        name: "Storage & Organization",
        weight: 7,
        brands: [
            "Stowright", "Shelvix", "Tidyhaus", "Closetcraft", "Rackwell", "Binford Home",
            "Orderly & Co.", "Garagemax", "Hookline", "Cubbywell", "Sortwise", "Loftline Storage",
        ] + BrandPool.tail(forDepartment: 10),
        series: ["Pro", "Elite", "Essentials", "Modular", "FlexTrack", "Home Basics", "Heavy Duty Series", "Signature"],
        adjectives: [
            "Heavy-Duty", "Adjustable", "Stackable", "Collapsible", "Wall-Mounted", "Freestanding",
            "Boltless", "Rolling", "Lockable", "Modular", "Expandable", "Over-the-Door", "Under-Bed",
            "Clear", "Ventilated", "Industrial", "Rustic", "Modern", "Farmhouse", "Floating", "Corner",
            "Space-Saving", "Tool-Free", "Welded", "Powder-Coated", "Water-Resistant", "Foldable",
            "Commercial", "Compact", "Tall", "Wide", "Multi-Purpose",
        ],
        features: [
            "boltless assembly", "adjustable shelf heights", "a powder-coated steel frame", "leveling feet",
            "locking casters", "a lockable door", "a 2,000 lb. total capacity", "wire decking",
            "particleboard shelves", "a sturdy snap-tight lid", "built-in handles", "a clear body for easy viewing",
            "a latching lid", "hidden mounting hardware", "a solid wood construction", "a rust-resistant finish",
            "a vinyl coating that protects walls", "a rail-and-hook system", "soft-close drawers",
            "a reinforced bottom", "a breathable fabric", "a removable liner", "stackable corners",
            "a weight capacity of 50 lb. per shelf", "a heavy-gauge steel hook", "a rubber-coated grip",
        ],
        benefits: [
            "gets clutter off the floor", "makes the most of vertical space", "assembles in minutes without tools",
            "holds heavy bins and tools", "keeps seasonal items dust-free", "lets you see what is inside at a glance",
            "frees up garage floor space", "keeps closets neat", "rolls easily where you need it",
            "stacks securely to save space", "protects belongings from moisture", "adapts as your needs change",
        ],
        sentences: [
            "Weight capacities assume an evenly distributed load.",
            "Mix and match with other {brand} organizers for a complete system.",
            "Anchor tall units to the wall for safety.",
        ],
        categories: [
            CategorySpec(
                "Garage Storage > Shelving Units", weight: 2, price: 129, sigma: 0.5,
                nouns: ["Steel Shelving Unit", "5-Tier Shelving Unit", "Garage Storage Rack", "Boltless Shelving Unit"],
                attributes: [shelvingSize, shelfCount, shelvingColor],
                uses: ["garage storage", "basement organization", "pantry overflow", "storing bins and tools"]
            ),
            CategorySpec(
                "Garage Storage > Garage Cabinets", weight: 1, price: 299, sigma: 0.5,
                nouns: ["Garage Storage Cabinet", "Locking Steel Cabinet", "Wall-Mounted Garage Cabinet", "Tall Garage Cabinet"],
                attributes: [cabinetSize, shelvingColor],
                uses: ["storing chemicals safely", "organizing tools and supplies", "workshop storage"]
            ),
            CategorySpec(
                "Garage Storage > Wall Organization > Pegboards", weight: 1, price: 39, sigma: 0.5,
                nouns: ["Pegboard", "Metal Pegboard Panel", "Pegboard Kit", "Pegboard Hook Assortment"],
                attributes: [pegboardSize, shelvingColor],
                uses: ["organizing hand tools", "craft room walls", "workbench backsplashes"]
            ),
            CategorySpec(
                "Garage Storage > Wall Organization > Utility Hooks", weight: 1, price: 9, sigma: 0.6,
                nouns: ["Utility Hook", "Bike Hook", "Ladder Hook", "Double Hook"],
                attributes: [hookCapacity, .packSize],
                uses: ["hanging bikes", "storing ladders and hoses", "hanging garden tools"]
            ),
            CategorySpec(
                "Closet Organization > Closet Systems", weight: 1, price: 199, sigma: 0.6,
                nouns: ["Closet System", "Wire Closet Organizer Kit", "Wood Closet Organizer", "Closet Tower"],
                attributes: [closetWidth, closetFinish],
                uses: ["reach-in closets", "walk-in closets", "kids' rooms"]
            ),
            CategorySpec(
                "Closet Organization > Shoe Racks", weight: 0.8, price: 29, sigma: 0.5,
                nouns: ["Shoe Rack", "Over-the-Door Shoe Organizer", "Stackable Shoe Shelf", "Shoe Cabinet"],
                attributes: [pairCapacity, .color],
                uses: ["entryways", "closet floors", "mudrooms"]
            ),
            CategorySpec(
                "Storage Containers > Plastic Storage Bins", weight: 1.5, price: 14, sigma: 0.6,
                nouns: ["Storage Bin", "Latching Storage Tote", "Clear Storage Box", "Heavy-Duty Storage Tote"],
                attributes: [binCapacity, binColor, .packSize],
                uses: ["seasonal decorations", "moving and storage", "under-bed storage", "garage organization"]
            ),
            CategorySpec(
                "Storage Containers > Storage Baskets", weight: 1, price: 19, sigma: 0.5,
                nouns: ["Storage Basket", "Woven Basket", "Fabric Storage Bin", "Wire Basket"],
                attributes: [basketMaterial, .color, .packSize],
                uses: ["shelf and cubby storage", "toy organization", "blankets and throws"]
            ),
            CategorySpec(
                "Shelving > Floating Shelves", weight: 1, price: 29, sigma: 0.5,
                nouns: ["Floating Shelf", "Floating Wall Shelf", "Floating Shelf Set"],
                attributes: [shelfLength, .woodMaterial, .color],
                uses: ["displaying decor", "bathroom storage", "kitchen open shelving"]
            ),
            CategorySpec(
                "Shelving > Shelf Brackets", weight: 0.8, price: 8, sigma: 0.5,
                nouns: ["Shelf Bracket", "Decorative Shelf Bracket", "Heavy-Duty Shelf Bracket", "Hidden Shelf Bracket"],
                attributes: [bracketSize, .metalFinish, .packSize],
                uses: ["wall shelving", "countertop support", "rustic open shelves"]
            ),
            CategorySpec(
                "Laundry Organization > Laundry Hampers", weight: 0.8, price: 24, sigma: 0.5,
                nouns: ["Laundry Hamper", "Collapsible Laundry Hamper", "Laundry Sorter", "Rolling Laundry Cart"],
                attributes: [hamperCapacity, .color],
                uses: ["bedrooms and closets", "sorting lights and darks", "carrying laundry"]
            ),
            CategorySpec(
                "Storage Furniture > Storage Cubes", weight: 1, price: 59, sigma: 0.5,
                nouns: ["Cube Storage Organizer", "Cubby Bookcase", "Cube Storage Unit"],
                attributes: [cubeCount, cubeFinish],
                uses: ["playrooms", "living room storage", "home offices"]
            ),
        ]
    )

    private static let shelvingSize = AttributeSpec("dimensions", ["36 in. W x 72 in. H x 18 in. D", "48 in. W x 72 in. H x 24 in. D", "48 in. W x 78 in. H x 24 in. D", "77 in. W x 78 in. H x 24 in. D"], .hidden, spread: 1)
    private static let shelfCount = AttributeSpec("shelves", ["4-Tier|4-Tier", "5-Tier|5-Tier", "6-Tier|6-Tier"], .beforeNoun, spread: 0.4)
    private static let shelvingColor = AttributeSpec("color", ["Black", "Gray", "Silver", "White", "Red", "Blue"], .inSuffix, popularFirst: true)
    private static let cabinetSize = AttributeSpec("width", ["24 in.", "30 in.", "36 in.", "48 in."], .beforeNoun, spread: 1.2)
    private static let pegboardSize = AttributeSpec("size", ["24 in. x 24 in.", "24 in. x 48 in.", "32 in. x 48 in."], .beforeNoun, spread: 0.8)
    private static let hookCapacity = AttributeSpec("capacity", ["25 lb.", "40 lb.", "50 lb.", "75 lb.", "100 lb."], .beforeNoun, spread: 1)
    private static let closetWidth = AttributeSpec("width", ["3 ft. - 5 ft.", "4 ft. - 6 ft.", "5 ft. - 8 ft.", "6 ft. - 10 ft."], .beforeNoun, spread: 1.5)
    private static let closetFinish = AttributeSpec("finish", ["White", "Chocolate", "Classic White", "Truffle", "Gray", "Natural Wood"], .inSuffix)
    private static let pairCapacity = AttributeSpec("capacity", ["8-Pair", "12-Pair", "20-Pair", "24-Pair", "36-Pair"], .beforeNoun, spread: 2)
    private static let binCapacity = AttributeSpec("capacity", ["6 qt.", "16 qt.", "32 qt.", "56 qt.", "18 gal.", "27 gal.", "38 gal."], .beforeNoun, spread: 3, popularFirst: true)
    private static let binColor = AttributeSpec("color", ["Clear", "Black", "Gray", "Blue", "Black and Yellow", "Green"], .inSuffix, popularFirst: true)
    private static let basketMaterial = AttributeSpec("material", ["Seagrass|Seagrass", "Water Hyacinth|Water Hyacinth", "Cotton Rope|Cotton Rope", "Fabric|Fabric", "Wire|Wire", "Rattan|Rattan"], .beforeNoun, spread: 1)
    private static let shelfLength = AttributeSpec("length", ["12 in.", "16 in.", "24 in.", "36 in.", "48 in."], .beforeNoun, spread: 1.5)
    private static let bracketSize = AttributeSpec("size", ["4 in. x 6 in.", "6 in. x 8 in.", "8 in. x 10 in.", "10 in. x 12 in."], .beforeNoun, spread: 1)
    private static let hamperCapacity = AttributeSpec("capacity", ["45 L", "60 L", "75 L", "100 L", "3-Bag"], .beforeNoun, spread: 1)
    private static let cubeCount = AttributeSpec("cubes", ["3-Cube", "4-Cube", "6-Cube", "8-Cube", "9-Cube", "16-Cube"], .beforeNoun, spread: 2)
    private static let cubeFinish = AttributeSpec("finish", ["White", "Espresso", "Black", "Gray Oak", "Natural", "Walnut"], .inSuffix, popularFirst: true)
}
