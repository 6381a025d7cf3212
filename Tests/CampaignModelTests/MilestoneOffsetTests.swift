import CampaignModel
import Testing

@Suite struct MilestoneOffsetTests {
    @Test(arguments: [
        ("40 business days before", -40, true),
        ("1 business day after", 1, true),
        ("7 days before", -7, false),
        ("on the day", 0, true),
    ])
    func readsTheSpecsWords(text: String, days: Int, inBusinessDays: Bool) throws {
        let offset = try MilestoneOffset(parsing: text)
        #expect(offset.days == days)
        #expect(offset.inBusinessDays == inBusinessDays)
        #expect(offset.description == text)
    }

    @Test(arguments: ["ten days before", "40 business days", "0 days before", "3 weeks before", "40 working days before"])
    func refusesAnythingElse(text: String) {
        #expect(throws: DateRuleError.self) { try MilestoneOffset(parsing: text) }
    }
}
