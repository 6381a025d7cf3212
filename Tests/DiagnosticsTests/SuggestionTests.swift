@testable import Diagnostics
import Testing

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("titel", "title"),
        ("keydate", "keyDate"),
        ("distributon", "distribution"),
        ("mesages", "messages"),
    ])
    func suggestsTheKeyMeant(typo: String, meant: String) {
        let keys = ["id", "title", "keyDate", "messages", "distribution", "design"]
        #expect(Suggestion.closest(to: typo, among: keys) == meant)
    }

    @Test func suggestsNothingForUnrelatedWords() {
        #expect(Suggestion.closest(to: "colour", among: ["id", "title", "design"]) == nil)
        #expect(Suggestion.didYouMean("colour", among: ["id", "title"]) == "")
    }

    @Test func twoLetterCodesMatchOnlyByCase() {
        let states = ["CY", "CZ", "DE", "SK"]
        #expect(Suggestion.closest(to: "cz", among: states) == "CZ")
        #expect(Suggestion.closest(to: "CS", among: states) == nil)
    }

    @Test func editDistanceCountsTranspositionAsOneEdit() {
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("actoin", "action") == 1)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("same", "same") == 0)
    }

    @Test func listsTheChoicesWhenNothingIsClose() {
        #expect(Suggestion.didYouMeanOrList("kids", among: ["general", "seniors"]) == "; expected one of: general, seniors")
        #expect(Suggestion.didYouMeanOrList("senoirs", among: ["general", "seniors"]) == "; did you mean 'seniors'?")
    }
}
