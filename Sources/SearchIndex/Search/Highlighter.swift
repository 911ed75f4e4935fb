import TextAnalysis

/// Marks the words of a text that matched a query: the text is analyzed with the index's
/// analyzer, and every token whose term the query looked for is wrapped in `<em>`…`</em>`. The
/// text is HTML-escaped, so the result can be shown as HTML as it is. Texts longer than
/// `snippetLength` bytes become a snippet around the first match, with "…" where cut.
struct Highlighter {
    let analyzer: Analyzer
    let terms: Set<String>
    static let snippetLength = 200

    /// The highlighted text, or nil when nothing in it matched.
    func highlight(_ text: String) -> String? {
        let utf8 = Array(text.utf8)
        var ranges: [Range<Int>] = []
        for token in analyzer.analyze(text) where terms.contains(token.term) && token.start < token.end && token.end <= utf8.count {
            ranges.append(token.start..<token.end)
        }
        guard !ranges.isEmpty else { return nil }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for range in ranges {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        var start = 0, end = utf8.count
        if utf8.count > Self.snippetLength {
            start = Self.boundary(utf8, max(0, merged[0].lowerBound - Self.snippetLength / 4), forward: false)
            end = Self.boundary(utf8, min(utf8.count, start + Self.snippetLength), forward: true)
        }
        var out = start > 0 ? "…" : ""
        var position = start
        for range in merged where range.lowerBound >= start && range.upperBound <= end {
            out += Self.escaped(utf8[position..<range.lowerBound])
            out += "<em>" + Self.escaped(utf8[range]) + "</em>"
            position = range.upperBound
        }
        out += Self.escaped(utf8[position..<end])
        if end < utf8.count { out += "…" }
        return out
    }

    /// The nearest word boundary (a space) at or around `index`, never inside a UTF-8 sequence.
    private static func boundary(_ utf8: [UInt8], _ index: Int, forward: Bool) -> Int {
        var i = index
        if forward {
            while i < utf8.count, utf8[i] != 0x20 { i += 1 }
        } else {
            while i > 0, utf8[i - 1] != 0x20 { i -= 1 }
        }
        return i
    }

    private static func escaped(_ bytes: ArraySlice<UInt8>) -> String {
        var out = ""
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
