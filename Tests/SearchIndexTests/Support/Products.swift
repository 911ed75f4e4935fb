@testable import SearchIndex

/// Builds product documents the way the JSONL mapper would, for writer and search tests.
enum Products {
    static let mapper = ProductDocumentMapper()

    static func json(id: String, title: String, brand: String? = nil, category: String? = nil, description: String? = nil,
                     price: Double? = nil, extra: String = "") -> String {
        var fields = [#""id": "\#(id)""#, #""title": "\#(title)""#]
        if let brand { fields.append(#""brand": "\#(brand)""#) }
        if let category { fields.append(#""category": "\#(category)""#) }
        if let description { fields.append(#""description": "\#(description)""#) }
        if let price { fields.append(#""price": \#(price)"#) }
        if !extra.isEmpty { fields.append(extra) }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    static func document(id: String, title: String, brand: String? = nil, category: String? = nil, description: String? = nil,
                         price: Double? = nil) throws -> IndexDocument {
        try mapper.document(fromJSONLine: Array(json(id: id, title: title, brand: brand, category: category, description: description, price: price).utf8))
    }

    static func ids(_ result: SearchResult) -> [String] { result.hits.map(\.id) }

    /// The ids of the first 50 products `query` finds in `index`, as a set.
    static func matching(_ index: Index, _ query: String, mode: SearchRequest.MatchMode = .any) throws -> Set<String> {
        Set(ids(try index.search(SearchRequest(query: query, mode: mode, limit: 50))))
    }
}
