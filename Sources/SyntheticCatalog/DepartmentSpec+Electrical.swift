extension DepartmentSpec {
    static let electrical = DepartmentSpec(
        name: "Electrical",
        weight: 9,
        brands: [
            "Voltwell", "Circuitra", "Amperon", "Lumacore Electric", "Gridline", "Switchcraft Home",
            "Ohmstead", "Sparkton", "Wirewise", "Northbeam Electric", "Conduix", "Relayne",
        ] + BrandPool.tail(forDepartment: 2),
        series: ["SmartSense", "Pro Grade", "Home Series", "Contractor Select", "Radiant", "Essentials"],
        adjectives: [
            "Tamper-Resistant", "Weather-Resistant", "Heavy-Duty", "Commercial-Grade", "Residential-Grade",
            "Smart", "Wi-Fi", "Single-Pole", "3-Way", "Screwless", "Self-Grounding", "Outdoor", "Indoor",
            "Flat Plug", "Low-Profile", "Grounded", "Lighted", "Slim", "Universal", "Dimmable",
            "Programmable", "Surge-Protected", "Child-Safe", "Industrial", "Compact", "Portable",
            "Quiet", "Rugged", "Energy-Saving", "Plug-In", "Hardwired", "Battery-Powered", "Motion-Activated",
        ],
        features: [
            "a tamper-resistant shutter", "a self-test GFCI function", "a status LED indicator",
            "back and side wiring options", "a screwless wall plate", "a smooth slide dimmer",
            "a 15 Amp rating", "a 20 Amp rating", "USB-A and USB-C charging ports", "a lighted switch",
            "a heavy-duty vinyl jacket", "a lighted end", "a 3-prong grounded plug", "a right-angle flat plug",
            "a built-in circuit breaker", "a surge protection rating in joules", "a connected-equipment warranty",
            "a pure copper conductor", "a color-coded jacket", "a flame-retardant housing",
            "app control over Wi-Fi", "voice assistant compatibility", "scheduling and timers",
            "1080p HD video", "two-way talk", "motion detection alerts", "an electric start",
            "a fuel gauge", "a low-oil shutoff", "an LCD voltage display", "a non-contact sensor",
            "a weatherproof cover", "a snap-in mounting design", "UL listing",
        ],
        benefits: [
            "installs in standard wall boxes", "protects against shocks in wet areas", "keeps small children safe",
            "charges phones without an adapter", "lets you set the mood with dimmable light", "powers tools across the yard",
            "protects electronics from power surges", "keeps cords organized", "makes wiring faster",
            "lets you control lights from your phone", "saves energy when rooms are empty",
            "keeps essentials running during outages", "warns you before you touch a live wire",
            "fits neatly behind furniture", "stays flexible in cold weather", "meets code requirements",
        ],
        sentences: [
            "Always turn off power at the breaker before installing electrical products.",
            "Installation by a licensed electrician is recommended where local code requires it.",
            "Rated for use in the United States and Canada.",
        ],
        categories: [
            CategorySpec(
                "Wiring Devices > Light Switches > Toggle Switches", weight: 1.5, price: 4, sigma: 0.6,
                nouns: ["Toggle Light Switch", "Single-Pole Toggle Switch", "3-Way Toggle Switch"],
                attributes: [switchAmps, deviceColor, .packSize],
                uses: ["replacing worn light switches", "new construction wiring", "controlling ceiling lights"]
            ),
            CategorySpec(
                "Wiring Devices > Light Switches > Dimmer Switches", weight: 1.5, price: 24, sigma: 0.5,
                nouns: ["Dimmer Switch", "LED Dimmer Switch", "Slide Dimmer", "Rotary Dimmer", "Smart Dimmer Switch"],
                attributes: [dimmerLoad, deviceColor],
                uses: ["dimming LED and incandescent bulbs", "setting the mood in dining rooms", "bedroom lighting control"]
            ),
            CategorySpec(
                "Wiring Devices > Outlets > GFCI Outlets", weight: 1.5, price: 19, sigma: 0.4,
                nouns: ["GFCI Outlet", "Self-Test GFCI Outlet", "Weather-Resistant GFCI Outlet"],
                attributes: [switchAmps, deviceColor, .packSize],
                uses: ["kitchen and bathroom outlets", "outdoor receptacles", "garage and basement circuits", "laundry rooms"]
            ),
            CategorySpec(
                "Wiring Devices > Outlets > USB Outlets", weight: 1, price: 24, sigma: 0.35,
                nouns: ["USB Charger Outlet", "USB-C Outlet", "Duplex Outlet with USB Ports"],
                attributes: [usbOutput, deviceColor],
                uses: ["charging phones and tablets", "nightstands and kitchen counters", "home offices"]
            ),
            CategorySpec(
                "Wiring Devices > Wall Plates", weight: 1.5, price: 5, sigma: 0.7,
                nouns: ["Wall Plate", "Screwless Wall Plate", "Decorator Wall Plate", "Toggle Switch Wall Plate"],
                attributes: [gangCount, plateMaterial, deviceColor],
                uses: ["finishing outlets and switches", "refreshing a room's look", "covering unused boxes"]
            ),
            CategorySpec(
                "Extension Cords > Indoor Extension Cords", weight: 1, price: 12, sigma: 0.5,
                nouns: ["Indoor Extension Cord", "Flat Plug Extension Cord", "Cube Tap Extension Cord"],
                attributes: [cordLength, cordGauge, deviceColor],
                uses: ["powering lamps and electronics", "holiday decorations", "home office setups"]
            ),
            CategorySpec(
                "Extension Cords > Outdoor Extension Cords", weight: 1.5, price: 29, sigma: 0.6,
                nouns: ["Outdoor Extension Cord", "Lighted End Extension Cord", "Contractor Extension Cord", "Multi-Outlet Extension Cord"],
                attributes: [outdoorCordLength, cordGauge, cordColor],
                uses: ["powering lawn equipment", "jobsite power tools", "outdoor lighting", "running power to a shed"]
            ),
            CategorySpec(
                "Power Strips & Surge Protectors > Surge Protectors", weight: 1.5, price: 24, sigma: 0.6,
                nouns: ["Surge Protector", "Surge Protector Power Strip", "Wall Mount Surge Protector", "USB Surge Protector"],
                attributes: [outletCount, joules, cordLengthShort],
                uses: ["protecting TVs and computers", "home entertainment centers", "workstations"]
            ),
            CategorySpec(
                "Wire > Electrical Wire > NM-B Wire", weight: 1, price: 89, sigma: 0.7,
                nouns: ["NM-B Wire", "Non-Metallic Sheathed Wire", "Solid Copper Building Wire"],
                attributes: [wireGauge, wireLength],
                uses: ["residential branch circuits", "adding outlets and lights", "remodeling and additions"]
            ),
            CategorySpec(
                "Circuit Breakers > Single Pole Breakers", weight: 1, price: 14, sigma: 0.5,
                nouns: ["Single Pole Circuit Breaker", "Plug-On Circuit Breaker", "Combination AFCI Breaker", "Dual Function Breaker"],
                attributes: [breakerAmps],
                uses: ["replacing a faulty breaker", "adding a new circuit", "protecting bedroom circuits"]
            ),
            CategorySpec(
                "Boxes & Brackets > Outlet Boxes", weight: 1, price: 3, sigma: 0.6,
                nouns: ["Outlet Box", "Old Work Box", "New Work Box", "Ceiling Fan Box"],
                attributes: [gangCount, boxMaterial, .packSize],
                uses: ["adding outlets to finished walls", "new construction", "mounting ceiling fans and fixtures"]
            ),
            CategorySpec(
                "Conduit & Fittings > PVC Conduit", weight: 0.8, price: 6, sigma: 0.5,
                nouns: ["Schedule 40 PVC Conduit", "Rigid PVC Conduit", "Electrical Conduit"],
                attributes: [conduitSize, conduitLength],
                uses: ["underground electrical runs", "protecting exterior wiring", "garage and shop wiring"]
            ),
            CategorySpec(
                "Smart Home > Smart Plugs", weight: 1.5, price: 19, sigma: 0.5,
                nouns: ["Smart Plug", "Wi-Fi Smart Plug", "Outdoor Smart Plug", "Mini Smart Plug"],
                attributes: [.packSize, connectivity],
                uses: ["scheduling lamps and fans", "controlling holiday lights", "voice control of small appliances"]
            ),
            CategorySpec(
                "Smart Home > Video Doorbells", weight: 1, price: 99, sigma: 0.45,
                nouns: ["Video Doorbell", "Wired Video Doorbell", "Battery Video Doorbell", "Doorbell Camera"],
                attributes: [videoResolution, connectivity],
                uses: ["seeing who is at the door", "package theft deterrence", "answering the door from anywhere"]
            ),
            CategorySpec(
                "Generators > Portable Generators", weight: 1, price: 699, sigma: 0.55,
                nouns: ["Portable Generator", "Dual Fuel Portable Generator", "Inverter Generator", "Gas Powered Portable Generator"],
                attributes: [generatorWatts, fuelType],
                extras: ["with Electric Start|1.15", "with CO Shutdown|1.1", "with Wheel Kit|1.05"],
                uses: ["backup power during outages", "camping and tailgating", "jobsite power", "running a refrigerator during storms"]
            ),
            CategorySpec(
                "Electrical Tools > Voltage Testers", weight: 1, price: 24, sigma: 0.6,
                nouns: ["Non-Contact Voltage Tester", "Digital Multimeter", "Outlet Tester", "Clamp Meter"],
                attributes: [meterRange],
                uses: ["checking circuits before work", "troubleshooting outlets", "diagnosing appliance problems"]
            ),
            CategorySpec(
                "Electrical Tools > Electrical Tape", weight: 0.8, price: 4, sigma: 0.5,
                nouns: ["Electrical Tape", "Vinyl Electrical Tape", "Rubber Splicing Tape"],
                attributes: [tapeWidth, tapeColor, .packSize],
                uses: ["insulating wire splices", "color-coding conductors", "bundling cables"]
            ),
            CategorySpec(
                "Timers > Outlet Timers", weight: 0.8, price: 14, sigma: 0.5,
                nouns: ["Plug-In Timer", "Digital Outlet Timer", "Mechanical Timer", "In-Wall Timer Switch"],
                attributes: [timerType, deviceColor],
                uses: ["controlling lamps while away", "pool pumps and fountains", "holiday lighting schedules"]
            ),
        ]
    )

    private static let deviceColor = AttributeSpec("color", ["White", "Light Almond", "Ivory", "Black", "Gray"], .inSuffix, popularFirst: true)
    private static let switchAmps = AttributeSpec("amperage", ["15 Amp", "20 Amp"], .beforeNoun, spread: 0.3)
    private static let dimmerLoad = AttributeSpec("load", ["150 W", "250 W", "600 W", "1000 W"], .beforeNoun, spread: 0.8)
    private static let usbOutput = AttributeSpec("usb_output", ["2.4 A|2.4 Amp", "3.6 A|3.6 Amp", "4.0 A|4.0 Amp", "30 W|30-Watt"], .beforeNoun, spread: 0.6)
    private static let gangCount = AttributeSpec("gang", ["1-Gang", "2-Gang", "3-Gang", "4-Gang"], .beforeNoun, spread: 1.5, popularFirst: true)
    private static let plateMaterial = AttributeSpec("material", ["Thermoplastic", "Nylon", "Stainless Steel", "Metal", "Wood"], spread: 2)
    private static let cordLength = AttributeSpec("length", ["6 ft.", "9 ft.", "15 ft."], .beforeNoun, spread: 0.8)
    private static let cordLengthShort = AttributeSpec("cord_length", ["2 ft.", "4 ft.", "6 ft.", "8 ft.", "10 ft."], spread: 0.4)
    private static let outdoorCordLength = AttributeSpec("length", ["25 ft.", "50 ft.", "100 ft.", "150 ft."], .beforeNoun, spread: 2.5, popularFirst: true)
    private static let cordGauge = AttributeSpec("gauge", ["16/3|16/3", "14/3|14/3", "12/3|12/3", "10/3|10/3"], .beforeNoun, spread: 1.2)
    private static let cordColor = AttributeSpec("color", ["Orange", "Green", "Yellow", "Blue", "Black"], .inSuffix)
    private static let outletCount = AttributeSpec("outlets", ["3-Outlet", "6-Outlet", "8-Outlet", "10-Outlet", "12-Outlet"], .beforeNoun, spread: 2)
    private static let joules = AttributeSpec("surge_rating", ["900 Joules", "1800 Joules", "2700 Joules", "4000 Joules"], spread: 1)
    private static let wireGauge = AttributeSpec("gauge", ["14/2|14/2", "12/2|12/2", "14/3|14/3", "12/3|12/3", "10/2|10/2", "10/3|10/3"], .beforeNoun, spread: 1.5)
    private static let wireLength = AttributeSpec("length", ["25 ft.", "50 ft.", "100 ft.", "250 ft."], .beforeNoun, spread: 5)
    private static let breakerAmps = AttributeSpec("amperage", ["15 Amp", "20 Amp", "30 Amp", "40 Amp", "50 Amp"], .beforeNoun, spread: 1.5)
    private static let boxMaterial = AttributeSpec("material", ["PVC", "Fiberglass", "Steel"], spread: 1)
    private static let conduitSize = AttributeSpec("diameter", ["1/2 in.", "3/4 in.", "1 in.", "1-1/4 in.", "2 in."], .beforeNoun, spread: 3)
    private static let conduitLength = AttributeSpec("length", ["10 ft."], .beforeNoun)
    private static let connectivity = AttributeSpec("connectivity", ["Wi-Fi", "Bluetooth", "Zigbee", "Matter over Wi-Fi"], spread: 0.3)
    private static let videoResolution = AttributeSpec("resolution", ["1080p", "1536p", "2K", "4K"], .beforeNoun, spread: 1.2)
    private static let generatorWatts = AttributeSpec("running_watts", [
        "2,200-Watt", "3,500-Watt", "4,500-Watt", "5,500-Watt", "7,500-Watt", "9,500-Watt",
    ], .beforeNoun, spread: 2.2)
    private static let fuelType = AttributeSpec("fuel", ["Gasoline", "Dual Fuel", "Tri-Fuel", "Propane"], spread: 0.4)
    private static let meterRange = AttributeSpec("voltage_range", ["12-1000 V", "50-1000 V", "90-1000 V", "600 V AC/DC"], spread: 0.5)
    private static let tapeWidth = AttributeSpec("width", ["1/2 in.", "3/4 in.", "1 in."], .beforeNoun, spread: 0.4)
    private static let tapeColor = AttributeSpec("color", ["Black", "White", "Red", "Blue", "Green", "Yellow", "Multi-Color"], .inSuffix, popularFirst: true)
    private static let timerType = AttributeSpec("timer_type", ["24-Hour Mechanical|24-Hour", "7-Day Digital|7-Day", "Countdown|Countdown", "Astronomic|Astronomic"], .beforeNoun, spread: 1)
}
