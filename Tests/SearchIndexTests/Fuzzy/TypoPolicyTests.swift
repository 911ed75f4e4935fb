import SearchIndex
import Testing

@Suite struct TypoPolicyTests {
    @Test func defaultBudgetGrowsWithWordLength() {
        let policy = TypoPolicy.standard
        #expect(policy.maxEdits(for: "saw") == 0)
        #expect(policy.maxEdits(for: "sink") == 0)
        #expect(policy.maxEdits(for: "drill") == 1)
        #expect(policy.maxEdits(for: "faucets") == 1)
        #expect(policy.maxEdits(for: "cordless") == 2)
        #expect(policy.maxEdits(for: "refrigerator") == 2)
    }

    @Test func wordsWithDigitsGetNoTypos() {
        let policy = TypoPolicy.standard
        for word in ["2x4", "12v", "dw7480", "1000watts", "r2d2robot", "5gal", "x²inches", "½inchpipe", "٣٣٣٣٣٣"] {
            #expect(policy.maxEdits(for: word) == 0, "\(word)")
        }
    }

    @Test func lengthIsCountedInUnicodeScalars() {
        let policy = TypoPolicy.standard
        #expect(policy.maxEdits(for: "café") == 0)
        #expect(policy.maxEdits(for: "naïve") == 1)
        #expect(policy.maxEdits(for: "日本語日本") == 1)
    }

    @Test func thresholdsAreConfigurable() {
        let lenient = TypoPolicy(oneEditMinimumLength: 4, twoEditsMinimumLength: 7)
        #expect(lenient.maxEdits(for: "sink") == 1)
        #expect(lenient.maxEdits(for: "faucets") == 2)
        #expect(TypoPolicy.exact.maxEdits(for: "refrigerator") == 0)
    }

    @Test(arguments: [("5,8", "5,8"), ("4,7", "4,7"), ("5", "5,255"), ("3,3", "3,3"), ("255,255", "255,255")])
    func lengthsAsUsersWriteThemAreRead(text: String, expected: String) throws {
        #expect(try #require(TypoPolicy(lengths: text)).lengths == expected)
    }

    @Test(arguments: ["", "2,8", "8,5", "5,", ",8", "a", "5,8,9", "256", "5;8", " 5,8", "-1"])
    func malformedOrOutOfRangeLengthsAreRefused(text: String) {
        #expect(TypoPolicy(lengths: text) == nil)
    }
}
