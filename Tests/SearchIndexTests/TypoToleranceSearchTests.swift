@testable import SearchIndex
import Testing

@Suite struct TypoToleranceSearchTests {
    let folder = TemporaryFolder()

    func catalog() throws -> Index {
        let index = try Index.create(at: folder.path + "/index")
        try index.write([
            .upsert(try Products.document(id: "1", title: "Cordless Hammer Drill with Batteries")),
            .upsert(try Products.document(id: "2", title: "Gas Grill Cover")),
            .upsert(try Products.document(id: "3", title: "Refrigerator Water Filter WRF555SDFZ")),
            .upsert(try Products.document(id: "4", title: "Drill Bit Set")),
        ])
        return index
    }

    @Test func aMisspelledWordFindsTheCorrectionAndSaysSo() throws {
        let index = try catalog()
        let result = try index.search(SearchRequest(query: "cordles drill"))
        #expect(result.hits.first?.id == "1")
        #expect(result.didYouMean == "cordless drill")
        let twoEdits = try index.search(SearchRequest(query: "refrigirater filter"))
        #expect(twoEdits.hits.first?.id == "3")
        #expect(twoEdits.didYouMean == "refrigerator filter")
        let stemmed = try index.search(SearchRequest(query: "+bateries"))
        #expect(stemmed.hits.map(\.id) == ["1"])
    }

    @Test func theTypoLengthsOfARequestDecideWhatIsCorrected() throws {
        let index = try catalog()
        // "gril" has 4 letters: no typo by default, one from 4.
        #expect(try index.search(SearchRequest(query: "gril")).total == 0)
        let four = try index.search(SearchRequest(query: "gril", typoPolicy: try #require(TypoPolicy(lengths: "4,8"))))
        #expect(four.hits.map(\.id) == ["2"])
        #expect(four.didYouMean == "grill")
        // Two typos in a 12-letter word: found by default, not when two typos are never allowed.
        #expect(try index.search(SearchRequest(query: "refrigirater")).hits.first?.id == "3")
        #expect(try index.search(SearchRequest(query: "refrigirater", typoPolicy: try #require(TypoPolicy(lengths: "5")))).total == 0)
    }

    @Test func aWordThatExistsIsNeverCorrected() throws {
        let index = try catalog()
        let result = try index.search(SearchRequest(query: "grill"))
        #expect(result.hits.map(\.id) == ["2"])
        #expect(result.didYouMean == nil)
    }

    @Test func shortWordsNumbersAndCodesAreNotCorrected() throws {
        let index = try catalog()
        #expect(try index.search(SearchRequest(query: "dril")).total == 0)
        // A code's parts still match in OR mode; in AND mode the changed digit makes it miss.
        #expect(try index.search(SearchRequest(query: "wrf556sdfz", mode: .all)).total == 0)
    }

    @Test func aMisspelledWordIsNeverCorrectedIntoACodeOrNumber() throws {
        let index = try Index.create(at: folder.path + "/codes")
        try index.write([
            .upsert(try Products.document(id: "1", title: "Lab Kit X5lab")),
            .upsert(try Products.document(id: "2", title: "Xolab Wrench")),
        ])
        // "xylab" is one edit from the code "x5lab" and from the word "xolab": only the word is
        // a correction.
        let result = try index.search(SearchRequest(query: "xylab"))
        #expect(result.hits.map(\.id) == ["2"])
        #expect(result.didYouMean == "xolab")
    }

    @Test func didYouMeanWritesTheCorrectionAsTheWrittenWordClosestToWhatWasTyped() throws {
        let index = try Index.create(at: folder.path + "/written")
        // One term ("batteri"), written "battery" in the first document and "batteries" in the second.
        try index.write([
            .upsert(try Products.document(id: "1", title: "Battery Charger")),
            .upsert(try Products.document(id: "2", title: "Batteries Pack")),
        ])
        let plural = try index.search(SearchRequest(query: "bateries pack"))
        #expect(plural.hits.first?.id == "2")
        #expect(plural.didYouMean == "batteries pack")
        let singular = try index.search(SearchRequest(query: "batery charger"))
        #expect(singular.hits.first?.id == "1")
        #expect(singular.didYouMean == "battery charger")
    }

    @Test func aWordIndexedAfterATypoSearchCorrectsTheNextOne() throws {
        let index = try catalog()
        #expect(try index.search(SearchRequest(query: "trimmmer")).total == 0)
        try index.write([.upsert(try Products.document(id: "5", title: "String Trimmer"))])
        let result = try index.search(SearchRequest(query: "trimmmer"))
        #expect(result.hits.map(\.id) == ["5"])
        #expect(result.didYouMean == "trimmer")
    }

    @Test func typoToleranceCanBeTurnedOff() throws {
        let index = try catalog()
        #expect(try index.search(SearchRequest(query: "cordles", typoTolerance: false)).total == 0)
        #expect(try index.search(SearchRequest(query: "cordles")).total == 1)
    }
}
