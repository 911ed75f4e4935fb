import SearchIndex
import TextAnalysis

/// Marks the words of a text that a query matched, for showing results: the text HTML-escaped, each
/// matched span in `<em>…</em>`.
///
/// Matching uses the index's analyzer on both sides, so it agrees with search: "drills" in a title
/// is marked for the query "drill", "3/4 in." for "3/4in", and a prefix (`cord*`, or the last word
/// of a suggestion) marks every word starting with it. Excluded words (`-word`) are never marked.
struct Highlighter {
    let analyzer: Analyzer
    private var terms: Set<String> = []
    private var prefixes: [String] = []

    /// A highlighter for `query` as `index` would run it; `prefixLastWord` treats a last word still
    /// being typed as a prefix (suggestions).
    init(query: String, index: Index, fields: Set<String>, prefixLastWord: Bool = false) {
        analyzer = index.analyzer
        for clause in QueryParser(fields: fields).parse(query).clauses where clause.occur != .mustNot {
            switch clause.kind {
            case .word(let word):
                if prefixLastWord && clause.isLastWord {
                    prefixes.append(analyzer.normalize(word))
                } else {
                    terms.formUnion(analyzer.analyze(word).map(\.term))
                }
            case .phrase(let words, _): terms.formUnion(analyzer.analyze(words.joined(separator: " ")).map(\.term))
            case .prefix(let stem): prefixes.append(analyzer.normalize(stem))
            }
        }
        prefixes.removeAll { $0.isEmpty }
    }

    /// `text`, HTML-escaped, with matched spans wrapped in `<em>` and `</em>`.
    func highlight(_ text: String) -> String {
        var spans: [Range<Int>] = []
        for token in analyzer.analyze(text) where terms.contains(token.term) || prefixes.contains(where: { token.term.hasPrefix($0) }) {
            spans.append(token.start..<token.end)
        }
        spans.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for span in spans {
            if let last = merged.last, span.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
            } else {
                merged.append(span)
            }
        }
        let bytes = Array(text.utf8)
        var out = ""
        var at = 0
        for span in merged where span.lowerBound >= at && span.upperBound <= bytes.count {
            out += Self.escaped(bytes[at..<span.lowerBound])
            out += "<em>" + Self.escaped(bytes[span]) + "</em>"
            at = span.upperBound
        }
        return out + Self.escaped(bytes[at...])
    }

    private static func escaped(_ bytes: ArraySlice<UInt8>) -> String {
        var out = ""
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
