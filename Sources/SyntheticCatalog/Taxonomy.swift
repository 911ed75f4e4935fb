/// The department specs prepared once for fast generation: leaves flattened with cumulative
/// draw weights, brands with their Zipf table and per-brand traits, templates parsed.
final class Taxonomy: Sendable {
    /// A department with its precomputed tables (a class, so the hot path retains one reference
    /// instead of every array inside).
    final class Department: Sendable {
        let spec: DepartmentSpec
        let brands: [Brand]
        let brandCumulative: [Double]

        init(spec: DepartmentSpec, brands: [Brand], brandCumulative: [Double]) {
            self.spec = spec
            self.brands = brands
            self.brandCumulative = brandCumulative
        }
    }

    /// A brand and the traits derived from its name and popularity rank.
    struct Brand: Sendable {
        let name: String
        let modelPrefix: String
        let priceFactor: Double
        let ratingOffset: Double
        let reviewFactor: Double
        /// 1/√(rank+1): used in the popularity score.
        let prominence: Double
    }

    /// A leaf category with its full path and the description vocabulary it draws on.
    final class Leaf: Sendable {
        let id: Int
        let department: Int
        /// Department name followed by the spec's path.
        let path: [String]
        let category: String
        /// The leaf's own name, lower-cased ("hammer drills").
        let categoryWord: String
        let spec: CategorySpec
        /// Nouns fully lower-cased, as shoppers type them ("led ceiling fan").
        let nounsLowercased: [String]
        /// Nouns as they read inside a sentence ("LED ceiling fan").
        let nounsInProse: [String]
        /// The category's features, or the department's when it has none.
        let features: [String]
        /// The category's benefits, or the department's when it has none.
        let benefits: [String]
        /// Adjectives as they read inside a sentence ("heavy-duty", "UV-resistant").
        let adjectivesInProse: [String]
        /// Follow-up sentences: the category's, the department's and the shared ones.
        let sentences: [SentenceTemplate]

        init(id: Int, department: Int, departmentSpec: DepartmentSpec, spec: CategorySpec, shared: [SentenceTemplate]) {
            self.id = id
            self.department = department
            self.path = [departmentSpec.name] + spec.path
            self.category = path.joined(separator: " > ")
            self.categoryWord = path[path.count - 1].lowercased()
            self.spec = spec
            self.nounsLowercased = spec.nouns.map { $0.lowercased() }
            self.nounsInProse = spec.nouns.map(Taxonomy.proseCase)
            self.features = spec.features.isEmpty ? departmentSpec.features : spec.features
            self.benefits = spec.benefits.isEmpty ? departmentSpec.benefits : spec.benefits
            self.adjectivesInProse = departmentSpec.adjectives.map(Taxonomy.proseCase)
            self.sentences = (spec.sentences + departmentSpec.sentences).map(SentenceTemplate.init) + shared
        }
    }

    let departments: [Department]
    let leaves: [Leaf]
    let openings: [SentenceTemplate]
    private let leafCumulative: [Double]

    /// The taxonomy built from `DepartmentSpec.all`.
    static let standard = Taxonomy(DepartmentSpec.all)

    init(_ specs: [DepartmentSpec]) {
        let shared = SharedVocabulary.sentences.map(SentenceTemplate.init)
        var departments: [Department] = []
        var leaves: [Leaf] = []
        var leafCumulative: [Double] = []
        let totalWeight = specs.reduce(0) { $0 + $1.weight }
        var running = 0.0
        for (departmentIndex, spec) in specs.enumerated() {
            var zipfTotal = 0.0
            let brandCumulative = spec.brands.indices.map { rank in
                zipfTotal += 1 / Double(rank + 1)
                return zipfTotal
            }
            departments.append(Department(
                spec: spec,
                brands: spec.brands.enumerated().map { Taxonomy.brand(named: $1, rank: $0) },
                brandCumulative: brandCumulative
            ))
            let leafTotal = spec.categories.reduce(0) { $0 + $1.weight }
            for category in spec.categories {
                leaves.append(Leaf(id: leaves.count, department: departmentIndex, departmentSpec: spec, spec: category, shared: shared))
                running += spec.weight / totalWeight * category.weight / leafTotal
                leafCumulative.append(running)
            }
        }
        self.departments = departments
        self.leaves = leaves
        self.leafCumulative = leafCumulative
        self.openings = SharedVocabulary.openings.map(SentenceTemplate.init)
    }

    /// Draws a leaf category, weighted by department and category weights.
    func drawLeaf(using rng: inout SplitMix64) -> Leaf {
        leaves[Taxonomy.search(leafCumulative, rng.unit() * leafCumulative[leafCumulative.count - 1])]
    }

    /// Draws a brand of `department` with Zipf-distributed popularity.
    func drawBrand(in department: Department, using rng: inout SplitMix64) -> Brand {
        let table = department.brandCumulative
        return department.brands[Taxonomy.search(table, rng.unit() * table[table.count - 1])]
    }

    /// The first index whose cumulative weight exceeds `target`.
    private static func search(_ cumulative: [Double], _ target: Double) -> Int {
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] <= target {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }

    private static func brand(named name: String, rank: Int) -> Brand {
        var rng = SplitMix64(state: fnv1a(name))
        let letters = name.uppercased().filter { $0.isLetter && $0.isASCII }
        let consonants = letters.dropFirst().filter { !"AEIOUY".contains($0) }
        let prefix = String(letters.prefix(1) + consonants.prefix(2))
        let prominence = 1 / Double(rank + 1).squareRoot()
        return Brand(
            name: name,
            modelPrefix: prefix.count >= 2 ? prefix : String(letters.prefix(3)),
            priceFactor: 0.8 + 0.55 * rng.unit(),
            ratingOffset: -0.3 + 0.45 * rng.unit(),
            reviewFactor: 0.4 + 2.6 * prominence,
            prominence: prominence
        )
    }

    /// Title case to sentence case, keeping acronyms and model-like words: each word part
    /// (split at spaces and hyphens) whose second letter is lower case gets a lower-case first
    /// letter ("Heavy-Duty" → "heavy-duty", "LED Ceiling Fan" → "LED ceiling fan").
    static func proseCase(_ text: String) -> String {
        var characters = Array(text)
        var partStart = 0
        for position in 0...characters.count {
            guard position == characters.count || characters[position] == " " || characters[position] == "-" else { continue }
            if position - partStart >= 2 && characters[partStart + 1].isLowercase {
                characters[partStart] = Character(characters[partStart].lowercased())
            }
            partStart = position + 1
        }
        return String(characters)
    }

    /// FNV-1a over UTF-8: a hash that, unlike `Hasher`, is the same in every process.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
