import CampaignModel
import Testing

@Suite struct DateRuleTests {
    @Test(arguments: [
        ("third Wednesday of June", 2027, "2027-06-16"),
        ("third Wednesday of June", 2028, "2028-06-21"),
        ("second Tuesday of February", 2027, "2027-02-09"),
        ("second Tuesday of February", 2026, "2026-02-10"),
        ("18 October", 2027, "2027-10-18"),
        ("last Friday of June", 2027, "2027-06-25"),
        ("last Sunday of March", 2026, "2026-03-29"),
        ("first Monday of September", 2025, "2025-09-01"),
        ("Easter", 2025, "2025-04-20"),
        ("Easter + 1", 2026, "2026-04-06"),
        ("Easter - 2", 2024, "2024-03-29"),
        ("Orthodox Easter", 2024, "2024-05-05"),
        ("Orthodox Easter + 1", 2026, "2026-04-13"),
        ("2027-06-16", 2027, "2027-06-16"),
    ])
    func givesTheDateOfTheYear(rule: String, year: Int, expected: String) throws {
        let parsed = try DateRule(parsing: rule)
        #expect(parsed.date(in: year)?.description == expected)
    }

    @Test func fifthWeekdayExistsOnlyInSomeYears() throws {
        let rule = try DateRule(parsing: "fifth Monday of February")
        #expect(rule.date(in: 2027) == nil)
        #expect(rule.date(in: 2016)?.description == "2016-02-29")
    }

    @Test func aOneOffDateBelongsToItsYearOnly() throws {
        let rule = try DateRule(parsing: "2027-06-16")
        #expect(rule.date(in: 2028) == nil)
        #expect(!rule.repeatsYearly)
    }

    @Test func explicitDatesGiveOneDateInEachOfTheirYears() throws {
        let rule = try DateRule(parsing: "2027-06-16, 2028-06-21")
        #expect(rule.date(in: 2027)?.description == "2027-06-16")
        #expect(rule.date(in: 2028)?.description == "2028-06-21")
        #expect(rule.date(in: 2029) == nil)
        #expect(!rule.repeatsYearly)
    }

    @Test(arguments: [
        ("2027-06-16, 2027-06-23", "2027-06-23 and 2027-06-16 are in the same year; a key date happens once a year"),
        ("2028-06-21, 2027-06-16", "explicit dates must be in order: 2027-06-16 comes before 2028-06-21"),
        ("2027-06-16, 2028-02-30", "'2028-02-30' is not a date; write dates as YYYY-MM-DD, separated by commas"),
        ("third Wednsday of June", "unknown weekday 'wednsday'; did you mean 'Wednesday'?"),
        ("third Wednesday of Juen", "unknown month 'juen'; did you mean 'June'?"),
        ("tenth Wednesday of June", "unknown ordinal 'tenth'; expected one of: first, second, third, fourth, fifth, last"),
        ("31 April", "April has no day 31"),
        ("Easter + soon", "after 'Easter' write an offset in days such as '+ 1' or '- 2', not '+ soon'"),
        ("midsummer", "'midsummer' is not a date rule; write e.g. '18 October', 'third Wednesday of June', 'last Friday of May', 'Easter + 1' or '2027-06-16'"),
    ])
    func refusesWithAMessage(rule: String, message: String) {
        do throws(DateRuleError) {
            let parsed = try DateRule(parsing: rule)
            Issue.record("'\(rule)' parsed as \(parsed)")
        } catch {
            #expect(error.message == message)
        }
    }

    @Test(arguments: [
        "18 October", "third Wednesday of June", "last Friday of June", "Easter + 1", "Orthodox Easter - 2", "2027-06-16",
        "2027-06-16, 2028-06-21",
    ])
    func writesTheRuleBackInTheSameWords(rule: String) throws {
        #expect(try DateRule(parsing: rule).description == rule)
    }

    /// Western Easter from the Gregorian computus, against the published table (2020-2035).
    @Test func westernEasterMatchesThePublishedDates() throws {
        let published = [
            "2020-04-12", "2021-04-04", "2022-04-17", "2023-04-09", "2024-03-31", "2025-04-20", "2026-04-05",
            "2027-03-28", "2028-04-16", "2029-04-01", "2030-04-21", "2031-04-13", "2032-03-28", "2033-04-17",
            "2034-04-09", "2035-03-25",
        ]
        let rule = try DateRule(parsing: "Easter")
        #expect((2020...2035).map { rule.date(in: $0)?.description ?? "" } == published)
    }

    /// Orthodox Easter, against the published table (2020-2035).
    @Test func orthodoxEasterMatchesThePublishedDates() throws {
        let published = [
            "2020-04-19", "2021-05-02", "2022-04-24", "2023-04-16", "2024-05-05", "2025-04-20", "2026-04-12",
            "2027-05-02", "2028-04-16", "2029-04-08", "2030-04-28", "2031-04-13", "2032-05-02", "2033-04-24",
            "2034-04-09", "2035-04-29",
        ]
        let rule = try DateRule(parsing: "Orthodox Easter")
        #expect((2020...2035).map { rule.date(in: $0)?.description ?? "" } == published)
    }
}
