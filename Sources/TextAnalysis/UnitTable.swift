/// The units the analyzer recognizes after a number, and the one term each normalizes to.
///
/// A unit is only a unit right after a number ("3/4 in.", "20-Volt", `24"`): elsewhere the same
/// letters are ordinary words ("Faucet in Chrome"), so "in" never turns into a unit on its own.
/// Canonical terms are the usual US retail abbreviations, lowercase and without periods, so a
/// measurement term reads like what people type ("3/4in", "1.9cuft", "20v"). One table serves
/// every language: metric units are the same everywhere and English retail abbreviations are
/// what catalogues use.
struct UnitTable: Sendable {
    /// The table every analyzer uses.
    static let standard = UnitTable()

    /// A unit as a small number (its index in `names`, from 1), so elements that carry a unit
    /// stay plain values; 0 means no unit.
    typealias ID = UInt8

    /// The canonical term of each unit, indexed by `ID` (index 0 unused).
    private(set) var names: [String] = [""]
    private var units = ByteKeyedTable<ID>(capacity: 160)
    private var prefixes = ByteKeyedTable<String>(capacity: 16)
    private var compounds = ByteKeyedTable<ID>(capacity: 16)

    private init() {
        let spellings: [String: [String]] = [
            "in": ["in", "inch", "inches"],
            "ft": ["ft", "foot", "feet"],
            "yd": ["yd", "yds", "yard", "yards"],
            "mm": ["mm", "millimeter", "millimeters", "millimetre", "millimetres"],
            "cm": ["cm", "centimeter", "centimeters", "centimetre", "centimetres"],
            "m": ["m", "meter", "meters", "metre", "metres"],
            "mil": ["mil", "mils"],
            "sqft": ["sqft"], "sqin": ["sqin"], "sqyd": ["sqyd"], "sqm": ["sqm"],
            "cuft": ["cuft"], "cuin": ["cuin"], "cuyd": ["cuyd"], "linft": ["linft"], "floz": ["floz"],
            "oz": ["oz", "ounce", "ounces"],
            "lb": ["lb", "lbs", "pound", "pounds"],
            "kg": ["kg", "kgs", "kilogram", "kilograms"],
            "g": ["g", "gram", "grams"],
            "ton": ["ton", "tons"],
            "gal": ["gal", "gals", "gallon", "gallons"],
            "qt": ["qt", "qts", "quart", "quarts"],
            "pt": ["pt", "pint", "pints"],
            "l": ["l", "liter", "liters", "litre", "litres"],
            "ml": ["ml", "milliliter", "milliliters", "millilitre", "millilitres"],
            "cc": ["cc"],
            "v": ["v", "volt", "volts", "vac", "vdc"],
            "w": ["w", "watt", "watts"],
            "kw": ["kw", "kilowatt", "kilowatts"],
            "kwh": ["kwh"],
            "a": ["a", "amp", "amps", "ampere", "amperes"],
            "ah": ["ah"], "mah": ["mah"],
            "hz": ["hz", "hertz"],
            "btu": ["btu", "btus"],
            "cfm": ["cfm"], "gpm": ["gpm"], "gpf": ["gpf"], "psi": ["psi"], "mph": ["mph"], "rpm": ["rpm"],
            "hp": ["hp", "horsepower"],
            "k": ["k", "kelvin"],
            "lm": ["lm", "lumen", "lumens"],
            "ga": ["ga", "gauge", "gage"],
            "awg": ["awg"], "tpi": ["tpi"], "grit": ["grit"],
            "deg": ["deg", "degree", "degrees"],
            "db": ["db", "decibel", "decibels"],
            "pct": ["pct", "percent"],
            "pack": ["pack", "packs", "pk"],
            "pc": ["pc", "pcs", "piece", "pieces"],
            "ct": ["ct", "count"],
        ]
        for (canonical, variants) in spellings.sorted(by: { $0.key < $1.key }) {
            let id = ID(names.count)
            names.append(canonical)
            for variant in variants { units.set(id, for: variant) }
        }
        // Two-word units: a prefix word, then a length or volume unit ("cu. ft.", "square feet").
        for (canonical, variants) in ["sq": ["sq", "square"], "cu": ["cu", "cubic"], "lin": ["lin", "linear"], "fl": ["fl", "fluid"]] {
            for variant in variants { prefixes.set(canonical, for: variant) }
        }
        for joined in ["sqft", "sqin", "sqyd", "sqm", "cuft", "cuin", "cuyd", "linft", "floz"] {
            if let id = units.value(for: joined) { compounds.set(id, for: joined) }
        }
    }

    /// The unit one word names ("inches" → in), or nil if the word is not a unit.
    func unit(_ word: UnsafeBufferPointer<UInt8>) -> ID? {
        units.value(for: word)
    }

    /// The unit a mark stands for right after a number: `"` in, `'` ft, `%` pct, `°` deg.
    func unit(mark: UInt8) -> ID? {
        switch mark {
        case UInt8(ascii: "\""): units.value(for: "in")
        case UInt8(ascii: "'"): units.value(for: "ft")
        case UInt8(ascii: "%"): units.value(for: "pct")
        case Piece.degree: units.value(for: "deg")
        default: nil
        }
    }

    /// The unit two words written apart name ("cu" "ft" → cuft, "square" "feet" → sqft), or
    /// nil if they do not form one.
    func unit(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> ID? {
        guard let prefix = prefixes.value(for: first), let base = units.value(for: second) else { return nil }
        return compounds.value(for: prefix + names[Int(base)])
    }
}
