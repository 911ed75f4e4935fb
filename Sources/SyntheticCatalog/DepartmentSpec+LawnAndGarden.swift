extension DepartmentSpec {
    static let lawnAndGarden = DepartmentSpec(
        name: "Lawn & Garden",
        weight: 11,
        brands: [
            "Greenhollow", "Yardcrest", "Meadowline", "Turfmaster Pro", "Fernbrook", "Sodwell",
            "Bramblewood", "Hedgerow Outdoor", "Thistledown", "Grovecraft", "Prairie Blade", "Orchardly",
        ] + BrandPool.tail(forDepartment: 5),
        series: ["Power+", "ProCut", "EasyStart", "Ultra", "Max", "Trailblazer", "Homeowner Series", "Commercial Series", "GreenPower"],
        adjectives: [
            "Cordless", "Gas-Powered", "Electric", "Self-Propelled", "Push", "Lightweight", "Heavy-Duty",
            "Commercial", "Quiet", "Brushless", "Variable-Speed", "Folding", "Ergonomic", "Kink-Free",
            "Drought-Tolerant", "Organic", "Slow-Release", "All-Purpose", "Weatherproof", "UV-Resistant",
            "Rust-Resistant", "Stackable", "Portable", "Adjustable", "Compact", "High-Efficiency",
            "Sun and Shade", "Fast-Growing", "Premium", "Professional", "Durable", "Easy-Start",
        ],
        features: [
            "a brushless motor", "push-button start", "a 3-in-1 mulch, bag and side discharge deck",
            "a single-lever height adjustment", "a steel deck", "a folding handle", "a rear bag",
            "a dual-line bump feed head", "an attachment-capable shaft", "a variable-speed trigger",
            "a turbo boost button", "a 16 in. bar and chain", "tool-less chain tensioning",
            "an automatic oiler", "a dual-action blade", "an onboard detergent tank",
            "five quick-connect nozzles", "a crush-proof coupling", "a kink-resistant hose",
            "a thumb-controlled flow lever", "a 10-pattern spray dial", "a drainage hole",
            "a UV-stabilized resin", "a weed-blocking formula", "a slow-release nitrogen",
            "a fine-bladed seed mix", "a fiberglass handle", "a forged steel blade",
            "a steel tray", "a flat-free tire", "porcelain-coated grates", "a side burner",
            "a built-in thermometer", "an electronic ignition",
        ],
        benefits: [
            "starts on the first pull", "cuts thick grass cleanly", "runs quieter than gas models",
            "clears leaves and debris fast", "trims edges along walks and driveways", "blasts away dirt and grime",
            "waters evenly without puddling", "keeps soil moist longer", "feeds lawns for up to 3 months",
            "fills in thin spots", "grows in sun and shade", "makes yard work less tiring",
            "folds flat for storage", "resists cracking in the sun", "hauls heavy loads with ease",
            "heats evenly across the cooking surface", "stands up to years of seasons outdoors",
        ],
        sentences: [
            "Read the operator's manual and wear eye and ear protection during use.",
            "Follow label directions for application rates and timing.",
            "A {adjective} pick for weekend yard work.",
        ],
        categories: [
            CategorySpec(
                "Outdoor Power Equipment > Lawn Mowers > Push Lawn Mowers", weight: 1.5, price: 299, sigma: 0.4,
                nouns: ["Push Lawn Mower", "Gas Push Mower", "Cordless Push Mower", "Battery Push Lawn Mower"],
                attributes: [deckWidth, .outdoorVoltage, engineSize],
                extras: ["with Battery and Charger|1.4", "(Tool Only)|0.7", "with Bagger|1.08"],
                uses: ["mowing small to mid-size lawns", "trimming tight yards", "weekly lawn care"]
            ),
            CategorySpec(
                "Outdoor Power Equipment > Lawn Mowers > Self-Propelled Lawn Mowers", weight: 1.5, price: 449, sigma: 0.35,
                nouns: ["Self-Propelled Lawn Mower", "Rear Wheel Drive Mower", "All-Wheel Drive Mower", "Gas Self-Propelled Mower"],
                attributes: [deckWidth, .outdoorVoltage, engineSize],
                extras: ["with 2 Batteries|1.4", "with Electric Start|1.1"],
                uses: ["mowing hilly yards", "large lawns", "mowing without pushing"]
            ),
            CategorySpec(
                "Outdoor Power Equipment > Lawn Mowers > Riding Lawn Mowers", weight: 0.8, price: 2499, sigma: 0.35,
                nouns: ["Riding Lawn Tractor", "Zero Turn Mower", "Riding Mower", "Rear Engine Riding Mower"],
                attributes: [ridingDeck, horsepower],
                uses: ["mowing acre-plus properties", "large lawns and fields", "towing yard carts"]
            ),
            CategorySpec(
                "Outdoor Power Equipment > String Trimmers", weight: 1.5, price: 149, sigma: 0.45,
                nouns: ["String Trimmer", "Cordless String Trimmer", "Gas String Trimmer", "Attachment Capable String Trimmer"],
                attributes: [cuttingSwath, .outdoorVoltage],
                extras: ["with Battery and Charger|1.4", "(Tool Only)|0.7"],
                uses: ["trimming along fences", "edging walks and beds", "cutting tall weeds"]
            ),
            CategorySpec(
                "Outdoor Power Equipment > Leaf Blowers", weight: 1.5, price: 159, sigma: 0.5,
                nouns: ["Leaf Blower", "Cordless Leaf Blower", "Backpack Leaf Blower", "Handheld Leaf Blower"],
                attributes: [blowerCFM, .outdoorVoltage],
                extras: ["with Battery and Charger|1.4", "(Tool Only)|0.7"],
                uses: ["clearing fall leaves", "cleaning driveways and decks", "blowing grass clippings off walks"]
            ),
            CategorySpec(
                "Outdoor Power Equipment > Chainsaws", weight: 1, price: 229, sigma: 0.45,
                nouns: ["Chainsaw", "Cordless Chainsaw", "Gas Chainsaw", "Top Handle Chainsaw"],
                attributes: [barLength, .outdoorVoltage],
                extras: ["with Carrying Case|1.1", "(Tool Only)|0.7"],
                uses: ["cutting firewood", "storm cleanup", "felling small trees", "limbing and pruning"]
            ),
            CategorySpec(
                "Outdoor Power Equipment > Hedge Trimmers", weight: 1, price: 119, sigma: 0.45,
                nouns: ["Hedge Trimmer", "Cordless Hedge Trimmer", "Pole Hedge Trimmer"],
                attributes: [hedgeBlade, .outdoorVoltage],
                uses: ["shaping hedges and shrubs", "trimming tall bushes", "yard cleanup"]
            ),
            CategorySpec(
                "Outdoor Power Equipment > Pressure Washers", weight: 1, price: 279, sigma: 0.5,
                nouns: ["Pressure Washer", "Electric Pressure Washer", "Gas Pressure Washer", "Cold Water Pressure Washer"],
                attributes: [washerPSI, washerGPM],
                extras: ["with Surface Cleaner|1.2"],
                uses: ["cleaning decks and patios", "washing cars and boats", "removing mildew from siding", "prepping surfaces for paint"]
            ),
            CategorySpec(
                "Watering & Irrigation > Garden Hoses", weight: 1.5, price: 39, sigma: 0.5,
                nouns: ["Garden Hose", "Heavy-Duty Garden Hose", "Expandable Garden Hose", "Hybrid Polymer Hose"],
                attributes: [hoseDiameter, hoseLength],
                uses: ["watering gardens and lawns", "washing cars", "filling pools and ponds"]
            ),
            CategorySpec(
                "Watering & Irrigation > Hose Nozzles", weight: 1, price: 12, sigma: 0.45,
                nouns: ["Hose Nozzle", "Pistol Grip Nozzle", "Watering Wand", "Fireman Nozzle"],
                attributes: [nozzlePatterns],
                uses: ["watering flower beds", "rinsing patios", "gentle watering of seedlings"]
            ),
            CategorySpec(
                "Watering & Irrigation > Sprinklers", weight: 1, price: 19, sigma: 0.5,
                nouns: ["Oscillating Sprinkler", "Impact Sprinkler", "Rotating Sprinkler", "Sprinkler Timer"],
                attributes: [sprinklerCoverage],
                uses: ["watering large lawns", "keeping new grass seed moist", "watering gardens while away"]
            ),
            CategorySpec(
                "Garden Center > Planters > Pots & Planters", weight: 1.5, price: 29, sigma: 0.7,
                nouns: ["Planter", "Round Planter", "Self-Watering Planter", "Window Box Planter", "Raised Garden Bed"],
                attributes: [planterSize, planterMaterial, .color],
                uses: ["patio container gardens", "growing herbs", "displaying flowers on porches"]
            ),
            CategorySpec(
                "Garden Center > Soil > Potting Soil", weight: 1, price: 12, sigma: 0.45,
                nouns: ["Potting Mix", "Organic Potting Soil", "Garden Soil", "Raised Bed Soil"],
                attributes: [soilVolume],
                uses: ["container plants", "raised vegetable beds", "repotting houseplants"]
            ),
            CategorySpec(
                "Garden Center > Mulch", weight: 1, price: 5, sigma: 0.35,
                nouns: ["Mulch", "Hardwood Mulch", "Cedar Mulch", "Rubber Mulch"],
                attributes: [mulchVolume, mulchColor],
                uses: ["holding moisture in flower beds", "suppressing weeds", "finishing landscaped areas"]
            ),
            CategorySpec(
                "Lawn Care > Grass Seed", weight: 1, price: 34, sigma: 0.6,
                nouns: ["Grass Seed", "Tall Fescue Grass Seed", "Kentucky Bluegrass Seed", "Sun and Shade Grass Seed"],
                attributes: [seedWeight],
                uses: ["overseeding thin lawns", "starting a new lawn", "repairing bare spots"]
            ),
            CategorySpec(
                "Lawn Care > Lawn Fertilizer", weight: 1, price: 39, sigma: 0.5,
                nouns: ["Lawn Fertilizer", "Weed and Feed", "Winterizer Lawn Food", "Starter Fertilizer"],
                attributes: [coverageArea],
                uses: ["greening up lawns in spring", "feeding new grass", "controlling weeds while feeding"]
            ),
            CategorySpec(
                "Garden Tools > Shovels", weight: 1, price: 29, sigma: 0.4,
                nouns: ["Round Point Shovel", "Square Point Shovel", "Trenching Shovel", "Garden Spade"],
                attributes: [handleMaterial],
                uses: ["digging planting holes", "moving soil and gravel", "edging beds"]
            ),
            CategorySpec(
                "Garden Tools > Pruning Shears", weight: 1, price: 19, sigma: 0.5,
                nouns: ["Bypass Pruning Shears", "Anvil Pruner", "Lopper", "Hedge Shears"],
                attributes: [cuttingCapacity],
                uses: ["pruning roses and shrubs", "deadheading flowers", "cutting small branches"]
            ),
            CategorySpec(
                "Garden Tools > Wheelbarrows", weight: 0.8, price: 99, sigma: 0.4,
                nouns: ["Wheelbarrow", "Dual-Wheel Wheelbarrow", "Yard Cart", "Poly Wheelbarrow"],
                attributes: [wheelbarrowCapacity],
                uses: ["hauling mulch and soil", "moving bricks and pavers", "yard cleanup"]
            ),
            CategorySpec(
                "Outdoor Cooking > Grills > Gas Grills", weight: 1, price: 449, sigma: 0.5,
                nouns: ["Propane Gas Grill", "Natural Gas Grill", "Gas Grill", "Stainless Steel Gas Grill"],
                attributes: [burnerCount, grillFinish],
                extras: ["with Side Burner|1.12", "with Cover|1.05"],
                uses: ["backyard cookouts", "grilling steaks and burgers", "entertaining on the patio"]
            ),
            CategorySpec(
                "Outdoor Cooking > Grills > Charcoal Grills", weight: 0.8, price: 149, sigma: 0.5,
                nouns: ["Kettle Charcoal Grill", "Barrel Charcoal Grill", "Portable Charcoal Grill"],
                attributes: [grillArea, grillFinish],
                uses: ["smoky charcoal flavor", "tailgating and camping", "low and slow barbecue"]
            ),
            CategorySpec(
                "Patio Furniture > Patio Chairs", weight: 1, price: 129, sigma: 0.6,
                nouns: ["Patio Dining Chair", "Adirondack Chair", "Patio Lounge Chair", "Stackable Patio Chair"],
                attributes: [patioMaterial, .color, .packSize],
                uses: ["outdoor dining", "relaxing on the deck", "poolside seating"]
            ),
        ]
    )

    private static let deckWidth = AttributeSpec("deck_width", ["16 in.", "20 in.", "21 in.", "22 in."], .beforeNoun, spread: 0.4)
    private static let engineSize = AttributeSpec("engine", ["Battery", "140cc", "150cc", "163cc", "170cc", "190cc"], spread: 0.4)
    private static let ridingDeck = AttributeSpec("deck_width", ["42 in.", "46 in.", "48 in.", "54 in.", "60 in."], .beforeNoun, spread: 0.8)
    private static let horsepower = AttributeSpec("engine", ["18 HP", "20 HP", "22 HP", "24 HP", "25 HP"], .beforeNoun, spread: 0.4)
    private static let cuttingSwath = AttributeSpec("cutting_swath", ["13 in.", "14 in.", "15 in.", "16 in.", "17 in."], .beforeNoun, spread: 0.4)
    private static let blowerCFM = AttributeSpec("air_volume", ["400 CFM", "500 CFM", "600 CFM", "730 CFM", "800 CFM"], .beforeNoun, spread: 0.8)
    private static let barLength = AttributeSpec("bar_length", ["12 in.", "14 in.", "16 in.", "18 in.", "20 in."], .beforeNoun, spread: 0.8)
    private static let hedgeBlade = AttributeSpec("blade_length", ["18 in.", "22 in.", "24 in.", "26 in."], .beforeNoun, spread: 0.4)
    private static let washerPSI = AttributeSpec("max_pressure", ["1800 PSI", "2000 PSI", "2300 PSI", "3100 PSI", "3400 PSI", "4200 PSI"], .beforeNoun, spread: 2)
    private static let washerGPM = AttributeSpec("flow", ["1.1 GPM", "1.2 GPM", "2.3 GPM", "2.5 GPM", "4.0 GPM"], .beforeNoun)
    private static let hoseDiameter = AttributeSpec("diameter", ["1/2 in.", "5/8 in.", "3/4 in."], .beforeNoun, spread: 0.5)
    private static let hoseLength = AttributeSpec("length", ["25 ft.", "50 ft.", "75 ft.", "100 ft."], .beforeNoun, spread: 1.5, popularFirst: true)
    private static let nozzlePatterns = AttributeSpec("spray_patterns", ["1-Pattern|1-Pattern", "7-Pattern|7-Pattern", "8-Pattern|8-Pattern", "10-Pattern|10-Pattern"], .beforeNoun, spread: 0.5)
    private static let sprinklerCoverage = AttributeSpec("coverage", ["1,200 sq. ft.", "3,600 sq. ft.", "4,500 sq. ft.", "5,800 sq. ft."], spread: 1)
    private static let planterSize = AttributeSpec("size", ["8 in.", "10 in.", "12 in.", "14 in.", "16 in.", "20 in.", "24 in."], .beforeNoun, spread: 3)
    private static let planterMaterial = AttributeSpec("material", ["Plastic", "Resin", "Terracotta", "Ceramic", "Fiberglass", "Galvanized Steel", "Cedar"], spread: 1.5)
    private static let soilVolume = AttributeSpec("volume", ["8 qt.", "16 qt.", "1 cu. ft.", "1.5 cu. ft.", "2 cu. ft."], .beforeNoun, spread: 2)
    private static let mulchVolume = AttributeSpec("volume", ["1.5 cu. ft.", "2 cu. ft.", "3 cu. ft."], .beforeNoun, spread: 1)
    private static let mulchColor = AttributeSpec("color", ["Brown", "Black", "Red", "Natural"], .inSuffix, popularFirst: true)
    private static let seedWeight = AttributeSpec("weight", ["3 lb.", "7 lb.", "15 lb.", "20 lb.", "50 lb."], .beforeNoun, spread: 6)
    private static let coverageArea = AttributeSpec("coverage", ["5,000 sq. ft.", "10,000 sq. ft.", "15,000 sq. ft."], .beforeNoun, spread: 1.5)
    private static let handleMaterial = AttributeSpec("handle_material", ["Wood", "Fiberglass", "Steel"], spread: 0.6)
    private static let cuttingCapacity = AttributeSpec("cutting_capacity", ["1/2 in.", "3/4 in.", "1 in.", "1-3/4 in.", "2 in."], spread: 1.5)
    private static let wheelbarrowCapacity = AttributeSpec("capacity", ["4 cu. ft.", "6 cu. ft.", "8 cu. ft.", "10 cu. ft."], .beforeNoun, spread: 1)
    private static let burnerCount = AttributeSpec("burners", ["2-Burner", "3-Burner", "4-Burner", "5-Burner", "6-Burner"], .beforeNoun, spread: 2)
    private static let grillFinish = AttributeSpec("color", ["Black", "Stainless Steel", "Gray", "Red", "Blue"], .inSuffix, spread: 0.3, popularFirst: true)
    private static let grillArea = AttributeSpec("cooking_area", ["240 sq. in.", "363 sq. in.", "443 sq. in.", "619 sq. in."], .beforeNoun, spread: 1.5)
    private static let patioMaterial = AttributeSpec("material", ["Resin", "Steel", "Aluminum", "Wicker", "Teak", "Recycled Plastic"], spread: 2)
}
