extension DepartmentSpec {
    static let kitchen = DepartmentSpec(
        name: "Kitchen",
        weight: 9,
        brands: [
            "Copperleaf Kitchen", "Saltbox", "Whiskwell", "Larderly", "Ovenbright", "Simmerstone",
            "Hearth & Table", "Brewhouse Home", "Knifewright", "Pantrywise", "Marbleton", "Cookhaven",
        ] + BrandPool.tail(forDepartment: 7),
        series: ["Chef's Classic", "Professional", "Signature", "Everyday", "Artisan", "Pro-Series", "Bistro", "Heritage"],
        adjectives: [
            "Nonstick", "Stainless Steel", "Cast Iron", "Enameled", "Hard-Anodized", "Ceramic", "Dishwasher-Safe",
            "Oven-Safe", "Induction-Ready", "Programmable", "Digital", "Compact", "Large-Capacity", "Single-Serve",
            "Stackable", "BPA-Free", "Airtight", "Leakproof", "Undermount", "Drop-In", "Farmhouse", "Workstation",
            "Heavy-Gauge", "Fingerprint-Resistant", "Space-Saving", "Professional", "Forged", "Ergonomic",
            "Pre-Seasoned", "Commercial-Grade", "Modern", "Classic",
        ],
        features: [
            "a PFOA-free nonstick coating", "a tri-ply stainless steel construction", "stay-cool handles",
            "tempered glass lids", "an aluminum core for even heating", "a pre-seasoned cooking surface",
            "a programmable 24-hour timer", "an auto shut-off", "a thermal carafe", "a removable water reservoir",
            "a 1500-watt motor", "stainless steel blades", "a tamper", "six speed settings",
            "a tilt-head design", "a 5-quart bowl", "dishwasher-safe parts", "a digital touchscreen",
            "eight cooking presets", "a nonstick basket", "a wide toasting slot", "a bagel setting",
            "full-tang forged blades", "a hardwood storage block", "a built-in sharpener",
            "snap-lock lids", "stackable bases", "a sound-dampening coating", "a 16-gauge stainless steel bowl",
            "a rear-set drain", "a bottom grid and basket strainer", "soft-close drawers",
        ],
        benefits: [
            "releases food with little oil", "heats evenly without hot spots", "cleans up in minutes",
            "brews a full pot in minutes", "crushes ice and frozen fruit smoothly", "kneads dough with ease",
            "crisps food with little or no oil", "toasts evenly from edge to edge", "stays sharp longer",
            "keeps leftovers fresh", "saves cabinet space", "hides dishes below the counter line",
            "moves from stovetop to oven", "looks great on open shelves", "makes weeknight dinners easier",
        ],
        sentences: [
            "Hand washing is recommended to keep the finish looking its best.",
            "A thoughtful gift for new homeowners and home cooks.",
            "Compatible with gas, electric and glass cooktops.",
        ],
        categories: [
            CategorySpec(
                "Kitchen Sinks > Undermount Kitchen Sinks", weight: 1.2, price: 299, sigma: 0.45,
                nouns: ["Undermount Kitchen Sink", "Single Bowl Undermount Sink", "Double Bowl Undermount Sink", "Workstation Kitchen Sink"],
                attributes: [sinkWidth, sinkMaterial],
                extras: ["with Accessories|1.15", "with Bottom Grid|1.05"],
                uses: ["stone countertop installations", "kitchen remodels", "washing large pans"]
            ),
            CategorySpec(
                "Kitchen Sinks > Farmhouse Kitchen Sinks", weight: 0.8, price: 599, sigma: 0.45,
                nouns: ["Farmhouse Apron-Front Sink", "Fireclay Farmhouse Sink", "Apron Front Kitchen Sink"],
                attributes: [sinkWidth, sinkMaterial],
                uses: ["farmhouse-style kitchens", "deep basin soaking", "statement kitchen designs"]
            ),
            CategorySpec(
                "Small Appliances > Coffee Makers", weight: 1.5, price: 79, sigma: 0.6,
                nouns: ["Drip Coffee Maker", "Programmable Coffee Maker", "Single Serve Coffee Maker", "Espresso Machine", "Cold Brew Coffee Maker"],
                attributes: [cupCapacity, .color],
                uses: ["brewing morning coffee", "entertaining guests", "office break rooms"]
            ),
            CategorySpec(
                "Small Appliances > Blenders", weight: 1, price: 89, sigma: 0.6,
                nouns: ["Countertop Blender", "Personal Blender", "High-Performance Blender", "Immersion Blender"],
                attributes: [blenderWatts, jarSize, .color],
                uses: ["smoothies and shakes", "pureeing soups", "crushing ice"]
            ),
            CategorySpec(
                "Small Appliances > Toasters", weight: 0.8, price: 39, sigma: 0.5,
                nouns: ["Toaster", "Wide Slot Toaster", "Toaster Oven", "Countertop Convection Toaster Oven"],
                attributes: [slices, .color],
                uses: ["toasting bread and bagels", "reheating leftovers", "small-batch baking"]
            ),
            CategorySpec(
                "Small Appliances > Stand Mixers", weight: 0.7, price: 279, sigma: 0.4,
                nouns: ["Stand Mixer", "Tilt-Head Stand Mixer", "Bowl-Lift Stand Mixer"],
                attributes: [mixerBowl, mixerColor],
                uses: ["baking bread and cakes", "whipping cream and meringue", "holiday baking"]
            ),
            CategorySpec(
                "Small Appliances > Air Fryers", weight: 1.2, price: 89, sigma: 0.45,
                nouns: ["Air Fryer", "Digital Air Fryer", "Dual Basket Air Fryer", "Air Fryer Oven"],
                attributes: [fryerCapacity, .color],
                uses: ["crispy fries and wings", "quick weeknight dinners", "reheating pizza"]
            ),
            CategorySpec(
                "Cookware > Cookware Sets", weight: 1.2, price: 149, sigma: 0.6,
                nouns: ["Cookware Set", "Nonstick Cookware Set", "Stainless Steel Cookware Set", "Pots and Pans Set"],
                attributes: [cookwarePieces, cookwareMaterial],
                uses: ["outfitting a new kitchen", "everyday cooking", "replacing worn pans"]
            ),
            CategorySpec(
                "Cookware > Skillets", weight: 1, price: 39, sigma: 0.55,
                nouns: ["Skillet", "Fry Pan", "Cast Iron Skillet", "Nonstick Frying Pan"],
                attributes: [panSize, cookwareMaterial],
                uses: ["searing steaks", "frying eggs", "stir-fries and sautés"]
            ),
            CategorySpec(
                "Cookware > Dutch Ovens", weight: 0.7, price: 79, sigma: 0.5,
                nouns: ["Dutch Oven", "Enameled Cast Iron Dutch Oven", "Round Dutch Oven"],
                attributes: [dutchOvenSize, enamelColor],
                uses: ["braising and stews", "baking bread", "slow-cooked soups"]
            ),
            CategorySpec(
                "Cutlery > Knife Sets", weight: 1, price: 99, sigma: 0.6,
                nouns: ["Knife Block Set", "Kitchen Knife Set", "Steak Knife Set", "Chef Knife"],
                attributes: [knifePieces, bladeSteel],
                uses: ["everyday meal prep", "carving roasts", "slicing vegetables"]
            ),
            CategorySpec(
                "Kitchen Storage > Food Storage Containers", weight: 1.2, price: 24, sigma: 0.5,
                nouns: ["Food Storage Container Set", "Glass Food Storage Containers", "Pantry Canister Set", "Meal Prep Containers"],
                attributes: [containerPieces, containerMaterial],
                uses: ["storing leftovers", "meal prep", "organizing pantry staples"]
            ),
            CategorySpec(
                "Kitchen Organization > Drawer Organizers", weight: 0.8, price: 19, sigma: 0.5,
                nouns: ["Drawer Organizer", "Cutlery Tray", "Expandable Utensil Organizer", "Spice Drawer Insert"],
                attributes: [.woodMaterial],
                uses: ["organizing utensils", "tidying junk drawers", "storing spices flat"]
            ),
            CategorySpec(
                "Kitchen Cabinets > Base Cabinets", weight: 1, price: 249, sigma: 0.5,
                nouns: ["Base Kitchen Cabinet", "Sink Base Cabinet", "Drawer Base Cabinet", "Assembled Base Cabinet"],
                attributes: [cabinetWidth, cabinetFinish],
                uses: ["kitchen remodels", "adding counter space", "laundry room storage"]
            ),
            CategorySpec(
                "Kitchen Cabinets > Wall Cabinets", weight: 0.8, price: 179, sigma: 0.5,
                nouns: ["Wall Kitchen Cabinet", "Glass Door Wall Cabinet", "Assembled Wall Cabinet"],
                attributes: [cabinetWidth, cabinetFinish],
                uses: ["upper kitchen storage", "displaying glassware", "garage storage"]
            ),
        ]
    )

    private static let sinkWidth = AttributeSpec("width", ["24 in.", "27 in.", "30 in.", "32 in.", "33 in.", "36 in."], .beforeNoun, spread: 0.6)
    private static let sinkMaterial = AttributeSpec("material", ["Stainless Steel|Stainless Steel", "Granite Composite|Granite Composite", "Fireclay|Fireclay", "Cast Iron|Cast Iron"], .beforeNoun, spread: 1)
    private static let cupCapacity = AttributeSpec("capacity", ["1-Cup", "4-Cup", "5-Cup", "10-Cup", "12-Cup", "14-Cup"], .beforeNoun, spread: 0.8)
    private static let blenderWatts = AttributeSpec("wattage", ["300 W|300-Watt", "700 W|700-Watt", "1000 W|1000-Watt", "1400 W|1400-Watt", "1800 W|1800-Watt"], .beforeNoun, spread: 2)
    private static let jarSize = AttributeSpec("jar_capacity", ["24 oz.", "48 oz.", "64 oz.", "72 oz."], spread: 0.4)
    private static let slices = AttributeSpec("capacity", ["2-Slice", "4-Slice", "6-Slice"], .beforeNoun, spread: 0.8)
    private static let mixerBowl = AttributeSpec("bowl_capacity", ["3.5 qt.", "4.5 qt.", "5 qt.", "6 qt.", "7 qt."], .beforeNoun, spread: 0.8)
    private static let mixerColor = AttributeSpec("color", ["White", "Black", "Silver", "Red", "Sage", "Cream", "Cobalt Blue", "Pistachio"], .inSuffix, popularFirst: true)
    private static let fryerCapacity = AttributeSpec("capacity", ["2 qt.", "4 qt.", "5.8 qt.", "8 qt.", "10 qt."], .beforeNoun, spread: 1)
    private static let cookwarePieces = AttributeSpec("piece_count", ["5-Piece", "7-Piece", "10-Piece", "12-Piece", "15-Piece"], .beforeNoun, spread: 1.5)
    private static let cookwareMaterial = AttributeSpec("material", ["Aluminum", "Stainless Steel", "Hard-Anodized Aluminum", "Cast Iron", "Ceramic", "Copper"], spread: 1.2)
    private static let panSize = AttributeSpec("diameter", ["8 in.", "10 in.", "12 in.", "14 in."], .beforeNoun, spread: 0.7)
    private static let dutchOvenSize = AttributeSpec("capacity", ["3.5 qt.", "5.5 qt.", "6 qt.", "7.25 qt."], .beforeNoun, spread: 0.6)
    private static let enamelColor = AttributeSpec("color", ["Red", "Blue", "White", "Black", "Green", "Gray", "Orange"], .inSuffix)
    private static let knifePieces = AttributeSpec("piece_count", ["1-Piece", "3-Piece", "6-Piece", "8-Piece", "14-Piece", "18-Piece"], .beforeNoun, spread: 2.5)
    private static let bladeSteel = AttributeSpec("blade_material", ["Stainless Steel", "High-Carbon Stainless Steel", "German Steel", "Damascus Steel", "Ceramic"], spread: 1.5)
    private static let containerPieces = AttributeSpec("piece_count", ["10-Piece", "18-Piece", "24-Piece", "36-Piece", "50-Piece"], .beforeNoun, spread: 1.5)
    private static let containerMaterial = AttributeSpec("material", ["Plastic", "Glass", "Stainless Steel"], spread: 0.8)
    private static let cabinetWidth = AttributeSpec("width", ["12 in.", "15 in.", "18 in.", "24 in.", "30 in.", "36 in."], .beforeNoun, spread: 1.2)
    private static let cabinetFinish = AttributeSpec("finish", ["Unfinished Oak", "White", "Shaker White", "Gray", "Espresso", "Navy Blue", "Natural Birch"], .inSuffix, spread: 0.3, popularFirst: true)
}
