import HummingbirdTesting
import SearchIndex

extension TestResponse {
    /// The body parsed as JSON.
    func jsonBody() throws -> JSONValue {
        try JSONValue.parse(Array(body.readableBytesView))
    }

    /// `error.code` and `error.field` of an error body.
    var error: (code: String?, field: String?) {
        let error = (try? jsonBody())?["error"]
        if case .string(let code)? = error?["code"] {
            if case .string(let field)? = error?["field"] { return (code, field) }
            return (code, nil)
        }
        return (nil, nil)
    }
}
