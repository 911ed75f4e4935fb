extension DepartmentSpec {
    static let tools = DepartmentSpec(
        name: "Tools",
        weight: 16,
        brands: [
            "Torvane", "Brackwell", "Ironvale", "Kestrom", "Halvard", "Dravik", "Ardent Forge",
            "Bellmont Tool", "Westrow", "Pellham", "Ruston & Hale", "Quarry Works",
        ] + BrandPool.tail(forDepartment: 0),
        series: ["Pro Series", "XT", "Max Torque", "Jobsite", "Compact Series", "Ultra", "HD", "Pro", "Elite", "FlexDrive"],
        adjectives: [
            "Heavy-Duty", "Compact", "Professional", "Lightweight", "High-Torque", "Variable-Speed",
            "Industrial", "Low-Profile", "Ergonomic", "Precision", "Rugged", "Contractor-Grade",
            "Versatile", "Powerful", "Portable", "Balanced", "Durable", "Fast-Cutting", "Reliable",
            "Shock-Resistant", "Jobsite-Ready", "Premium", "Dual-Speed", "Quick-Change", "Slim",
            "Magnetic", "Corrosion-Resistant", "High-Performance", "All-Purpose", "Everyday",
            "Full-Size", "Mid-Size", "Sub-Compact", "Multi-Purpose", "Pro-Grade",
        ],
        features: [
            "a brushless motor", "an LED work light", "a keyless chuck", "a two-speed gearbox",
            "an all-metal gear housing", "an overmolded rubber grip", "an electronic clutch",
            "a belt clip", "a battery fuel gauge", "a soft-start motor", "an electric brake",
            "a dust port", "tool-free blade changes", "a bevel stop", "a laser guide",
            "a magnetic bit holder", "a side handle", "a depth rod", "variable-speed trigger control",
            "a ratcheting chuck", "a spindle lock", "an anti-vibration handle",
            "a heat-treated steel body", "a cushion-grip handle", "a forged head",
            "a chrome vanadium construction", "a rust-resistant finish", "a quick-release lever",
            "an integrated storage case", "overload protection", "a compact head length",
            "a removable dust bag", "a rafter hook", "a 24-position clutch", "a soft carrying bag",
        ],
        benefits: [
            "drives screws faster with less fatigue", "stands up to daily jobsite use",
            "delivers more runtime per charge", "reduces vibration in the hand",
            "makes clean, accurate cuts", "fits into tight spaces", "keeps you working longer",
            "gives you precise control at low speed", "protects the motor from overheating",
            "helps prevent stripped screws", "keeps the work area visible", "resists drops and impacts",
            "finishes projects in less time", "holds up in cold and wet conditions",
            "changes accessories in seconds", "balances well for overhead work",
            "keeps dust out of the motor", "cuts through hardwood and metal with ease",
            "delivers consistent power under load", "stores neatly between jobs",
            "is easy to carry from job to job", "gives a secure grip even with gloves",
        ],
        sentences: [
            "Pros choose it for {use} because it {benefit}.",
            "The {adjective} body keeps weight down without giving up power.",
            "Use it with the right bits and blades for {use}.",
            "Always wear eye protection when operating power tools and accessories.",
            "The {noun} weighs less than comparable models, so it {benefit}.",
        ],
        categories: [
            CategorySpec(
                "Power Tools > Drills > Hammer Drills", weight: 3, price: 139, sigma: 0.4,
                nouns: ["Cordless Hammer Drill", "Hammer Drill", "Hammer Drill/Driver"],
                attributes: [.toolVoltage, .motor, chuckSize, .batteryCapacity, .color],
                extras: ["Kit with 2 Batteries and Charger|1.6", "Kit|1.4", "(Tool Only)|0.7", "with Hard Case|1.2"],
                uses: ["drilling into brick, block and concrete", "anchoring into masonry", "heavy drilling and driving",
                       "installing shelving on concrete walls", "drilling large holes in framing lumber"],
                sentences: cordlessSentences
            ),
            CategorySpec(
                "Power Tools > Drills > Drill Drivers", weight: 4, price: 99, sigma: 0.45,
                nouns: ["Cordless Drill/Driver", "Drill/Driver", "Compact Drill"],
                attributes: [.toolVoltage, .motor, chuckSize, .batteryCapacity, .color],
                extras: ["Kit with Battery and Charger|1.5", "Kit with 2 Batteries|1.6", "(Tool Only)|0.7", "with 50-Piece Bit Set|1.3"],
                uses: ["drilling and driving around the house", "assembling furniture", "hanging shelves and cabinets",
                       "driving wood screws", "drilling pilot holes", "installing hardware and hinges"],
                sentences: cordlessSentences
            ),
            CategorySpec(
                "Power Tools > Drills > Impact Drivers", weight: 3, price: 119, sigma: 0.4,
                nouns: ["Cordless Impact Driver", "Impact Driver", "1/4 in. Hex Impact Driver"],
                attributes: [.toolVoltage, .motor, .batteryCapacity, .color],
                extras: ["Kit|1.4", "(Tool Only)|0.7", "and Drill Combo Kit|2.0"],
                uses: ["driving long lag screws", "building decks and fences", "fastening into metal studs",
                       "driving structural screws", "removing stubborn fasteners"],
                sentences: cordlessSentences
            ),
            CategorySpec(
                "Power Tools > Saws > Circular Saws", weight: 2.5, price: 129, sigma: 0.45,
                nouns: ["Circular Saw", "Cordless Circular Saw", "Worm Drive Circular Saw", "Sidewinder Circular Saw"],
                attributes: [bladeDiameter, .motor, .amperage, .batteryCapacity],
                extras: ["with Blade|1.05", "Kit|1.4", "(Tool Only)|0.75", "with Carrying Bag|1.1"],
                uses: ["cutting plywood and framing lumber", "ripping sheet goods", "making bevel cuts in 2x lumber",
                       "cutting deck boards to length"],
                sentences: cordlessSentences
            ),
            CategorySpec(
                "Power Tools > Saws > Reciprocating Saws", weight: 2, price: 119, sigma: 0.45,
                nouns: ["Reciprocating Saw", "Cordless Reciprocating Saw", "One-Handed Reciprocating Saw"],
                attributes: [.toolVoltage, .motor, .amperage, .batteryCapacity],
                extras: ["Kit|1.4", "(Tool Only)|0.75", "with 6-Piece Blade Set|1.15"],
                uses: ["demolition and remodeling", "cutting pipe and conduit", "pruning branches", "cutting through nail-embedded wood"],
                sentences: cordlessSentences
            ),
            CategorySpec(
                "Power Tools > Saws > Miter Saws", weight: 1.5, price: 329, sigma: 0.5,
                nouns: ["Compound Miter Saw", "Sliding Compound Miter Saw", "Dual-Bevel Sliding Miter Saw"],
                attributes: [miterBladeDiameter, .amperage, .motor],
                extras: ["with Laser|1.1", "with Stand|1.4", "with Blade|1.05"],
                uses: ["cutting trim and crown molding", "making accurate crosscuts", "cutting baseboard and casing",
                       "framing and deck building"]
            ),
            CategorySpec(
                "Power Tools > Saws > Jig Saws", weight: 1.5, price: 89, sigma: 0.45,
                nouns: ["Jig Saw", "Cordless Jig Saw", "Orbital Jig Saw", "Barrel Grip Jig Saw"],
                attributes: [.toolVoltage, .amperage, .motor],
                extras: ["with Case|1.15", "Kit|1.4", "(Tool Only)|0.75"],
                uses: ["cutting curves in wood", "cutting openings in countertops", "scroll work and crafts", "cutting laminate and plastic"],
                sentences: cordlessSentences
            ),
            CategorySpec(
                "Power Tools > Saws > Table Saws", weight: 1, price: 499, sigma: 0.5,
                nouns: ["Jobsite Table Saw", "Portable Table Saw", "Contractor Table Saw"],
                attributes: [tableSawBladeDiameter, .amperage],
                extras: ["with Rolling Stand|1.3", "with Folding Stand|1.2"],
                uses: ["ripping long boards", "cutting sheet goods to width", "cabinet and furniture making", "cutting dadoes and rabbets"]
            ),
            CategorySpec(
                "Power Tools > Sanders > Random Orbital Sanders", weight: 1.5, price: 79, sigma: 0.45,
                nouns: ["Random Orbital Sander", "Cordless Orbital Sander", "5 in. Random Orbit Sander"],
                attributes: [.amperage, .toolVoltage],
                extras: ["with Dust Bag|1.05", "Kit with Sanding Discs|1.15"],
                uses: ["sanding furniture and cabinets", "smoothing wood before finishing", "removing old paint and varnish",
                       "preparing surfaces for stain"]
            ),
            CategorySpec(
                "Power Tools > Sanders > Detail Sanders", weight: 1, price: 59, sigma: 0.45,
                nouns: ["Detail Sander", "Mouse Detail Sander", "Corner Sander"],
                attributes: [.amperage, .color],
                extras: ["with 12 Sanding Sheets|1.1"],
                uses: ["sanding tight corners", "refinishing chairs and spindles", "detail sanding on trim"]
            ),
            CategorySpec(
                "Power Tools > Grinders > Angle Grinders", weight: 1.5, price: 99, sigma: 0.5,
                nouns: ["Angle Grinder", "Cordless Angle Grinder", "Paddle Switch Angle Grinder", "Slide Switch Angle Grinder"],
                attributes: [grinderDiameter, .toolVoltage, .amperage, .motor],
                extras: ["Kit|1.4", "(Tool Only)|0.75", "with Grinding Wheel|1.05"],
                uses: ["grinding welds", "cutting rebar and bolts", "removing rust and paint from metal", "cutting tile and stone"],
                sentences: cordlessSentences
            ),
            CategorySpec(
                "Power Tools > Routers", weight: 1, price: 179, sigma: 0.45,
                nouns: ["Fixed Base Router", "Plunge Router", "Compact Router", "Router Combo Kit"],
                attributes: [routerPower, collet],
                extras: ["with Edge Guide|1.1", "with Router Bit Set|1.2"],
                uses: ["cutting decorative edges", "routing dadoes and grooves", "trimming laminate", "making cabinet joinery"]
            ),
            CategorySpec(
                "Power Tools > Oscillating Multi-Tools", weight: 1.5, price: 99, sigma: 0.45,
                nouns: ["Oscillating Multi-Tool", "Cordless Oscillating Tool", "Multi-Tool"],
                attributes: [.toolVoltage, .motor, .batteryCapacity],
                extras: ["Kit with 30 Accessories|1.3", "(Tool Only)|0.75"],
                uses: ["flush cutting door jambs", "removing grout", "plunge cuts in drywall", "scraping old adhesive"],
                sentences: cordlessSentences
            ),
            CategorySpec(
                "Power Tools > Power Tool Combo Kits", weight: 2, price: 299, sigma: 0.5,
                nouns: ["Combo Kit", "Cordless Combo Kit", "Power Tool Combo Kit"],
                attributes: [.toolVoltage, toolCount, .motor, .batteryCapacity],
                extras: ["with 2 Batteries, Charger and Bag|1.1", "with Contractor Bag|1.05"],
                uses: ["outfitting a new workshop", "remodeling projects", "everyday jobsite work", "building out a tool collection"],
                sentences: cordlessSentences
            ),
            CategorySpec(
                "Hand Tools > Hammers > Claw Hammers", weight: 1.5, price: 24, sigma: 0.45,
                nouns: ["Claw Hammer", "Framing Hammer", "Rip Claw Hammer", "Curved Claw Hammer"],
                attributes: [hammerWeight, handleMaterial],
                extras: ["with Magnetic Nail Starter|1.1", "with Shock Reduction Grip|1.15"],
                uses: ["framing and general carpentry", "driving and pulling nails", "demolition work", "household repairs"],
                features: handToolFeatures, benefits: handToolBenefits
            ),
            CategorySpec(
                "Hand Tools > Screwdrivers > Screwdriver Sets", weight: 1.5, price: 29, sigma: 0.5,
                nouns: ["Screwdriver Set", "Precision Screwdriver Set", "Multi-Bit Screwdriver", "Ratcheting Screwdriver Set"],
                attributes: [pieceCount, tipType],
                extras: ["with Storage Case|1.15", "with Magnetic Tips|1.05"],
                uses: ["electronics and eyeglass repair", "assembling furniture", "electrical work", "everyday household fixes"],
                features: handToolFeatures, benefits: handToolBenefits
            ),
            CategorySpec(
                "Hand Tools > Wrenches > Adjustable Wrenches", weight: 1, price: 19, sigma: 0.45,
                nouns: ["Adjustable Wrench", "Wide Jaw Adjustable Wrench", "Cushion Grip Adjustable Wrench"],
                attributes: [wrenchLength, .metalMaterial],
                uses: ["plumbing repairs", "tightening nuts and bolts", "bike and equipment maintenance"],
                features: handToolFeatures, benefits: handToolBenefits
            ),
            CategorySpec(
                "Hand Tools > Wrenches > Combination Wrench Sets", weight: 1, price: 59, sigma: 0.5,
                nouns: ["Combination Wrench Set", "Ratcheting Wrench Set", "SAE Wrench Set", "Metric Wrench Set"],
                attributes: [pieceCount, measurementSystem],
                extras: ["with Roll-Up Pouch|1.1", "with Rack|1.05"],
                uses: ["automotive repair", "machinery maintenance", "working on bolts in tight spaces"],
                features: handToolFeatures, benefits: handToolBenefits
            ),
            CategorySpec(
                "Hand Tools > Pliers > Locking Pliers", weight: 1, price: 18, sigma: 0.4,
                nouns: ["Locking Pliers", "Curved Jaw Locking Pliers", "Long Nose Locking Pliers"],
                attributes: [wrenchLength],
                uses: ["clamping and holding work", "removing stripped screws", "gripping round stock"],
                features: handToolFeatures, benefits: handToolBenefits
            ),
            CategorySpec(
                "Hand Tools > Pliers > Plier Sets", weight: 1, price: 39, sigma: 0.45,
                nouns: ["Plier Set", "Tongue and Groove Plier Set", "Mini Plier Set"],
                attributes: [pieceCount],
                extras: ["with Pouch|1.1"],
                uses: ["gripping, bending and cutting wire", "plumbing jobs", "crafts and jewelry making"],
                features: handToolFeatures, benefits: handToolBenefits
            ),
            CategorySpec(
                "Hand Tools > Measuring Tools > Tape Measures", weight: 2, price: 16, sigma: 0.5,
                nouns: ["Tape Measure", "Magnetic Tape Measure", "Auto-Lock Tape Measure"],
                attributes: [tapeLength, .color],
                extras: ["with Belt Clip|1.0", "(2-Pack)|1.8"],
                uses: ["measuring rooms and openings", "layout and framing", "marking cut lines", "measuring long spans alone"],
                features: handToolFeatures, benefits: handToolBenefits
            ),
            CategorySpec(
                "Hand Tools > Measuring Tools > Levels", weight: 1, price: 29, sigma: 0.55,
                nouns: ["Box Beam Level", "Torpedo Level", "I-Beam Level", "Magnetic Level"],
                attributes: [levelLength, levelMaterial],
                uses: ["hanging pictures and shelves straight", "setting posts plumb", "installing cabinets", "checking framing"],
                features: handToolFeatures, benefits: handToolBenefits
            ),
            CategorySpec(
                "Hand Tools > Measuring Tools > Laser Levels", weight: 1, price: 119, sigma: 0.6,
                nouns: ["Cross Line Laser Level", "Self-Leveling Laser", "Rotary Laser Level", "Green Beam Laser Level"],
                attributes: [laserRange],
                extras: ["with Tripod|1.25", "with Magnetic Mount|1.05"],
                uses: ["installing tile and backsplash", "laying out walls", "hanging cabinets in a line", "drop ceiling installation"],
                features: handToolFeatures, benefits: handToolBenefits
            ),
            CategorySpec(
                "Hand Tools > Utility Knives", weight: 1.5, price: 14, sigma: 0.45,
                nouns: ["Utility Knife", "Folding Utility Knife", "Retractable Utility Knife", "Snap-Off Knife"],
                attributes: [.color],
                extras: ["with 10 Blades|1.2", "(2-Pack)|1.7"],
                uses: ["cutting drywall and carpet", "opening boxes", "scoring and trimming", "cutting roofing shingles"],
                features: handToolFeatures, benefits: handToolBenefits
            ),
            CategorySpec(
                "Hand Tools > Socket Sets", weight: 1.5, price: 69, sigma: 0.6,
                nouns: ["Mechanics Tool Set", "Socket Set", "Drive Socket Set", "Impact Socket Set"],
                attributes: [pieceCount, driveSize, measurementSystem],
                extras: ["with Case|1.1", "with 3 Drawer Box|1.5"],
                uses: ["automotive work", "home and garage repairs", "lawn equipment maintenance"],
                features: handToolFeatures, benefits: handToolBenefits
            ),
            CategorySpec(
                "Air Compressors & Air Tools > Air Compressors", weight: 1.5, price: 199, sigma: 0.6,
                nouns: ["Pancake Air Compressor", "Hot Dog Air Compressor", "Portable Air Compressor", "Quiet Air Compressor"],
                attributes: [tankSize, maxPressure],
                extras: ["with 13-Piece Accessory Kit|1.15", "with Hose|1.08"],
                uses: ["running brad and finish nailers", "inflating tires and sports equipment", "powering air tools", "trim carpentry"]
            ),
            CategorySpec(
                "Air Compressors & Air Tools > Nailers > Brad Nailers", weight: 1, price: 119, sigma: 0.45,
                nouns: ["Brad Nailer", "Cordless Brad Nailer", "Pneumatic Brad Nailer"],
                attributes: [nailGauge, .toolVoltage],
                extras: ["Kit|1.4", "(Tool Only)|0.75", "with Case|1.1"],
                uses: ["installing trim and molding", "building cabinets", "attaching paneling", "craft projects"],
                sentences: cordlessSentences
            ),
            CategorySpec(
                "Air Compressors & Air Tools > Nailers > Framing Nailers", weight: 1, price: 259, sigma: 0.4,
                nouns: ["Framing Nailer", "Cordless Framing Nailer", "Clipped Head Framing Nailer"],
                attributes: [framingAngle, .toolVoltage],
                extras: ["Kit|1.3", "(Tool Only)|0.8"],
                uses: ["wall framing", "sheathing and subfloors", "building decks", "fencing"],
                sentences: cordlessSentences
            ),
            CategorySpec(
                "Shop Vacuums > Wet Dry Vacuums", weight: 1.5, price: 99, sigma: 0.55,
                nouns: ["Wet/Dry Shop Vacuum", "Wet/Dry Vac", "Portable Wet/Dry Vacuum", "Stainless Steel Wet/Dry Vac"],
                attributes: [vacCapacity, peakHorsepower],
                extras: ["with Filter, Hose and Accessories|1.1", "with Detachable Blower|1.2"],
                uses: ["cleaning up sawdust and debris", "sucking up water from flooded basements", "garage and car cleaning", "jobsite cleanup"]
            ),
            CategorySpec(
                "Batteries & Chargers > Power Tool Batteries", weight: 1.5, price: 89, sigma: 0.4,
                nouns: ["Lithium-Ion Battery", "High Capacity Battery Pack", "Battery and Charger Starter Kit", "Compact Battery Pack"],
                attributes: [.toolVoltage, .batteryCapacity],
                extras: ["(2-Pack)|1.8", "with Rapid Charger|1.3"],
                uses: ["keeping cordless tools running all day", "replacing a worn battery", "extending runtime on the jobsite"],
                sentences: cordlessSentences
            ),
            CategorySpec(
                "Safety Equipment > Safety Glasses", weight: 1, price: 9, sigma: 0.5,
                nouns: ["Safety Glasses", "Anti-Fog Safety Glasses", "Over-the-Glass Safety Glasses"],
                attributes: [lensTint, .packSize],
                uses: ["eye protection while cutting and grinding", "shop and jobsite work", "yard work"],
                features: safetyFeatures, benefits: safetyBenefits
            ),
            CategorySpec(
                "Safety Equipment > Work Gloves", weight: 1.5, price: 14, sigma: 0.5,
                nouns: ["Work Gloves", "Leather Work Gloves", "Cut-Resistant Gloves", "Nitrile Coated Gloves"],
                attributes: [gloveSize, .packSize],
                uses: ["material handling", "demolition and construction", "landscaping and gardening", "winter jobsite work"],
                features: safetyFeatures, benefits: safetyBenefits
            ),
        ]
    )

    private static let cordlessSentences: [String] = [
        "It runs on the {brand} battery platform, so batteries and chargers can be shared across tools.",
        "Batteries and chargers from the same {brand} platform fit this {noun}.",
    ]
    private static let handToolFeatures: [String] = [
        "a forged steel head", "a cushion-grip handle", "a chrome vanadium construction",
        "a rust-resistant finish", "a magnetic tip", "laser-etched markings", "a hang hole for storage",
        "a nylon belt clip", "an anti-slip grip", "a heat-treated body", "a quick-adjust mechanism",
        "a hardened steel blade", "a shock-absorbing core", "a slim profile", "a locking mechanism",
        "a durable storage case", "a polished chrome finish", "a tether-ready handle",
    ]
    private static let handToolBenefits: [String] = [
        "holds its edge through heavy use", "feels comfortable in the hand all day",
        "resists rust and corrosion", "reaches into tight spaces", "stays where you put it",
        "gives you accurate results every time", "stands up to years of use",
        "makes it easy to find the right size", "keeps your tool bag organized",
    ]
    private static let safetyFeatures: [String] = [
        "an anti-fog coating", "a scratch-resistant lens", "wraparound protection",
        "a breathable knit back", "reinforced fingertips", "a touchscreen-compatible fingertip",
        "an adjustable wrist strap", "padded nose pieces", "a cut-resistant liner",
        "a high-visibility color", "ANSI Z87.1 rated lenses", "a lightweight frame",
    ]
    private static let safetyBenefits: [String] = [
        "stays comfortable through a full shift", "protects against impact and debris",
        "keeps hands dry and protected", "improves grip on wet and oily materials",
        "fits comfortably over prescription glasses", "holds up to repeated washing",
    ]
    private static let chuckSize = AttributeSpec("chuck_size", ["3/8 in.", "1/2 in."], .beforeNoun, spread: 0.2)
    private static let bladeDiameter = AttributeSpec("blade_diameter", ["5-1/2 in.", "6-1/2 in.", "7-1/4 in."], .beforeNoun, spread: 0.25)
    private static let miterBladeDiameter = AttributeSpec("blade_diameter", ["7-1/4 in.", "8-1/2 in.", "10 in.", "12 in."], .beforeNoun, spread: 0.8)
    private static let tableSawBladeDiameter = AttributeSpec("blade_diameter", ["8-1/4 in.", "10 in."], .beforeNoun, spread: 0.4)
    private static let grinderDiameter = AttributeSpec("wheel_diameter", ["4-1/2 in.", "5 in.", "6 in.", "7 in."], .beforeNoun, spread: 0.5)
    private static let routerPower = AttributeSpec("horsepower", ["1.25 HP|1-1/4 HP", "2 HP", "2.25 HP|2-1/4 HP", "3.25 HP|3-1/4 HP"], .beforeNoun, spread: 0.9)
    private static let collet = AttributeSpec("collet_size", ["1/4 in.", "1/2 in."])
    private static let toolCount = AttributeSpec("tool_count", ["2-Tool", "3-Tool", "4-Tool", "5-Tool", "6-Tool"], .beforeNoun, spread: 2)
    private static let hammerWeight = AttributeSpec("head_weight", ["12 oz.", "16 oz.", "20 oz.", "22 oz.", "28 oz."], .beforeNoun, spread: 0.5)
    private static let handleMaterial = AttributeSpec("handle_material", ["Fiberglass", "Hickory", "Steel", "Titanium"], spread: 2)
    private static let pieceCount = AttributeSpec("piece_count", [
        "6-Piece", "8-Piece", "10-Piece", "12-Piece", "20-Piece", "32-Piece", "46-Piece", "72-Piece", "120-Piece", "200-Piece",
    ], .beforeNoun, spread: 4)
    private static let tipType = AttributeSpec("tip_type", ["Phillips and Slotted", "Torx", "Hex", "Square", "Mixed"])
    private static let wrenchLength = AttributeSpec("length", ["6 in.", "8 in.", "10 in.", "12 in.", "15 in."], .beforeNoun, spread: 0.7)
    private static let measurementSystem = AttributeSpec("measurement_system", ["SAE|SAE", "Metric|Metric", "SAE and Metric|SAE/Metric"], .beforeNoun, spread: 0.4)
    private static let tapeLength = AttributeSpec("length", ["12 ft.", "16 ft.", "25 ft.", "30 ft.", "35 ft."], .beforeNoun, spread: 0.8, popularFirst: true)
    private static let levelLength = AttributeSpec("length", ["9 in.", "24 in.", "48 in.", "72 in.", "78 in."], .beforeNoun, spread: 2)
    private static let levelMaterial = AttributeSpec("material", ["Plastic", "Aluminum", "Magnesium"], spread: 0.6)
    private static let laserRange = AttributeSpec("range", ["30 ft.", "50 ft.", "65 ft.", "100 ft.", "165 ft."], .beforeNoun, spread: 1.5)
    private static let driveSize = AttributeSpec("drive_size", ["1/4 in. Drive", "3/8 in. Drive", "1/2 in. Drive"], .beforeNoun, spread: 0.4)
    private static let tankSize = AttributeSpec("tank_size", ["2 gal.", "6 gal.", "8 gal.", "10 gal.", "20 gal.", "30 gal.", "60 gal."], .beforeNoun, spread: 4, popularFirst: true)
    private static let maxPressure = AttributeSpec("max_pressure", ["100 PSI", "125 PSI", "135 PSI", "150 PSI", "175 PSI"], spread: 0.3)
    private static let nailGauge = AttributeSpec("gauge", ["18-Gauge", "16-Gauge", "15-Gauge", "23-Gauge"], .beforeNoun, spread: 0.3)
    private static let framingAngle = AttributeSpec("angle", ["21-Degree|21°", "28-Degree|28°", "30-Degree|30°"], .beforeNoun)
    private static let vacCapacity = AttributeSpec("capacity", ["2.5 gal.", "4 gal.", "6 gal.", "9 gal.", "12 gal.", "16 gal."], .beforeNoun, spread: 1.8)
    private static let peakHorsepower = AttributeSpec("peak_horsepower", ["2.5 HP", "3.5 HP", "4.5 HP", "5.0 HP", "6.0 HP", "6.5 HP"], .beforeNoun, spread: 0.8)
    private static let lensTint = AttributeSpec("lens_tint", ["Clear", "Smoke", "Amber", "Indoor/Outdoor Mirror", "Blue Mirror"], .inSuffix)
    private static let gloveSize = AttributeSpec("size", ["Small", "Medium", "Large", "X-Large", "2X-Large"], popularFirst: false)
}
