extension DepartmentSpec {
    static let paint = DepartmentSpec(
        name: "Paint",
        weight: 7,
        brands: [
            "Colorhaven", "Brushwell", "Truecoat", "Palettra", "Hue & Hearth", "Everstain",
            "Canvasline", "Mapleton Paints", "Primewall", "Covermore", "Sheenly", "Rollright",
        ] + BrandPool.tail(forDepartment: 4),
        series: ["Ultra Cover", "Signature", "Pro Finish", "One Coat", "Everyday", "Advanced", "Longwear", "Studio"],
        adjectives: [
            "Interior", "Exterior", "One-Coat", "Low-VOC", "Zero-VOC", "Mildew-Resistant", "Scrubbable",
            "Washable", "Fast-Drying", "Self-Priming", "High-Hiding", "Stain-Blocking", "Water-Based",
            "Oil-Based", "Semi-Transparent", "Solid Color", "Waterproofing", "Professional", "Premium",
            "Ultra-Durable", "Fade-Resistant", "Quick-Dry", "Multi-Surface", "Heavy-Duty", "Paintable",
            "Flexible", "Smooth", "Thick", "Non-Yellowing", "Low-Odor",
        ],
        features: [
            "a paint and primer in one formula", "a low-odor formula", "a mildew-resistant finish",
            "excellent hide in one coat", "a scrubbable finish", "a fade-resistant tint system",
            "a 100% acrylic resin", "a stain-blocking primer base", "a fast 1-hour dry time",
            "a comfort-grip trigger", "an any-angle spray tip", "a chiseled tip", "synthetic bristles",
            "a shed-resistant roller cover", "a lint-free woven fabric", "a sure-grip handle",
            "a UV-resistant formula", "a water-repellent finish", "a soap-and-water cleanup",
            "a flexible, crack-resistant film", "a high-build formula", "a non-slip backing",
            "clean-release adhesive", "a beveled edge", "an adjustable pressure control",
        ],
        benefits: [
            "covers old colors in fewer coats", "resists scuffs and stains in busy rooms", "dries quickly so you can recoat sooner",
            "holds up to repeated washing", "protects wood from sun and rain", "goes on smoothly without drips",
            "leaves crisp, clean paint lines", "cleans up easily with soap and water", "keeps colors looking fresh for years",
            "blocks stains from bleeding through", "spreads evenly on textured walls", "sprays a consistent fan pattern",
            "seals gaps against drafts", "reduces brush marks",
        ],
        sentences: [
            "Coverage is approximately 250 to 400 sq. ft. per gallon depending on surface texture.",
            "Stir well before use and apply at temperatures above 50 degrees F.",
            "Tintable to hundreds of colors at the paint desk.",
        ],
        categories: [
            CategorySpec(
                "Interior Paint > Wall Paint", weight: 3, price: 36, sigma: 0.35,
                nouns: ["Interior Paint and Primer", "Interior Paint", "Ceiling Paint", "Cabinet and Trim Paint"],
                attributes: [containerSize, sheen, paintBase],
                uses: ["painting living rooms and bedrooms", "refreshing kitchens and baths", "covering dark colors", "ceilings and trim"]
            ),
            CategorySpec(
                "Exterior Paint > House Paint", weight: 2, price: 44, sigma: 0.35,
                nouns: ["Exterior Paint and Primer", "Exterior Paint", "Masonry and Stucco Paint", "Porch and Floor Paint"],
                attributes: [containerSize, sheen, paintBase],
                uses: ["painting siding and trim", "refreshing front doors", "stucco and brick walls", "porch floors"]
            ),
            CategorySpec(
                "Primer > Interior Primer", weight: 1, price: 26, sigma: 0.35,
                nouns: ["Interior Primer", "Drywall Primer", "Stain-Blocking Primer", "Bonding Primer"],
                attributes: [containerSize],
                uses: ["priming new drywall", "covering water stains", "painting over glossy surfaces", "sealing knots in wood"]
            ),
            CategorySpec(
                "Spray Paint > General Purpose Spray Paint", weight: 2, price: 7, sigma: 0.3,
                nouns: ["Spray Paint", "Multi-Purpose Spray Paint", "Paint and Primer Spray", "Rust Preventive Spray Paint"],
                attributes: [sprayColor, sprayCan, sheen],
                uses: ["refinishing outdoor furniture", "crafts and small projects", "metal railings and fences", "refreshing planters"]
            ),
            CategorySpec(
                "Exterior Stain > Deck Stain", weight: 1.5, price: 39, sigma: 0.4,
                nouns: ["Deck Stain", "Semi-Transparent Deck Stain", "Solid Color Deck Stain", "Deck and Fence Stain"],
                attributes: [containerSize, stainColor],
                uses: ["protecting decks and fences", "restoring weathered wood", "staining pergolas and outdoor furniture"]
            ),
            CategorySpec(
                "Interior Wood Stain > Oil-Based Stain", weight: 1, price: 14, sigma: 0.4,
                nouns: ["Wood Stain", "Oil-Based Wood Stain", "Penetrating Wood Stain", "Gel Stain"],
                attributes: [stainContainer, interiorStainColor],
                uses: ["staining furniture and cabinets", "hardwood floor refinishing", "trim and doors"]
            ),
            CategorySpec(
                "Paint Applicators > Paint Brushes", weight: 1.5, price: 12, sigma: 0.5,
                nouns: ["Angled Sash Paint Brush", "Flat Paint Brush", "Trim Paint Brush", "Paint Brush Set"],
                attributes: [brushWidth, bristle],
                uses: ["cutting in along ceilings", "painting trim and doors", "detail work"]
            ),
            CategorySpec(
                "Paint Applicators > Roller Covers", weight: 1.5, price: 9, sigma: 0.45,
                nouns: ["Paint Roller Cover", "Woven Roller Cover", "Microfiber Roller Cover"],
                attributes: [rollerWidth, nap, .packSize],
                uses: ["painting smooth walls", "semi-smooth and textured surfaces", "large ceilings"]
            ),
            CategorySpec(
                "Paint Sprayers > Airless Paint Sprayers", weight: 0.8, price: 299, sigma: 0.5,
                nouns: ["Airless Paint Sprayer", "Cordless Paint Sprayer", "HVLP Paint Sprayer", "Stand Airless Sprayer"],
                attributes: [sprayerPressure],
                extras: ["with 25 ft. Hose|1.1", "Kit|1.2"],
                uses: ["painting fences and siding", "whole-room repaints", "cabinet refinishing"]
            ),
            CategorySpec(
                "Caulk & Sealants > Silicone Caulk", weight: 1.5, price: 8, sigma: 0.4,
                nouns: ["Silicone Caulk", "Kitchen and Bath Caulk", "Window and Door Sealant", "Acrylic Latex Caulk"],
                attributes: [caulkSize, caulkColor],
                uses: ["sealing tubs and showers", "caulking windows and doors", "filling gaps in trim"]
            ),
            CategorySpec(
                "Painting Supplies > Painter's Tape", weight: 1.5, price: 7, sigma: 0.4,
                nouns: ["Painter's Tape", "Multi-Surface Painter's Tape", "Delicate Surface Painter's Tape"],
                attributes: [tapeWidth, tapeLength, .packSize],
                uses: ["masking trim and windows", "making stripes and patterns", "protecting freshly painted surfaces"]
            ),
            CategorySpec(
                "Painting Supplies > Drop Cloths", weight: 0.8, price: 14, sigma: 0.5,
                nouns: ["Canvas Drop Cloth", "Plastic Drop Cloth", "Butyl-Backed Drop Cloth"],
                attributes: [dropClothSize],
                uses: ["protecting floors while painting", "covering furniture", "drywall sanding"]
            ),
            CategorySpec(
                "Patching & Repair > Wood Filler", weight: 0.8, price: 9, sigma: 0.4,
                nouns: ["Wood Filler", "Stainable Wood Filler", "Spackling Paste", "Lightweight Spackling"],
                attributes: [fillerSize],
                uses: ["filling nail holes", "repairing gouges in trim", "patching drywall dents"]
            ),
        ]
    )

    private static let containerSize = AttributeSpec("container_size", ["1 qt.", "1 gal.", "5 gal."], .beforeNoun, spread: 4.5, popularFirst: true)
    private static let sheen = AttributeSpec("sheen", ["Flat", "Matte", "Eggshell", "Satin", "Semi-Gloss", "High-Gloss"], .beforeNoun, spread: 0.15)
    private static let paintBase = AttributeSpec("color", [
        "Bright White", "Base 1", "Base 2", "Deep Base", "Soft Linen", "Driftwood Gray",
        "Warm Oat", "Midnight Navy", "Charcoal", "Morning Fog", "Greige", "Chalk White",
    ], .inSuffix, spread: 0.1, popularFirst: true)
    private static let sprayColor = AttributeSpec("color", [
        "Gloss Black", "Flat Black", "White", "Satin Nickel", "Hammered Bronze", "Cherry Red",
        "Navy Blue", "Hunter Green", "Metallic Gold", "Oil Rubbed Bronze", "Clear", "Gray Primer",
    ], .inSuffix, popularFirst: true)
    private static let sprayCan = AttributeSpec("size", ["11 oz.", "12 oz.", "15 oz."], .beforeNoun, spread: 0.2)
    private static let stainColor = AttributeSpec("color", [
        "Natural Cedar", "Redwood", "Chestnut Brown", "Cordovan Brown", "Slate Gray", "Woodland Green",
        "Cape Cod Gray", "Natural", "Black", "Navajo Red",
    ], .inSuffix)
    private static let stainContainer = AttributeSpec("container_size", ["8 oz.", "1 qt.", "1 gal."], .beforeNoun, spread: 3)
    private static let interiorStainColor = AttributeSpec("color", [
        "Colonial Maple", "Special Walnut", "Dark Walnut", "Golden Oak", "Country Pine", "Dark Chestnut",
        "Espresso", "Classic Gray", "Weathered Oak", "Ebony", "Red Mahogany",
    ], .inSuffix)
    private static let brushWidth = AttributeSpec("width", ["1 in.", "1-1/2 in.", "2 in.", "2-1/2 in.", "3 in.", "4 in."], .beforeNoun, spread: 1)
    private static let bristle = AttributeSpec("bristle", ["Nylon", "Polyester", "Nylon/Polyester", "Natural China Bristle"], spread: 0.5)
    private static let rollerWidth = AttributeSpec("width", ["4 in.", "9 in.", "14 in.", "18 in."], .beforeNoun, spread: 1)
    private static let nap = AttributeSpec("nap", ["1/4 in. Nap|1/4 in. Nap", "3/8 in. Nap|3/8 in. Nap", "1/2 in. Nap|1/2 in. Nap", "3/4 in. Nap|3/4 in. Nap"], .beforeNoun)
    private static let sprayerPressure = AttributeSpec("max_pressure", ["1500 PSI", "2800 PSI", "3000 PSI", "3300 PSI"], spread: 2)
    private static let caulkSize = AttributeSpec("size", ["2.8 oz.", "5.5 oz.", "10.1 oz."], .beforeNoun, spread: 0.8)
    private static let caulkColor = AttributeSpec("color", ["White", "Clear", "Almond", "Gray", "Black", "Brown"], .inSuffix, popularFirst: true)
    private static let tapeWidth = AttributeSpec("width", ["0.94 in.", "1.41 in.", "1.88 in.", "2.83 in."], .beforeNoun, spread: 1)
    private static let tapeLength = AttributeSpec("length", ["45 yd.", "60 yd.", "60.1 yd."], .beforeNoun)
    private static let dropClothSize = AttributeSpec("size", ["4 ft. x 12 ft.", "6 ft. x 9 ft.", "9 ft. x 12 ft.", "12 ft. x 15 ft."], .beforeNoun, spread: 1.5)
    private static let fillerSize = AttributeSpec("size", ["3.5 oz.", "8 oz.", "16 oz.", "32 oz."], .beforeNoun, spread: 2)
}
