import Catalog
import Testing

@Suite struct DatabaseURLTests {
    @Test func readsEveryPart() throws {
        let url = try DatabaseURL("postgres://aisle:s%40cret@127.0.0.1:5544/shop?sslmode=disable&connect_timeout=3")
        #expect(url.host == "127.0.0.1")
        #expect(url.port == 5544)
        #expect(url.user == "aisle")
        #expect(url.password == "s@cret")
        #expect(url.database == "shop")
        #expect(url.sslMode == "disable")
        #expect(url.connectTimeout == .seconds(3))
        #expect(url.description == "postgres://aisle@127.0.0.1:5544/shop")
    }

    @Test func refusesWhatItCannotUse() {
        for text in ["mysql://a@b/c", "postgres://a@b", "postgres://b/c", "postgres://a@b/c?sslmode=verify-full", "postgres://a@b/c?x=1", "not a url"] {
            #expect(throws: CatalogError.self, "\(text)") { try DatabaseURL(text) }
        }
    }
}
