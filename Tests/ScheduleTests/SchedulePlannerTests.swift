import CampaignModel
import Schedule
import Testing

@Suite struct SchedulePlannerTests {
    static let years = Array(2027...2036)
    static let plan = SchedulePlanner(project: Repository.project, today: nil).plan(years: years)

    @Test func focusDaysLandWhereTheirRulesSay() {
        func focusDay(_ campaign: String, _ year: Int) -> [String] {
            Set(Self.plan.events.filter { $0.campaign == campaign && $0.kind == .focusDay && $0.year == year }.map(\.date.description)).sorted()
        }
        #expect(focusDay("burglary-focus-day", 2027) == ["2027-06-16"])
        #expect(focusDay("burglary-focus-day", 2028) == ["2028-06-21"])
        #expect(focusDay("senior-cyber-safety", 2027) == ["2027-02-09"])
        #expect(focusDay("thb-victim-rights", 2027) == ["2027-10-18"])
    }

    /// Every milestone counted in business days, of every campaign, state and year, is on a
    /// working day of its state.
    @Test func noDeadlineLandsOnAWeekendOrAPublicHoliday() {
        var calendars: [String: BusinessCalendar] = [:]
        let deadlines = Self.plan.events.filter { $0.kind != .focusDay && $0.date != $0.keyDate }
        #expect(deadlines.count > 4 * 10 * 5)
        for event in deadlines {
            var calendar = calendars[event.state] ?? BusinessCalendar(holidays: Repository.project.holidays[event.state]!)
            let working = calendar.isBusinessDay(event.date)
            calendars[event.state] = calendar
            #expect(working, "\(event.identity) on \(event.date)")
        }
    }

    @Test func everyEventOfAYearIsThereOnceWithAUniqueIdentity() {
        for year in Self.years {
            let identities = Self.plan.events.filter { $0.year == year }.map(\.identity)
            #expect(Set(identities).count == identities.count)
        }
        let burglary = Repository.project.campaign("burglary-focus-day")!
        let perYear = Self.plan.events.filter { $0.campaign == burglary.id && $0.year == 2027 }
        #expect(perYear.count == burglary.distribution.count * (burglary.milestones.count + 1))
    }

    @Test func deadlinesCountTheStatesOwnHolidays() throws {
        let translations = Self.plan.events.filter {
            $0.campaign == "burglary-focus-day" && $0.year == 2027 && $0.kind == .translationsDue
        }
        let czechia = try #require(translations.first { $0.state == "CZ" })
        let sweden = try #require(translations.first { $0.state == "SE" })
        // 40 business days before Wednesday 16 June 2027: Czechia's 1 and 8 May are Saturdays,
        // so no day is skipped; Sweden skips Ascension Day (Thursday 6 May; its National Day,
        // 6 June, is a Sunday).
        #expect(czechia.date == Repository.date("2027-04-21"))
        #expect(czechia.notes.isEmpty)
        #expect(sweden.date == Repository.date("2027-04-20"))
        #expect(sweden.notes.joined().contains("Ascension Day (2027-05-06)"))
    }

    @Test func focusDaysOfOneStateWithinAWeekClash() throws {
        let first = try PlanSample.campaign(id: "first", keyDate: "third Wednesday of June", states: ["CZ", "DE"])
        let second = try PlanSample.campaign(id: "second", keyDate: "18 June", states: ["CZ", "FR"], line: 7)
        let plan = SchedulePlanner(project: PlanSample.project([first, second]), today: nil).plan(years: [2027])
        let clash = try #require(plan.findings.first { $0.kind == .clash })
        #expect(clash.diagnostic.description
            == "Campaigns/second/campaign.yaml:7:10: warning: focus days of 'first' (2027-06-16) and 'second' (2027-06-18) are 2 days apart in CZ")
        let warned = plan.events.filter { !$0.warnings.isEmpty }.map { "\($0.campaign) \($0.state)" }.sorted()
        #expect(warned == ["first CZ", "second CZ"])
        let apart = try PlanSample.campaign(id: "second", keyDate: "25 June", states: ["CZ"])
        let calm = SchedulePlanner(project: PlanSample.project([first, apart]), today: nil).plan(years: [2027])
        #expect(calm.findings.isEmpty)
    }

    /// 1 May is Labour Day in Czechia: the key date is kept and flagged.
    @Test func aKeyDateOnAPublicHolidayIsKeptAndFlagged() throws {
        let campaign = try PlanSample.campaign(id: "may", keyDate: "1 May", states: ["CZ"], milestones: ["social-posts": "on the day"])
        let plan = SchedulePlanner(project: PlanSample.project([campaign]), today: nil).plan(years: [2028])
        let focusDay = try #require(plan.events.first { $0.kind == .focusDay })
        #expect(focusDay.date == Repository.date("2028-05-01"))
        #expect(plan.findings.map(\.message) == [
            "the 2028 key date 2028-05-01 is a public holiday in Czechia (Labour Day); it is kept",
        ])
    }

    /// 7 calendar days before 13 May 2027 is 6 May, Ascension Day in Germany: the deadline moves
    /// to the working day before, and the finding says from where to where and why.
    @Test func aCalendarDayDeadlineMovesOffAHolidayAndSaysWhy() throws {
        let campaign = try PlanSample.campaign(
            id: "ascension", keyDate: "13 May", states: ["DE", "CZ"], milestones: ["newsletter": "7 days before"])
        let plan = SchedulePlanner(project: PlanSample.project([campaign]), today: nil).plan(years: [2027])
        let germany = try #require(plan.events.first { $0.state == "DE" && $0.kind == .newsletter })
        let czechia = try #require(plan.events.first { $0.state == "CZ" && $0.kind == .newsletter })
        #expect(germany.date == Repository.date("2027-05-05"))
        #expect(czechia.date == Repository.date("2027-05-06"))
        #expect(plan.findings.map(\.diagnostic.description) == [
            "Campaigns/ascension/campaign.yaml:20:3: warning: newsletter of 2027: moved from 2027-05-06 to 2027-05-05: 2027-05-06 is Ascension Day in Germany",
        ])
    }

    @Test func deadlinesAlreadyPastAreReportedPerMilestone() throws {
        let campaign = try PlanSample.campaign(
            id: "early", keyDate: "second Tuesday of February", states: ["CZ", "AT"],
            milestones: ["translations-due": "40 business days before", "newsletter": "5 business days before"])
        let plan = SchedulePlanner(project: PlanSample.project([campaign]), today: Repository.date("2027-01-15")).plan(years: [2027])
        let past = plan.findings.filter { $0.kind == .past }
        #expect(past.count == 1)
        #expect(past.first?.message.hasPrefix("translations-due for the 2027 focus day was due between") == true)
        #expect(past.first?.location.line == 20)
    }

    /// February 2044 (a leap year beginning on a Monday) has five Mondays; February 2045 has four.
    @Test func aYearWithoutTheKeyDateIsReportedAtTheRule() throws {
        let campaign = try PlanSample.campaign(id: "rare", keyDate: "fifth Monday of February", states: ["CZ"], edition: 2044, line: 17)
        let plan = SchedulePlanner(project: PlanSample.project([campaign]), today: nil).plan(years: [2044, 2045])
        #expect(Set(plan.events.map(\.year)) == [2044])
        #expect(plan.events.first { $0.kind == .focusDay }?.date == Repository.date("2044-02-29"))
        #expect(plan.findings.map(\.diagnostic.description) == [
            "Campaigns/rare/campaign.yaml:17:10: warning: the key date rule 'fifth Monday of February' gives no date in 2045; nothing is planned that year",
        ])
    }

    @Test func yearsBeforeTheEditionAreNotPlanned() throws {
        let campaign = try PlanSample.campaign(id: "later", keyDate: "18 October", states: ["CZ"], edition: 2028)
        let plan = SchedulePlanner(project: PlanSample.project([campaign]), today: nil).plan(years: [2027, 2028])
        #expect(plan.events.map(\.year) == [2028])
    }
}
