import Catalog
import SearchIndex

/// The JSON of a search result, the shape of `aisle search --json`:
///
/// `{"total", "total_exact", "took_us", "did_you_mean", "hits": [{"id", "score", "cursor",
/// "highlights": {field: html}, "document"}], "facets": [{"field", "values": [{"value", "count",
/// "selected"}], "ranges": [{"from", "to", "count"}], "min", "max"}], "next_cursor"}`. `document` is
/// the product as stored, byte for byte. The HTTP API and `aisle search --json` both answer with it.
public enum SearchResponse {
    /// `result` as JSON, with `micros` as the search time.
    public static func json(_ result: SearchResult, micros: Int) -> String {
        let (head, tail) = parts(result)
        return head + String(micros) + tail
    }

    /// The JSON of `result` in two parts, before and after the `took_us` value (a cached answer is
    /// sent again with another time).
    static func parts(_ result: SearchResult) -> (head: String, tail: String) {
        let head = #"{"total":\#(result.total),"total_exact":\#(result.totalIsExact),"took_us":"#
        var out = #","did_you_mean":"#
        if let suggestion = result.didYouMean { JSONValue.string(suggestion).serialize(into: &out) } else { out += "null" }
        out += #","hits":["#
        for (index, hit) in result.hits.enumerated() {
            if index > 0 { out += "," }
            out += #"{"id":"#
            JSONValue.string(hit.id).serialize(into: &out)
            out += #","score":\#(hit.score.isFinite ? "\(hit.score)" : "0"),"cursor":"\#(hit.cursor.encoded)","highlights":"#
            JSONValue.object(hit.highlights.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.string($0.value)) }).serialize(into: &out)
            out += #","document":"# + String(decoding: hit.document, as: UTF8.self) + "}"
        }
        out += #"],"facets":["#
        for (index, facet) in result.facets.enumerated() {
            if index > 0 { out += "," }
            out += #"{"field":"#
            JSONValue.string(facet.field).serialize(into: &out)
            out += #","values":["#
            for (position, value) in facet.values.enumerated() {
                if position > 0 { out += "," }
                out += #"{"value":"#
                JSONValue.string(value.value).serialize(into: &out)
                out += #","count":\#(value.count),"selected":\#(value.selected)}"#
            }
            out += #"],"ranges":["#
            out += facet.ranges.map { #"{"from":\#(number($0.lower)),"to":\#(number($0.upper)),"count":\#($0.count)}"# }.joined(separator: ",")
            out += #"],"min":\#(number(facet.minimum)),"max":\#(number(facet.maximum))}"#
        }
        out += #"],"next_cursor":\#(result.nextCursor.map { "\"\($0.encoded)\"" } ?? "null")}"#
        return (head, out)
    }

    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        return JSONValue.number(value).serialized
    }
}
