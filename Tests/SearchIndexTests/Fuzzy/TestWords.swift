import Foundation

/// Why the Home Depot corpus could not be read.
struct CorpusUnavailable: Error, CustomStringConvertible {
    let path: String
    let reason: String
    var description: String {
        "The Home Depot corpus is needed by this test but \(reason) at \(path). "
            + "It is expected at <package root>/../shared/corpora/homedepot (see the corpora README)."
    }
}

/// Word lists for the fuzzy-matching tests.
enum TestWords {
    /// The distinct lowercase words (letters and digits) of the Home Depot product titles, sorted.
    /// Read at run time from outside the repository; never copied into it.
    static func corpus() throws(CorpusUnavailable) -> [String] { try corpusWords.get() }

    private static let corpusWords: Result<[String], CorpusUnavailable> = {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let file = packageRoot.appendingPathComponent("../shared/corpora/homedepot/products.jsonl").standardizedFileURL
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return .failure(CorpusUnavailable(path: file.path, reason: "products.jsonl is missing or unreadable"))
        }
        var words = Set<String>()
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let title = object["title"] as? String
            else {
                return .failure(CorpusUnavailable(path: file.path, reason: "a line is not a JSON object with a title"))
            }
            for word in title.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
                words.insert(String(word))
            }
        }
        return .success(words.sorted())
    }()

    /// Scalars random words are drawn from: mostly ASCII letters, plus accented Latin, Greek, CJK,
    /// an emoji (four UTF-8 bytes) and digits.
    private static let randomAlphabet: [Unicode.Scalar] =
        Array("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzaeiouaeiou".unicodeScalars)
        + Array("éèêëüöäñßçøåαβγ日本語🔧0123456789".unicodeScalars)

    /// `count` random words of 1...12 scalars (duplicates possible).
    static func random(count: Int, using rng: inout SplitMix64) -> [String] {
        (0..<count).map { _ in
            let length = Int.random(in: 1...12, using: &rng)
            var word = String.UnicodeScalarView()
            for _ in 0..<length {
                word.append(randomAlphabet.randomElement(using: &rng)!)
            }
            return String(word)
        }
    }

    /// `word` with one random edit (insertion, deletion, substitution or adjacent swap).
    static func withTypo(_ word: String, using rng: inout SplitMix64) -> String {
        var scalars = Array(word.unicodeScalars)
        let letter = randomAlphabet[Int.random(in: 0..<26, using: &rng)]
        switch (Int.random(in: 0..<4, using: &rng), scalars.count) {
        case (0, _), (_, 0):
            scalars.insert(letter, at: Int.random(in: 0...scalars.count, using: &rng))
        case (1, _):
            scalars.remove(at: Int.random(in: 0..<scalars.count, using: &rng))
        case (2, _), (_, 1):
            scalars[Int.random(in: 0..<scalars.count, using: &rng)] = letter
        default:
            let index = Int.random(in: 0..<scalars.count - 1, using: &rng)
            scalars.swapAt(index, index + 1)
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Words in the style of `training`: a character trigram model over the training words generates
    /// words until, together with the training words, there are `total` distinct words.
    static func realistic(total: Int, training: [String], using rng: inout SplitMix64) -> [String] {
        let start: Unicode.Scalar = "^"
        let end: Unicode.Scalar = "$"
        struct Context: Hashable { let a: Unicode.Scalar, b: Unicode.Scalar }
        var followers: [Context: [Unicode.Scalar]] = [:]
        for word in training where word.allSatisfy(\.isLetter) {
            let scalars = [start, start] + Array(word.unicodeScalars) + [end]
            for index in 2..<scalars.count {
                followers[Context(a: scalars[index - 2], b: scalars[index - 1]), default: []].append(scalars[index])
            }
        }
        var words = Set(training)
        while words.count < total {
            var context = Context(a: start, b: start)
            var word = String.UnicodeScalarView()
            while word.count < 16, let next = followers[context]?.randomElement(using: &rng), next != end {
                word.append(next)
                context = Context(a: context.b, b: next)
            }
            if !word.isEmpty { words.insert(String(word)) }
        }
        return words.sorted()
    }
}
