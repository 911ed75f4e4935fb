import Hummingbird
import NIOPosix
import SearchIndex

/// `/v1/synonyms`: the index's query-time synonym rules (`Index.setSynonymRules`), one rule per
/// line in Solr's format. A change applies to every search started after the answer (the search
/// cache is keyed by the rules' revision) and needs no reindex.
struct SynonymRoutes {
    let state: ServerState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/v1/synonyms") { request, _ in
            _ = try QueryParameters(request.uri.query, allowed: [])
            let index = try state.current().live.index
            let (text, phrases) = try await NIOThreadPool.singleton.runIfActive { (try index.synonymRulesText(), index.synonymPhraseCount) }
            return JSONResponse.make(Self.body(rules: text, phrases: phrases))
        }
        router.put("/v1/synonyms") { request, _ in
            let body = try await RequestBody.json(request, limit: ProductRoutes.bodyLimit)
            guard case .object(let members) = body else { throw APIError(.invalidRequest, "the body must be an object {\"rules\": \"...\"}") }
            if let unknown = members.first(where: { $0.key != "rules" }) {
                throw APIError(.invalidRequest, "unknown field (known: rules)", field: unknown.key)
            }
            guard case .string(let rules)? = body["rules"] else {
                throw APIError(.invalidRequest, "rules must be a string: one rule per line", field: "rules")
            }
            let index = try state.current().live.index
            let phrases = try await NIOThreadPool.singleton.runIfActive { () throws -> Int in
                do {
                    return try index.setSynonymRules(rules)
                } catch IndexError.invalidRequest(_, let message) {
                    throw APIError(.invalidRequest, message, field: "rules")
                }
            }
            return JSONResponse.make(Self.body(rules: rules, phrases: phrases))
        }
    }

    private static func body(rules: String, phrases: Int) -> JSONValue {
        .object([("rules", .string(rules)), ("phrases", .number(Double(phrases)))])
    }
}
