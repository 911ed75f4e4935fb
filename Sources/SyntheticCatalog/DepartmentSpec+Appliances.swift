extension DepartmentSpec {
    static let appliances = DepartmentSpec(
        name: "Appliances",
        weight: 6,
        brands: [
            "Frostvale", "Hearthmont", "Kelmont Home", "Coldbrook", "Norrland Appliance", "Ambrell",
            "Westhaven Appliance", "Glacion", "Breezewell", "Cuisora", "Laundra", "Vantage Home",
        ] + BrandPool.tail(forDepartment: 6),
        series: ["Harmony", "Smart Series", "Select Series", "Studio", "Elite", "EcoSeries", "Signature", "Artisan Line"],
        adjectives: [
            "Smart", "Energy-Efficient", "Counter-Depth", "Standard-Depth", "Freestanding", "Slide-In",
            "Built-In", "Front Control", "Top Control", "High-Efficiency", "Quiet", "Stackable", "Compact",
            "Portable", "Large-Capacity", "Convertible", "Fingerprint-Resistant", "Wi-Fi Connected",
            "Self-Cleaning", "Convection", "Steam", "Frost-Free", "Garage-Ready", "Sensor-Dry",
            "ENERGY STAR", "Stainless", "Inverter", "Low-Profile", "Heavy-Duty", "Family-Size",
        ],
        features: [
            "an external ice and water dispenser", "a dual ice maker", "LED interior lighting",
            "adjustable glass shelves", "humidity-controlled crisper drawers", "a door-in-door design",
            "true convection cooking", "an air fry mode", "a self-clean cycle", "a 5-burner cooktop",
            "a power boil burner", "continuous cast-iron grates", "a third rack", "a stainless steel tub",
            "a 42 dBA quiet rating", "a bottle jets wash", "a steam refresh cycle", "a sanitize cycle",
            "a direct drive motor", "a large-capacity drum", "a sensor dry system", "a wrinkle-prevent option",
            "a turntable-free interior", "sensor cooking", "a 2-speed exhaust fan", "a removable filter",
            "an auto-restart function", "remote control and app support", "a digital thermostat",
            "a reversible door", "a quick-freeze setting", "a 24-hour timer",
        ],
        benefits: [
            "keeps food fresh longer", "cooks evenly from edge to edge", "cleans even baked-on messes",
            "fits standard cutouts for easy replacement", "runs quietly enough for open-plan homes",
            "saves energy and water", "handles large family loads", "dries clothes without overdrying",
            "cools the room quickly", "removes excess moisture from basements", "gives you more usable space",
            "alerts your phone when a cycle is done", "looks sleek in any kitchen",
        ],
        sentences: [
            "Check the cutout dimensions before ordering; delivery and haul-away may be available.",
            "ENERGY STAR certified models use less energy than federal minimum standards.",
            "Backed by {brand} customer service and a {warranty}.",
        ],
        categories: [
            CategorySpec(
                "Refrigerators > French Door Refrigerators", weight: 2, price: 2199, sigma: 0.35,
                nouns: ["French Door Refrigerator", "4-Door French Door Refrigerator", "Counter-Depth French Door Refrigerator"],
                attributes: [fridgeCapacity, .applianceFinish],
                uses: ["busy family kitchens", "kitchen remodels", "storing party platters"]
            ),
            CategorySpec(
                "Refrigerators > Side by Side Refrigerators", weight: 1, price: 1499, sigma: 0.3,
                nouns: ["Side by Side Refrigerator", "Side-by-Side Refrigerator with Dispenser"],
                attributes: [fridgeCapacity, .applianceFinish],
                uses: ["narrow kitchen layouts", "easy access to frozen foods", "replacing an older refrigerator"]
            ),
            CategorySpec(
                "Refrigerators > Top Freezer Refrigerators", weight: 1, price: 899, sigma: 0.3,
                nouns: ["Top Freezer Refrigerator", "Garage Ready Top Freezer Refrigerator"],
                attributes: [smallFridgeCapacity, .applianceFinish],
                uses: ["apartments and rentals", "second refrigerators in garages", "budget kitchen updates"]
            ),
            CategorySpec(
                "Ranges > Gas Ranges", weight: 1.2, price: 999, sigma: 0.4,
                nouns: ["Gas Range", "Freestanding Gas Range", "Slide-In Gas Range", "Gas Range with Convection Oven"],
                attributes: [rangeWidth, ovenCapacity, .applianceFinish],
                uses: ["everyday cooking and baking", "holiday meals", "serious home cooks"]
            ),
            CategorySpec(
                "Ranges > Electric Ranges", weight: 1.2, price: 849, sigma: 0.4,
                nouns: ["Electric Range", "Smooth Top Electric Range", "Induction Range", "Slide-In Electric Range"],
                attributes: [rangeWidth, ovenCapacity, .applianceFinish],
                uses: ["everyday cooking", "fast boiling", "baking with even heat"]
            ),
            CategorySpec(
                "Dishwashers > Built-In Dishwashers", weight: 1.5, price: 649, sigma: 0.35,
                nouns: ["Built-In Dishwasher", "Top Control Dishwasher", "Front Control Dishwasher", "Tall Tub Dishwasher"],
                attributes: [dishwasherWidth, noise, .applianceFinish],
                uses: ["daily dish cleanup", "large family loads", "quiet open kitchens"]
            ),
            CategorySpec(
                "Washers & Dryers > Front Load Washers", weight: 1, price: 899, sigma: 0.3,
                nouns: ["Front Load Washer", "High-Efficiency Front Load Washer", "Smart Front Load Washer"],
                attributes: [washerCapacity, laundryColor],
                uses: ["large laundry loads", "washing bulky bedding", "stacked laundry closets"]
            ),
            CategorySpec(
                "Washers & Dryers > Top Load Washers", weight: 1, price: 699, sigma: 0.3,
                nouns: ["Top Load Washer", "High-Efficiency Top Load Washer", "Top Load Washer with Agitator"],
                attributes: [washerCapacity, laundryColor],
                uses: ["everyday laundry", "heavily soiled work clothes", "family laundry rooms"]
            ),
            CategorySpec(
                "Washers & Dryers > Electric Dryers", weight: 1, price: 749, sigma: 0.3,
                nouns: ["Electric Dryer", "Front Load Electric Dryer", "Electric Dryer with Steam"],
                attributes: [dryerCapacity, laundryColor],
                uses: ["drying large loads", "refreshing wrinkled clothes", "pairing with a matching washer"]
            ),
            CategorySpec(
                "Washers & Dryers > Gas Dryers", weight: 0.7, price: 849, sigma: 0.3,
                nouns: ["Gas Dryer", "Front Load Gas Dryer", "Smart Gas Dryer"],
                attributes: [dryerCapacity, laundryColor],
                uses: ["fast drying of heavy towels", "homes with gas hookups", "family laundry"]
            ),
            CategorySpec(
                "Microwaves > Over-the-Range Microwaves", weight: 1, price: 349, sigma: 0.35,
                nouns: ["Over-the-Range Microwave", "Over-the-Range Convection Microwave", "Low-Profile Over-the-Range Microwave"],
                attributes: [microwaveCapacity, .applianceFinish],
                uses: ["saving counter space", "venting stovetop smoke", "reheating and defrosting"]
            ),
            CategorySpec(
                "Microwaves > Countertop Microwaves", weight: 1, price: 129, sigma: 0.4,
                nouns: ["Countertop Microwave", "Compact Microwave", "Countertop Microwave with Air Fry"],
                attributes: [microwaveCapacity, microwaveWatts, .applianceFinish],
                uses: ["dorm rooms and offices", "quick reheating", "popcorn and snacks"]
            ),
            CategorySpec(
                "Freezers > Chest Freezers", weight: 0.8, price: 329, sigma: 0.4,
                nouns: ["Chest Freezer", "Garage Ready Chest Freezer", "Compact Chest Freezer"],
                attributes: [freezerCapacity],
                uses: ["bulk food storage", "storing hunting and fishing harvests", "garage and basement freezing"]
            ),
            CategorySpec(
                "Heating & Cooling > Window Air Conditioners", weight: 1, price: 349, sigma: 0.4,
                nouns: ["Window Air Conditioner", "Smart Window Air Conditioner", "Inverter Window Air Conditioner"],
                attributes: [btu],
                extras: ["with Remote|1.05"],
                uses: ["cooling bedrooms", "apartments without central air", "home offices"]
            ),
            CategorySpec(
                "Heating & Cooling > Dehumidifiers", weight: 0.8, price: 229, sigma: 0.35,
                nouns: ["Dehumidifier", "Dehumidifier with Pump", "Basement Dehumidifier"],
                attributes: [pintCapacity],
                uses: ["damp basements", "preventing mold and mildew", "laundry rooms"]
            ),
            CategorySpec(
                "Range Hoods > Wall Mount Range Hoods", weight: 0.8, price: 399, sigma: 0.5,
                nouns: ["Wall Mount Range Hood", "Chimney Range Hood", "Under Cabinet Range Hood"],
                attributes: [hoodWidth, hoodCFM, .applianceFinish],
                uses: ["venting cooking smoke", "removing kitchen odors", "finishing a range wall"]
            ),
        ]
    )

    private static let fridgeCapacity = AttributeSpec("capacity", ["20.5 cu. ft.", "22.1 cu. ft.", "25.2 cu. ft.", "26.8 cu. ft.", "28 cu. ft.", "30 cu. ft."], .beforeNoun, spread: 0.6)
    private static let smallFridgeCapacity = AttributeSpec("capacity", ["14.2 cu. ft.", "16 cu. ft.", "18.1 cu. ft.", "20.5 cu. ft."], .beforeNoun, spread: 0.4)
    private static let rangeWidth = AttributeSpec("width", ["24 in.", "30 in.", "36 in."], .beforeNoun, spread: 1, popularFirst: true)
    private static let ovenCapacity = AttributeSpec("oven_capacity", ["4.8 cu. ft.", "5.0 cu. ft.", "5.3 cu. ft.", "5.8 cu. ft.", "6.3 cu. ft.", "6.7 cu. ft."], .beforeNoun, spread: 0.5)
    private static let dishwasherWidth = AttributeSpec("width", ["18 in.", "24 in."], .beforeNoun, spread: 0.2)
    private static let noise = AttributeSpec("noise_level", ["39 dBA", "42 dBA", "44 dBA", "47 dBA", "50 dBA", "52 dBA"])
    private static let washerCapacity = AttributeSpec("capacity", ["3.8 cu. ft.", "4.5 cu. ft.", "5.0 cu. ft.", "5.3 cu. ft.", "6.0 cu. ft."], .beforeNoun, spread: 0.6)
    private static let dryerCapacity = AttributeSpec("capacity", ["6.7 cu. ft.", "7.0 cu. ft.", "7.4 cu. ft.", "7.8 cu. ft.", "9.0 cu. ft."], .beforeNoun, spread: 0.5)
    private static let laundryColor = AttributeSpec("color", ["White", "Chrome Shadow", "Champagne", "Graphite Steel", "Midnight Black"], .inSuffix, spread: 0.2, popularFirst: true)
    private static let microwaveCapacity = AttributeSpec("capacity", ["0.7 cu. ft.", "0.9 cu. ft.", "1.1 cu. ft.", "1.6 cu. ft.", "1.9 cu. ft.", "2.2 cu. ft."], .beforeNoun, spread: 0.8)
    private static let microwaveWatts = AttributeSpec("wattage", ["700 W|700-Watt", "900 W|900-Watt", "1000 W|1000-Watt", "1200 W|1200-Watt"], .beforeNoun, spread: 0.4)
    private static let freezerCapacity = AttributeSpec("capacity", ["3.5 cu. ft.", "5.0 cu. ft.", "7.0 cu. ft.", "10.2 cu. ft.", "14.8 cu. ft."], .beforeNoun, spread: 1.5)
    private static let btu = AttributeSpec("cooling_capacity", ["5,000 BTU", "6,000 BTU", "8,000 BTU", "10,000 BTU", "12,000 BTU", "15,000 BTU"], .beforeNoun, spread: 1.5)
    private static let pintCapacity = AttributeSpec("capacity", ["22 Pint", "35 Pint", "50 Pint", "70 Pint"], .beforeNoun, spread: 0.8)
    private static let hoodWidth = AttributeSpec("width", ["24 in.", "30 in.", "36 in.", "42 in."], .beforeNoun, spread: 0.9)
    private static let hoodCFM = AttributeSpec("airflow", ["250 CFM", "400 CFM", "600 CFM", "900 CFM"], spread: 1)
}
