import Catalog
import Hummingbird
import SearchIndex

/// `/v1/categories…`: the category tree.
struct CategoryRoutes {
    let state: ServerState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/v1/categories") { request, _ in
            let parameters = try QueryParameters(request.uri.query, allowed: ["parent"])
            let parent = try parameters.integer("parent", in: 1...Int(Int64.max)).map(Int64.init)
            let categories = try await state.catalog.categories(parent: parent)
            return JSONResponse.make(JSONValue.object([("items", .array(categories.map(\.json)))]))
        }
        router.post("/v1/categories") { request, _ in
            let body = try await RequestBody.json(request, limit: ProductRoutes.bodyLimit)
            guard case .object(let members) = body else { throw APIError(.invalidRequest, "the body must be an object {\"path\": ...}") }
            if let unknown = members.first(where: { $0.key != "path" }) {
                throw APIError(.invalidRequest, "unknown field (known: path)", field: unknown.key)
            }
            let (category, created) = try await state.catalog.createCategory(path: body["path"] ?? .null)
            return JSONResponse.make(category.json, status: created ? .created : .ok,
                                     headers: [.location: "/v1/categories/\(category.id)"])
        }
        router.get("/v1/categories/{id}") { _, context in
            JSONResponse.make(try await state.catalog.category(id: try PathParameter.identifier("id", context)).json)
        }
        router.delete("/v1/categories/{id}") { _, context in
            try await state.catalog.deleteCategory(id: try PathParameter.identifier("id", context))
            return Response(status: .noContent)
        }
    }
}
