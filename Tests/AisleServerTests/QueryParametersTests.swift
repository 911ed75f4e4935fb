@testable import AisleServer
import Testing

@Suite struct QueryParametersTests {
    static let allowed: Set<String> = ["q", "facet", "limit"]

    @Test func valuesAreDecodedFromPlusAndPercentEscapes() throws {
        let parameters = try QueryParameters("q=3%2F4+in.+caf%C3%A9%20tile&facet=brand&facet=price%3A10%2C20&limit=", allowed: Self.allowed)
        #expect(try parameters.string("q") == "3/4 in. café tile")
        #expect(parameters.all("facet") == ["brand", "price:10,20"])
        #expect(try parameters.string("limit") == "")
        #expect(try QueryParameters("q=caf\u{E9}&&", allowed: Self.allowed).string("q") == "caf\u{E9}")
        #expect(try QueryParameters(nil, allowed: Self.allowed).string("q") == nil)
    }

    @Test func malformedEscapesNulAndUnknownOrRepeatedParametersAreRefused() {
        for query in ["q=%4", "q=%zz1", "q=50%", "q=a%00b", "q=%FF", "q=%C3", "size=1", "q=a&q=b"] {
            #expect(throws: APIError.self, "\(query)") {
                let parameters = try QueryParameters(query, allowed: Self.allowed)
                _ = try parameters.string("q")
            }
        }
    }
}
