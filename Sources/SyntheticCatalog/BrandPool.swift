/// Invented long-tail brand names (no real trademarks intended), shared out to departments.
enum BrandPool {
    private static let names: [String] = [
        "Braget", "Brydell", "Corova", "Crandic", "Dasken", "Faelex", "Fanen", "Fomis", "Galvex",
        "Grano", "Kelvane", "Lakon", "Londent", "Mylet", "Monar", "Nalova", "Norkent", "Pendon",
        "Rosten", "Runova", "Sarus", "Sirix", "Stama", "Storock", "Tinell", "Toler", "Tunder",
        "Veren", "Vosten", "Zinet", "Zondo", "Tylane", "Skendic", "Trentis", "Ludoni", "Lerno",
        "Dealter", "Fivern", "Gasker", "Halvis", "Kindus", "Marlow & Finch", "Ashby Lane",
        "Copperfield Home", "Dunmore", "Elkhorn Supply", "Fairhaven Goods", "Glenrock",
        "Hartwell & Co.", "Inverly", "Juniper Row", "Kingsbury Works", "Larchmont", "Millbrook",
        "Northgate Supply", "Old Mill Road", "Pembrook", "Quillon", "Redbank", "Saltmarsh",
        "Thornbury", "Upland Trade", "Vellum & Vine", "Whitcombe", "Yardley Tool", "Zephyr Lane",
        "Ambrose & Pike", "Bellhaven", "Caldwell Forge", "Dovetail Union", "Evergate",
        "Foxley", "Greyson Hale", "Holloway", "Ivers", "Jessup & Lowe", "Kettering Co.",
        "Lindqvist", "Montrose Works", "Nettleton", "Orrin", "Prescott Line", "Quarry Hill",
        "Ravensworth", "Stellan", "Tamsin", "Ulverton", "Vantrell", "Wexley", "Yorvik Trade",
        "Alder & Ash", "Brightwater", "Cobble Creek", "Deerpath", "Emberly", "Fernwick",
        "Goldcrest Home", "Hollins", "Islay", "Jorvane", "Kestwick", "Lowden", "Merrow",
        "Nordale", "Oakshott", "Penhallow", "Rowan & Reed", "Silverbirch", "Tidewell", "Underhill",
    ]

    /// Twenty tail brands for department number `department`; neighbouring departments share
    /// ten of them, as real retailers' long tails overlap.
    static func tail(forDepartment department: Int) -> [String] {
        (0..<20).map { names[(department * 10 + $0) % names.count] }
    }
}
