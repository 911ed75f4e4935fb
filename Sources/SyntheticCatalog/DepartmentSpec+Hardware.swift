extension DepartmentSpec {
    static let hardware = DepartmentSpec(
        name: "Hardware",
        weight: 10,
        brands: [
            "Fastenwell", "Holdrite Hardware", "Brassmoor", "Keyline", "Boltmark", "Latchford",
            "Stoutridge", "Pinnacle Fastening", "Wardell Lock", "Hingecraft", "Corbel & Co.", "Knoxbury",
        ] + BrandPool.tail(forDepartment: 1),
        series: ["Pro-Fit", "Signature", "Essentials", "Contractor Pack", "Heritage", "Everyday", "Premier", "Secure Plus"],
        adjectives: [
            "Heavy-Duty", "Decorative", "Traditional", "Modern", "Contemporary", "Classic", "Rust-Resistant",
            "Weather-Resistant", "Self-Drilling", "Self-Tapping", "Low-Profile", "Reversible", "Adjustable",
            "Commercial-Grade", "Residential", "Keyed-Alike", "Soft-Close", "Full-Extension", "Concealed",
            "Tamper-Resistant", "Galvanized", "Coated", "Transitional", "Farmhouse", "Industrial",
            "Minimalist", "Mid-Century", "Sturdy", "Universal", "Easy-Install", "Premium", "Outdoor",
        ],
        features: [
            "a corrosion-resistant coating", "a sharp type 17 point", "a star drive recess",
            "deep threads for better holding power", "a countersinking head", "a solid zinc construction",
            "a smooth-turning latch", "a reversible handing", "a pick-resistant cylinder",
            "an adjustable backset", "SmartKey-style rekeying", "ANSI Grade 2 security", "a ball-bearing slide",
            "a soft-close mechanism", "a baked-on finish", "mounting screws in the box",
            "a universal hole spacing", "a weatherproof keypad", "a hardened steel shackle",
            "a brass cylinder", "an anti-split tip", "a bugle head", "a zinc-plated finish",
            "a 1-touch locking button", "pre-drilled mounting holes", "a 100 lb. load rating",
            "a ceramic coating", "a hex washer head", "a stainless steel body", "a forged base",
        ],
        benefits: [
            "installs in minutes with a screwdriver", "resists rust in damp locations", "holds securely in wood and drywall",
            "drives without pre-drilling", "matches other hardware in the same finish", "keeps doors closing smoothly",
            "stands up to daily use", "keeps out intruders", "stays tight over time", "prevents wood from splitting",
            "adds a finishing touch to cabinets", "replaces existing hardware without new holes",
            "supports heavy loads", "opens and closes quietly", "protects against tampering",
        ],
        sentences: [
            "Check the package for the included quantity and screw sizes.",
            "The finish is designed to coordinate with other {brand} hardware.",
        ],
        categories: [
            CategorySpec(
                "Fasteners > Screws > Wood Screws", weight: 3, price: 9, sigma: 0.6,
                nouns: ["Wood Screws", "Flat Head Wood Screws", "Star Drive Wood Screws", "Phillips Wood Screws"],
                attributes: [screwSize, screwLength, screwFinish, countPack],
                uses: ["furniture assembly", "general woodworking", "building shelves and cabinets", "attaching trim"]
            ),
            CategorySpec(
                "Fasteners > Screws > Deck Screws", weight: 2, price: 29, sigma: 0.6,
                nouns: ["Deck Screws", "Exterior Deck Screws", "Composite Deck Screws", "Coated Deck Screws"],
                attributes: [screwSize, deckScrewLength, deckColor, deckCount],
                uses: ["building decks and docks", "fastening pressure-treated lumber", "fence building", "outdoor furniture"]
            ),
            CategorySpec(
                "Fasteners > Screws > Drywall Screws", weight: 1.5, price: 12, sigma: 0.5,
                nouns: ["Drywall Screws", "Coarse Thread Drywall Screws", "Fine Thread Drywall Screws"],
                attributes: [screwSize, screwLength, countPack],
                uses: ["hanging drywall on wood studs", "hanging drywall on metal studs", "attaching backer board"]
            ),
            CategorySpec(
                "Fasteners > Nails > Common Nails", weight: 1.5, price: 8, sigma: 0.6,
                nouns: ["Common Nails", "Bright Common Nails", "Hot-Dipped Galvanized Nails", "Finish Nails"],
                attributes: [nailSize, nailWeight],
                uses: ["framing", "general construction", "fencing", "carpentry repairs"]
            ),
            CategorySpec(
                "Fasteners > Anchors > Drywall Anchors", weight: 1.5, price: 7, sigma: 0.5,
                nouns: ["Drywall Anchors", "Self-Drilling Drywall Anchors", "Toggle Bolts", "Plastic Anchor Kit"],
                attributes: [anchorLoad, countPack],
                uses: ["hanging mirrors and shelves on drywall", "mounting TVs and curtain rods", "hanging pictures"]
            ),
            CategorySpec(
                "Fasteners > Bolts > Hex Bolts", weight: 1, price: 6, sigma: 0.6,
                nouns: ["Hex Bolts", "Carriage Bolts", "Lag Screws", "Hex Cap Screws"],
                attributes: [boltDiameter, boltLength, screwFinish, countPack],
                uses: ["fastening heavy timbers", "machinery assembly", "building play sets", "attaching ledger boards"]
            ),
            CategorySpec(
                "Door Hardware > Door Knobs > Entry Door Knobs", weight: 1.5, price: 32, sigma: 0.4,
                nouns: ["Entry Door Knob", "Keyed Entry Knob", "Entry Knob and Single Cylinder Deadbolt Combo Pack"],
                attributes: [knobStyle, .metalFinish],
                uses: ["front and back doors", "securing exterior doors", "garage entry doors"]
            ),
            CategorySpec(
                "Door Hardware > Door Knobs > Passage Door Knobs", weight: 1.5, price: 19, sigma: 0.4,
                nouns: ["Passage Door Knob", "Hall and Closet Knob", "Privacy Door Knob", "Bed and Bath Knob"],
                attributes: [knobStyle, .metalFinish, .packSize],
                uses: ["hallway and closet doors", "bedroom and bathroom doors", "interior door updates"]
            ),
            CategorySpec(
                "Door Hardware > Door Levers", weight: 1.5, price: 29, sigma: 0.45,
                nouns: ["Door Lever", "Passage Lever", "Privacy Lever", "Keyed Entry Lever"],
                attributes: [leverStyle, .metalFinish],
                uses: ["interior doors", "accessible door hardware", "updating a home's look"]
            ),
            CategorySpec(
                "Door Hardware > Deadbolts", weight: 1, price: 39, sigma: 0.4,
                nouns: ["Single Cylinder Deadbolt", "Double Cylinder Deadbolt", "Keyless Deadbolt"],
                attributes: [securityGrade, .metalFinish],
                uses: ["securing exterior doors", "adding a second lock to entry doors", "rental properties"]
            ),
            CategorySpec(
                "Door Hardware > Smart Locks", weight: 1, price: 179, sigma: 0.35,
                nouns: ["Smart Lock", "Wi-Fi Smart Deadbolt", "Keypad Smart Lock", "Fingerprint Smart Lock"],
                attributes: [connectivity, .metalFinish],
                uses: ["keyless entry", "letting guests in remotely", "short-term rentals", "checking who came home"]
            ),
            CategorySpec(
                "Door Hardware > Hinges > Door Hinges", weight: 1, price: 12, sigma: 0.5,
                nouns: ["Door Hinge", "Square Corner Door Hinge", "Radius Corner Door Hinge", "Spring Door Hinge"],
                attributes: [hingeSize, .metalFinish, .packSize],
                uses: ["replacing worn interior door hinges", "hanging new doors", "matching new door hardware"]
            ),
            CategorySpec(
                "Cabinet Hardware > Cabinet Pulls", weight: 2, price: 6, sigma: 0.7,
                nouns: ["Cabinet Pull", "Bar Pull", "Cup Pull", "Drawer Pull", "Arch Pull"],
                attributes: [pullCenter, .metalFinish, .packSize],
                uses: ["kitchen cabinet updates", "bathroom vanities", "dresser and furniture drawers"]
            ),
            CategorySpec(
                "Cabinet Hardware > Cabinet Knobs", weight: 1.5, price: 4, sigma: 0.6,
                nouns: ["Cabinet Knob", "Round Knob", "Square Knob", "Mushroom Knob"],
                attributes: [knobDiameter, .metalFinish, .packSize],
                uses: ["kitchen cabinet doors", "furniture refreshes", "bathroom vanity doors"]
            ),
            CategorySpec(
                "Cabinet Hardware > Drawer Slides", weight: 1, price: 16, sigma: 0.5,
                nouns: ["Drawer Slide", "Ball Bearing Drawer Slide", "Soft-Close Drawer Slide", "Undermount Drawer Slide"],
                attributes: [slideLength, slideRating],
                uses: ["building cabinet drawers", "replacing worn drawer runners", "workbench drawers"]
            ),
            CategorySpec(
                "Safety & Security > Padlocks", weight: 1, price: 15, sigma: 0.6,
                nouns: ["Padlock", "Laminated Steel Padlock", "Combination Padlock", "Weatherproof Padlock"],
                attributes: [shackleWidth, keying],
                uses: ["securing sheds and gates", "gym lockers", "toolboxes and trailers"]
            ),
            CategorySpec(
                "Mailboxes & Address > House Numbers", weight: 1, price: 9, sigma: 0.5,
                nouns: ["House Number", "Floating House Number", "Address Plaque"],
                attributes: [numberHeight, .metalFinish],
                uses: ["making an address visible from the street", "refreshing curb appeal"]
            ),
            CategorySpec(
                "Mailboxes & Address > Mailboxes", weight: 1, price: 49, sigma: 0.5,
                nouns: ["Post Mount Mailbox", "Wall Mount Mailbox", "Locking Mailbox", "Parcel Box"],
                attributes: [mailboxSize, .color],
                uses: ["receiving mail and small parcels", "replacing a rusted mailbox", "curbside installation"]
            ),
            CategorySpec(
                "Chain & Rope > Rope", weight: 1, price: 14, sigma: 0.6,
                nouns: ["Braided Rope", "Twisted Rope", "Paracord", "Utility Rope"],
                attributes: [ropeDiameter, ropeLength, ropeMaterial],
                uses: ["tying down loads", "camping and boating", "general utility tasks"]
            ),
        ]
    )

    private static let screwSize = AttributeSpec("size", ["#6|#6", "#8|#8", "#9|#9", "#10|#10", "#12|#12"], .beforeNoun, spread: 0.3)
    private static let screwLength = AttributeSpec("length", ["3/4 in.", "1 in.", "1-1/4 in.", "1-5/8 in.", "2 in.", "2-1/2 in.", "3 in."], .beforeNoun, spread: 0.6)
    private static let deckScrewLength = AttributeSpec("length", ["1-5/8 in.", "2 in.", "2-1/2 in.", "3 in.", "3-1/2 in."], .beforeNoun, spread: 0.5)
    private static let screwFinish = AttributeSpec("finish", ["Zinc-Plated", "Black Phosphate", "Yellow Zinc", "Stainless Steel", "Galvanized"], .inSuffix, spread: 0.8)
    private static let deckColor = AttributeSpec("color", ["Tan", "Gray", "Brown", "Red", "Green"], .inSuffix)
    private static let countPack = AttributeSpec("count", [
        "8-Pack", "25-Pack", "50-Pack", "100-Pack", "250-Pack", "1 lb. Box", "5 lb. Box",
    ], .parenthetical, spread: 5, popularFirst: true)
    private static let deckCount = AttributeSpec("count", ["1 lb. Box", "5 lb. Box", "10 lb. Box", "25 lb. Bucket"], .parenthetical, spread: 9)
    private static let nailSize = AttributeSpec("size", ["4d|4d", "6d|6d", "8d|8d", "10d|10d", "12d|12d", "16d|16d"], .beforeNoun, spread: 0.3)
    private static let nailWeight = AttributeSpec("weight", ["1 lb.", "5 lb.", "30 lb.", "50 lb."], .parenthetical, spread: 12)
    private static let anchorLoad = AttributeSpec("load_rating", ["10 lb.", "25 lb.", "50 lb.", "75 lb.", "100 lb."], .beforeNoun, spread: 0.8)
    private static let boltDiameter = AttributeSpec("diameter", ["1/4 in.", "5/16 in.", "3/8 in.", "1/2 in.", "5/8 in."], .beforeNoun, spread: 1.2)
    private static let boltLength = AttributeSpec("length", ["1 in.", "2 in.", "3 in.", "4 in.", "6 in.", "8 in."], .beforeNoun, spread: 1)
    private static let knobStyle = AttributeSpec("style", ["Ball|Ball", "Tulip|Tulip", "Round|Round", "Egg|Egg", "Square|Square"], .beforeNoun)
    private static let leverStyle = AttributeSpec("style", ["Straight|Straight", "Curved|Curved", "Wave|Wave", "Square|Square", "Round Rose|Round Rose"], .beforeNoun)
    private static let securityGrade = AttributeSpec("security_grade", ["Grade 3", "Grade 2", "Grade 1"], spread: 0.8)
    private static let connectivity = AttributeSpec("connectivity", ["Bluetooth", "Wi-Fi", "Z-Wave", "Zigbee", "Wi-Fi and Bluetooth"], spread: 0.3)
    private static let hingeSize = AttributeSpec("size", ["3 in.", "3-1/2 in.", "4 in.", "4-1/2 in."], .beforeNoun, spread: 0.4)
    private static let pullCenter = AttributeSpec("center_to_center", ["3 in.", "3-3/4 in.", "5-1/16 in.", "6-5/16 in.", "7-9/16 in.", "10-1/16 in.", "12 in."], .beforeNoun, spread: 1.2)
    private static let knobDiameter = AttributeSpec("diameter", ["1 in.", "1-1/8 in.", "1-1/4 in.", "1-3/8 in.", "1-1/2 in."], .beforeNoun, spread: 0.3)
    private static let slideLength = AttributeSpec("length", ["12 in.", "14 in.", "16 in.", "18 in.", "20 in.", "22 in."], .beforeNoun, spread: 0.5)
    private static let slideRating = AttributeSpec("load_rating", ["75 lb.", "100 lb.", "150 lb."], spread: 0.5)
    private static let shackleWidth = AttributeSpec("body_width", ["30 mm", "40 mm", "44 mm", "50 mm", "64 mm"], .beforeNoun, spread: 1.2)
    private static let keying = AttributeSpec("keying", ["Keyed Different", "Keyed Alike", "Combination", "Resettable Combination"])
    private static let numberHeight = AttributeSpec("height", ["4 in.", "5 in.", "6 in.", "8 in."], .beforeNoun, spread: 0.8)
    private static let mailboxSize = AttributeSpec("size", ["Standard", "Medium", "Large"], .beforeNoun, spread: 0.8)
    private static let ropeDiameter = AttributeSpec("diameter", ["1/8 in.", "1/4 in.", "3/8 in.", "1/2 in.", "5/8 in."], .beforeNoun, spread: 1.2)
    private static let ropeLength = AttributeSpec("length", ["25 ft.", "50 ft.", "100 ft.", "250 ft."], .beforeNoun, spread: 3)
    private static let ropeMaterial = AttributeSpec("material", ["Nylon", "Polypropylene", "Polyester", "Manila", "Cotton"], .beforeNoun)
}
