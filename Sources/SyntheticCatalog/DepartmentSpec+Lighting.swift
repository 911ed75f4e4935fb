extension DepartmentSpec {
    static let lighting = DepartmentSpec(
        name: "Lighting",
        weight: 9,
        brands: [
            "Lumenhall", "Brightwell", "Glowmere", "Candella", "Beaconfield Lighting", "Lanternly",
            "Halostone", "Aurelio Lighting", "Dawnridge", "Luxmoor", "Sconceworks", "Starling & Lamp",
        ] + BrandPool.tail(forDepartment: 8),
        series: ["Carrington", "Ashford", "Lindley", "Marlowe", "Bellamy", "Harlow", "Everett", "Solis", "Aria", "Kensington"],
        adjectives: [
            "Integrated LED", "Dimmable", "Modern", "Farmhouse", "Industrial", "Mid-Century", "Coastal",
            "Transitional", "Traditional", "Contemporary", "Rustic", "Glam", "Minimalist", "Vintage",
            "Low-Profile", "Flush Mount", "Semi-Flush", "Oversized", "Mini", "Adjustable", "Motion-Activated",
            "Dusk-to-Dawn", "Solar-Powered", "Weather-Resistant", "Wet-Rated", "Energy-Efficient", "Smart",
            "Color-Changing", "Ultra-Thin", "Canless", "Linear", "Globe", "Drum", "Lantern-Style",
        ],
        features: [
            "an integrated LED light source", "a frosted glass shade", "a seeded glass globe",
            "a fabric drum shade", "a reversible motor", "a 6-speed DC motor", "a remote control",
            "a pull chain", "selectable color temperature", "a 50,000-hour LED life", "a dimmable driver",
            "a downrod for sloped ceilings", "a wet-rated housing", "a photocell sensor", "a motion sensor",
            "a solar panel", "a die-cast aluminum body", "a hand-applied finish", "an adjustable chain",
            "a 3-way switch", "a USB port in the base", "a linen shade", "a swing-arm design",
            "a magnetic mounting plate", "a plug-in cord and switch", "a canless slim design",
            "a weighted base", "an IP65 rating", "a high CRI output", "a glare-reducing lens",
        ],
        benefits: [
            "brightens the whole room", "keeps rooms comfortable year-round", "cuts energy costs",
            "installs on standard junction boxes", "sets a warm, inviting mood", "lights up dark corners",
            "turns on automatically at dusk", "deters intruders", "never needs bulb changes",
            "adds character to entryways", "moves air quietly", "fits low ceilings",
            "complements both modern and classic decor", "stands up to rain and snow",
        ],
        sentences: [
            "Compatible with most standard dimmers; check the dimmer list before installation.",
            "Coordinate it with other {brand} fixtures for a finished look throughout the home.",
            "Suitable for damp locations such as covered porches and bathrooms.",
        ],
        categories: [
            CategorySpec(
                "Ceiling Fans > Indoor Ceiling Fans", weight: 2, price: 189, sigma: 0.5,
                nouns: ["Indoor Ceiling Fan", "LED Ceiling Fan", "Low Profile Ceiling Fan", "Smart Ceiling Fan"],
                attributes: [fanSize, .metalFinish],
                extras: ["with Light Kit|1.15", "with Light and Remote|1.25", "with Remote Control|1.1"],
                uses: ["bedrooms and living rooms", "cooling large great rooms", "year-round air circulation"]
            ),
            CategorySpec(
                "Ceiling Fans > Outdoor Ceiling Fans", weight: 1, price: 219, sigma: 0.45,
                nouns: ["Outdoor Ceiling Fan", "Wet Rated Ceiling Fan", "Damp Rated Patio Fan"],
                attributes: [fanSize, .metalFinish],
                extras: ["with Light Kit|1.15", "with Remote Control|1.1"],
                uses: ["covered porches and patios", "gazebos and pergolas", "sunrooms"]
            ),
            CategorySpec(
                "Ceiling Lights > Flush Mount Lights", weight: 1.5, price: 59, sigma: 0.6,
                nouns: ["Flush Mount Light", "LED Flush Mount", "Semi-Flush Mount Light", "Drum Flush Mount"],
                attributes: [fixtureWidth, lightCount, .metalFinish],
                uses: ["hallways and bedrooms", "low ceilings", "closets and laundry rooms"]
            ),
            CategorySpec(
                "Ceiling Lights > Chandeliers", weight: 1, price: 299, sigma: 0.6,
                nouns: ["Chandelier", "Candle-Style Chandelier", "Crystal Chandelier", "Wagon Wheel Chandelier", "Linear Chandelier"],
                attributes: [lightCount, .metalFinish],
                uses: ["dining rooms", "two-story foyers", "statement lighting over tables"]
            ),
            CategorySpec(
                "Ceiling Lights > Pendant Lights", weight: 1.5, price: 89, sigma: 0.6,
                nouns: ["Pendant Light", "Mini Pendant", "Island Pendant", "Globe Pendant Light"],
                attributes: [lightCount, .metalFinish],
                uses: ["lighting kitchen islands", "breakfast nooks", "entryway accents"]
            ),
            CategorySpec(
                "Recessed Lighting > LED Recessed Lights", weight: 1.5, price: 29, sigma: 0.6,
                nouns: ["Canless LED Recessed Light", "LED Recessed Retrofit Kit", "Wafer Light", "Gimbal Recessed Light"],
                attributes: [recessedSize, colorTemperature, .packSize],
                uses: ["kitchen and living room ceilings", "replacing old can lights", "basement finishing"]
            ),
            CategorySpec(
                "Light Bulbs > LED Bulbs > A19 LED Bulbs", weight: 2, price: 8, sigma: 0.5,
                nouns: ["A19 LED Light Bulb", "LED Light Bulb", "Dimmable LED Bulb", "Smart LED Bulb"],
                attributes: [equivalentWattage, colorTemperature, .packSize],
                uses: ["table and floor lamps", "ceiling fixtures", "replacing incandescent bulbs"]
            ),
            CategorySpec(
                "Light Bulbs > LED Bulbs > BR30 Flood Bulbs", weight: 1, price: 10, sigma: 0.5,
                nouns: ["BR30 LED Flood Light Bulb", "Dimmable BR30 LED Bulb", "Indoor Flood Light Bulb"],
                attributes: [equivalentWattage, colorTemperature, .packSize],
                uses: ["recessed cans", "track lighting", "kitchen ceilings"]
            ),
            CategorySpec(
                "Light Bulbs > LED Bulbs > Candelabra Bulbs", weight: 1, price: 9, sigma: 0.5,
                nouns: ["Candelabra LED Bulb", "B11 LED Bulb", "Filament Candelabra Bulb"],
                attributes: [equivalentWattage, colorTemperature, .packSize],
                uses: ["chandeliers", "decorative sconces", "ceiling fan light kits"]
            ),
            CategorySpec(
                "Outdoor Lighting > Outdoor Wall Lanterns", weight: 1.5, price: 59, sigma: 0.55,
                nouns: ["Outdoor Wall Lantern", "Outdoor Wall Sconce", "Dusk to Dawn Wall Lantern", "Barn Light"],
                attributes: [lanternSize, .metalFinish],
                uses: ["lighting front doors", "garage entries", "porches and patios"]
            ),
            CategorySpec(
                "Outdoor Lighting > Landscape Lighting > Path Lights", weight: 1, price: 29, sigma: 0.7,
                nouns: ["Solar Path Light", "Low Voltage Path Light", "LED Landscape Path Light"],
                attributes: [.packSize, .metalFinish],
                uses: ["lighting garden paths", "driveway edges", "flower bed accents"]
            ),
            CategorySpec(
                "Outdoor Lighting > Security Lights", weight: 1, price: 49, sigma: 0.5,
                nouns: ["Motion Sensor Security Light", "LED Flood Light", "Solar Security Light", "Dual Head Security Light"],
                attributes: [lumens, .color],
                uses: ["lighting driveways", "backyard security", "barns and outbuildings"]
            ),
            CategorySpec(
                "Lamps > Table Lamps", weight: 1, price: 49, sigma: 0.6,
                nouns: ["Table Lamp", "Bedside Lamp", "Ceramic Table Lamp", "Buffet Lamp"],
                attributes: [lampHeight, .color],
                extras: ["with USB Port|1.1", "(Set of 2)|1.8"],
                uses: ["nightstands", "living room end tables", "home office desks"]
            ),
            CategorySpec(
                "Lamps > Floor Lamps", weight: 1, price: 79, sigma: 0.55,
                nouns: ["Floor Lamp", "Arc Floor Lamp", "Torchiere Floor Lamp", "Tripod Floor Lamp"],
                attributes: [floorLampHeight, .metalFinish],
                uses: ["reading corners", "living rooms without overhead light", "bedrooms"]
            ),
            CategorySpec(
                "Bathroom Lighting > Vanity Lights", weight: 1.2, price: 89, sigma: 0.55,
                nouns: ["Vanity Light", "Bath Bar Light", "LED Vanity Light", "Globe Vanity Light"],
                attributes: [lightCount, .metalFinish],
                uses: ["bathroom mirrors", "powder rooms", "makeup and grooming areas"]
            ),
            CategorySpec(
                "Under Cabinet Lighting > LED Under Cabinet Lights", weight: 0.8, price: 39, sigma: 0.55,
                nouns: ["LED Under Cabinet Light", "Plug-In Under Cabinet Light Bar", "Puck Light Kit", "LED Tape Light"],
                attributes: [barLength, colorTemperature],
                uses: ["task lighting on countertops", "accenting backsplashes", "closets and shelves"]
            ),
        ]
    )

    private static let fanSize = AttributeSpec("blade_span", ["44 in.", "48 in.", "52 in.", "56 in.", "60 in.", "72 in."], .beforeNoun, spread: 1.2, popularFirst: true)
    private static let fixtureWidth = AttributeSpec("width", ["11 in.", "13 in.", "15 in.", "18 in.", "24 in."], .beforeNoun, spread: 1)
    private static let lightCount = AttributeSpec("light_count", ["1-Light", "2-Light", "3-Light", "4-Light", "5-Light", "6-Light", "8-Light"], .beforeNoun, spread: 2.5, popularFirst: true)
    private static let recessedSize = AttributeSpec("size", ["4 in.", "5/6 in.", "6 in."], .beforeNoun, spread: 0.2)
    private static let colorTemperature = AttributeSpec("color_temperature", [
        "2700K Soft White|Soft White", "3000K Bright White|Bright White", "3500K Neutral White|Neutral White",
        "4000K Cool White|Cool White", "5000K Daylight|Daylight", "Selectable CCT|Color Selectable",
    ], .inSuffix, spread: 0.2, popularFirst: true)
    private static let equivalentWattage = AttributeSpec("equivalent_wattage", [
        "40 W|40-Watt Equivalent", "60 W|60-Watt Equivalent", "75 W|75-Watt Equivalent", "100 W|100-Watt Equivalent",
    ], .beforeNoun, spread: 0.5, popularFirst: true)
    private static let lanternSize = AttributeSpec("height", ["9 in.", "12 in.", "15 in.", "19 in.", "24 in."], .beforeNoun, spread: 1.5)
    private static let lumens = AttributeSpec("brightness", ["800 Lumens", "1500 Lumens", "2500 Lumens", "3500 Lumens", "5000 Lumens"], .beforeNoun, spread: 1.5)
    private static let lampHeight = AttributeSpec("height", ["16 in.", "20 in.", "24 in.", "28 in.", "31 in."], .beforeNoun, spread: 1)
    private static let floorLampHeight = AttributeSpec("height", ["58 in.", "62 in.", "66 in.", "72 in."], .beforeNoun, spread: 0.6)
    private static let barLength = AttributeSpec("length", ["9 in.", "12 in.", "18 in.", "24 in.", "32 in."], .beforeNoun, spread: 1)
}
