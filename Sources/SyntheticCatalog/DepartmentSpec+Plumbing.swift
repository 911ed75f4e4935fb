extension DepartmentSpec {
    static let plumbing = DepartmentSpec(
        name: "Plumbing",
        weight: 9,
        brands: [
            "Aquaverne", "Brookhollow", "Flowmont", "Cascadia Bath", "Tidemark", "Rivergate",
            "Pureline Plumbing", "Clearspring", "Hydrell", "Wellsbury", "Fontaine & Stone", "Drainmaster Pro",
        ] + BrandPool.tail(forDepartment: 3),
        series: ["Avalon", "Kinsley", "Harbourview", "Elmstead", "Serenity", "Arden", "Lyndale", "Mercer", "Tribeca Collection", "Brookline"],
        adjectives: [
            "Single-Handle", "Double-Handle", "Touchless", "Pull-Down", "Pull-Out", "High-Arc", "Low-Flow",
            "High-Efficiency", "Elongated", "Round", "Comfort Height", "Dual-Flush", "WaterSense",
            "Modern", "Traditional", "Transitional", "Farmhouse", "Contemporary", "Rainfall", "Handheld",
            "Adjustable", "Anti-Scald", "Quick-Connect", "Lead-Free", "Commercial-Style", "Space-Saving",
            "Wall-Mount", "Deck-Mount", "Centerset", "Widespread", "Compact", "Quiet",
        ],
        features: [
            "ceramic disc valves", "a spot-resistant finish", "a magnetic docking spray head",
            "a 360-degree swivel spout", "an integrated water filter", "a pop-up drain assembly",
            "a 1.2 GPM aerator", "a 1.28 GPF flushing system", "a dual-flush button", "a slow-close seat",
            "an easy-clean glaze", "a concealed trapway", "rub-clean spray nozzles",
            "five spray settings", "a 5 ft. stainless steel hose", "a pressure-balance valve",
            "a self-cleaning burner", "a glass-lined tank", "an electronic ignition", "a brass valve body",
            "push-to-connect fittings", "a corrosion-resistant anode rod", "a vertical float switch",
            "a 1/2 HP motor", "a cast iron impeller", "a sound-insulated grinding chamber",
            "a braided supply line", "a quick-install mounting system", "a lifetime leak-free cartridge",
        ],
        benefits: [
            "saves water without sacrificing pressure", "wipes clean easily", "resists water spots and fingerprints",
            "installs without special tools", "prevents sudden temperature changes", "flushes powerfully in one go",
            "keeps the bathroom looking new", "delivers hot water on demand", "lowers energy bills",
            "keeps the basement dry", "removes chlorine taste and odor", "clears clogs without chemicals",
            "fits standard plumbing connections", "reaches every corner of the sink", "closes quietly every time",
        ],
        sentences: [
            "All mounting hardware and supply lines needed for a standard installation are included.",
            "It meets low-lead requirements for drinking water.",
            "Pair it with matching {brand} bath accessories for a coordinated look.",
        ],
        categories: [
            CategorySpec(
                "Bathroom Faucets > Single Hole Bathroom Faucets", weight: 2, price: 89, sigma: 0.5,
                nouns: ["Single Hole Bathroom Faucet", "Single-Handle Bathroom Faucet", "Vessel Sink Faucet"],
                attributes: [.metalFinish, flowRate],
                extras: ["with Drain Assembly|1.1", "with Deck Plate|1.05"],
                uses: ["small bathroom vanities", "powder rooms", "vessel sinks", "quick bathroom updates"]
            ),
            CategorySpec(
                "Bathroom Faucets > Widespread Bathroom Faucets", weight: 1.5, price: 139, sigma: 0.5,
                nouns: ["Widespread Bathroom Faucet", "8 in. Widespread Faucet", "2-Handle Bathroom Faucet"],
                attributes: [.metalFinish, flowRate],
                extras: ["with Pop-Up Drain|1.1"],
                uses: ["master bath vanities", "three-hole sink installations", "traditional bathrooms"]
            ),
            CategorySpec(
                "Kitchen Faucets > Pull-Down Kitchen Faucets", weight: 2, price: 179, sigma: 0.5,
                nouns: ["Pull-Down Kitchen Faucet", "Single-Handle Pull-Down Faucet", "Touchless Pull-Down Kitchen Faucet"],
                attributes: [.metalFinish, sprayModes],
                extras: ["with Soap Dispenser|1.1", "with Deck Plate|1.03"],
                uses: ["filling tall pots", "rinsing dishes and produce", "kitchen remodels", "busy family kitchens"]
            ),
            CategorySpec(
                "Toilets > Two-Piece Toilets", weight: 1.5, price: 229, sigma: 0.4,
                nouns: ["Two-Piece Toilet", "Elongated Two-Piece Toilet", "Round Two-Piece Toilet", "Comfort Height Toilet"],
                attributes: [flushRate, roughIn, toiletColor],
                extras: ["with Seat|1.1", "with Slow-Close Seat|1.15"],
                uses: ["bathroom remodels", "replacing an old high-flow toilet", "guest bathrooms", "rental properties"]
            ),
            CategorySpec(
                "Toilets > One-Piece Toilets", weight: 1, price: 399, sigma: 0.4,
                nouns: ["One-Piece Toilet", "Elongated One-Piece Toilet", "Skirted One-Piece Toilet"],
                attributes: [flushRate, roughIn, toiletColor],
                extras: ["with Slow-Close Seat|1.1"],
                uses: ["modern bathroom designs", "easy-to-clean installations", "master bathrooms"]
            ),
            CategorySpec(
                "Toilets > Toilet Seats", weight: 1, price: 34, sigma: 0.5,
                nouns: ["Toilet Seat", "Slow-Close Toilet Seat", "Elongated Toilet Seat", "Round Toilet Seat"],
                attributes: [seatMaterial, toiletColor],
                uses: ["replacing a worn seat", "quieting a slamming lid", "updating a bathroom cheaply"]
            ),
            CategorySpec(
                "Shower Heads > Fixed Shower Heads", weight: 1.5, price: 49, sigma: 0.6,
                nouns: ["Fixed Shower Head", "Rain Shower Head", "High-Pressure Shower Head"],
                attributes: [showerDiameter, .metalFinish, flowRate],
                uses: ["upgrading a daily shower", "low water pressure homes", "spa-style bathrooms"]
            ),
            CategorySpec(
                "Shower Heads > Handheld Shower Heads", weight: 1.5, price: 59, sigma: 0.5,
                nouns: ["Handheld Shower Head", "Dual Shower Head", "Handheld Shower with Hose"],
                attributes: [sprayModes, .metalFinish],
                uses: ["bathing kids and pets", "cleaning the shower walls", "accessible bathrooms"]
            ),
            CategorySpec(
                "Water Heaters > Tank Water Heaters", weight: 1, price: 749, sigma: 0.35,
                nouns: ["Gas Tank Water Heater", "Electric Tank Water Heater", "Short Gas Water Heater", "Tall Electric Water Heater"],
                attributes: [tankCapacity, heaterWarranty],
                uses: ["whole-house hot water", "replacing a failed water heater", "basement and garage installs"]
            ),
            CategorySpec(
                "Water Heaters > Tankless Water Heaters", weight: 0.8, price: 899, sigma: 0.45,
                nouns: ["Tankless Water Heater", "Indoor Tankless Gas Water Heater", "Electric Tankless Water Heater"],
                attributes: [gpm],
                uses: ["endless hot water", "saving space in utility rooms", "large families"]
            ),
            CategorySpec(
                "Water Filtration > Under Sink Water Filters", weight: 1, price: 129, sigma: 0.6,
                nouns: ["Under Sink Water Filter", "Reverse Osmosis System", "Under Sink Filtration System"],
                attributes: [filterStages],
                extras: ["with Dedicated Faucet|1.15"],
                uses: ["cleaner drinking water", "removing lead and chlorine", "better-tasting coffee and ice"]
            ),
            CategorySpec(
                "Pipe & Fittings > PEX Pipe", weight: 1, price: 39, sigma: 0.7,
                nouns: ["PEX-B Pipe", "PEX-A Pipe", "Non-Barrier PEX Tubing"],
                attributes: [pipeSize, pipeLength, pexColor],
                uses: ["repiping a house", "running new supply lines", "radiant heating"]
            ),
            CategorySpec(
                "Pipe & Fittings > Push-to-Connect Fittings", weight: 1, price: 9, sigma: 0.5,
                nouns: ["Push-to-Connect Coupling", "Push-to-Connect Elbow", "Push-to-Connect Tee", "Push-to-Connect Shut-Off Valve"],
                attributes: [pipeSize],
                uses: ["quick pipe repairs without soldering", "joining copper to PEX", "emergency leak fixes"]
            ),
            CategorySpec(
                "Pumps > Sump Pumps", weight: 0.8, price: 169, sigma: 0.45,
                nouns: ["Submersible Sump Pump", "Pedestal Sump Pump", "Sump Pump with Vertical Switch"],
                attributes: [pumpHorsepower, pumpMaterial],
                uses: ["keeping basements dry", "removing groundwater", "flood prevention"]
            ),
            CategorySpec(
                "Kitchen Plumbing > Garbage Disposals", weight: 0.8, price: 149, sigma: 0.45,
                nouns: ["Garbage Disposal", "Continuous Feed Garbage Disposal", "Batch Feed Disposal"],
                attributes: [pumpHorsepower],
                extras: ["with Power Cord|1.05"],
                uses: ["cutting food waste down the drain", "busy kitchens", "replacing a jammed disposal"]
            ),
            CategorySpec(
                "Drain Cleaning > Drain Snakes", weight: 0.8, price: 24, sigma: 0.7,
                nouns: ["Drain Snake", "Drum Auger", "Toilet Auger", "Drain Cleaning Tool"],
                attributes: [snakeLength],
                uses: ["clearing sink and tub clogs", "removing hair from drains", "unclogging toilets"]
            ),
        ]
    )

    private static let flowRate = AttributeSpec("flow_rate", ["1.2 GPM", "1.5 GPM", "1.75 GPM", "1.8 GPM", "2.5 GPM"])
    private static let sprayModes = AttributeSpec("spray_settings", ["2-Spray|2-Spray", "3-Spray|3-Spray", "5-Spray|5-Spray", "7-Spray|7-Spray"], .beforeNoun, spread: 0.4)
    private static let flushRate = AttributeSpec("flush_rate", ["0.8 GPF", "1.0 GPF", "1.1 GPF", "1.28 GPF", "1.6 GPF", "1.1/1.6 GPF Dual Flush|Dual Flush"], .beforeNoun, spread: 0.3)
    private static let roughIn = AttributeSpec("rough_in", ["10 in.", "12 in.", "14 in."])
    private static let toiletColor = AttributeSpec("color", ["White", "Biscuit", "Black", "Bone"], .inSuffix, spread: 0.2, popularFirst: true)
    private static let seatMaterial = AttributeSpec("material", ["Plastic", "Enameled Wood", "Molded Wood", "Polypropylene"], spread: 0.5)
    private static let showerDiameter = AttributeSpec("face_diameter", ["4 in.", "6 in.", "8 in.", "10 in.", "12 in."], .beforeNoun, spread: 1.5)
    private static let tankCapacity = AttributeSpec("capacity", ["30 gal.", "40 gal.", "50 gal.", "65 gal.", "75 gal."], .beforeNoun, spread: 0.9, popularFirst: true)
    private static let heaterWarranty = AttributeSpec("warranty", ["6 Years", "9 Years", "12 Years"], spread: 0.3)
    private static let gpm = AttributeSpec("max_flow", ["5.0 GPM", "6.6 GPM", "8.0 GPM", "9.8 GPM", "11 GPM"], .beforeNoun, spread: 0.9)
    private static let filterStages = AttributeSpec("stages", ["1-Stage", "2-Stage", "3-Stage", "5-Stage", "7-Stage"], .beforeNoun, spread: 2)
    private static let pipeSize = AttributeSpec("diameter", ["1/4 in.", "3/8 in.", "1/2 in.", "3/4 in.", "1 in."], .beforeNoun, spread: 1.5, popularFirst: true)
    private static let pipeLength = AttributeSpec("length", ["10 ft.", "20 ft.", "100 ft.", "300 ft.", "500 ft."], .beforeNoun, spread: 6)
    private static let pexColor = AttributeSpec("color", ["Red", "Blue", "White"], .inSuffix)
    private static let pumpHorsepower = AttributeSpec("horsepower", ["1/3 HP", "1/2 HP", "3/4 HP", "1 HP"], .beforeNoun, spread: 0.9)
    private static let pumpMaterial = AttributeSpec("material", ["Thermoplastic", "Cast Iron", "Stainless Steel"], spread: 0.6)
    private static let snakeLength = AttributeSpec("length", ["3 ft.", "6 ft.", "15 ft.", "25 ft.", "50 ft."], .beforeNoun, spread: 3)
}
