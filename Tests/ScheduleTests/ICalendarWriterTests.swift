import CampaignModel
import Foundation
import Schedule
import Testing

@Suite struct ICalendarWriterTests {
    static func writer(sequences: [String: Int] = [:]) -> ICalendarWriter {
        ICalendarWriter(
            name: "Sample schedule", producer: "-//Campaign Compiler//tests//EN", stamp: "20261101T000000Z",
            domains: ["sample": "example.org"], sequences: sequences)
    }

    static func samplePlan() throws -> SchedulePlan {
        let campaign = try PlanSample.campaign(
            id: "sample", keyDate: "third Wednesday of June", states: ["CZ", "DE"],
            milestones: ["translations-due": "40 business days before", "social-posts": "on the day"])
        return SchedulePlanner(project: PlanSample.project([campaign]), today: nil).plan(years: [2027, 2028])
    }

    /// The file a calendar app imports, byte for byte. After a deliberate change, look at the new
    /// file and record it with `RECORD_GOLDENS=1 swift test --filter ICalendarWriterTests` (only
    /// the value 1 records, as in every suite).
    @Test func matchesTheGoldenFile() throws {
        let text = Self.writer().write(try Self.samplePlan())
        let golden = Repository.fixtures.appendingPathComponent("golden/sample.ics")
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: golden)
            return
        }
        let expected = try #require(try? String(contentsOf: golden, encoding: .utf8), "no golden \(golden.lastPathComponent); record it")
        #expect(text == expected, "sample.ics changed; look at it and re-record if it is right")
    }

    @Test func everyLineEndsInCRLFAndFitsIn75Octets() throws {
        let text = Self.writer().write(try Self.samplePlan())
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
        for line in lines {
            #expect(line.last == UInt8(ascii: "\r"))
            #expect(line.count - 1 <= 75)
            #expect(!line.dropLast().contains(UInt8(ascii: "\r")))
        }
    }

    /// One event per state, milestone and year; the focus day repeats by itself, once per state.
    @Test func eventsHaveStableUniqueUIDsAndARepeatingFocusDay() throws {
        let text = Self.writer().write(try Self.samplePlan())
        let uids = text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        #expect(uids.count == 2 * (2 * 2 + 1))
        #expect(Set(uids).count == uids.count)
        #expect(uids.contains("UID:sample-cz-translations-due-2027@example.org"))
        #expect(uids.contains("UID:sample-cz-focus-day@example.org"))
        #expect(text.contains("RRULE:FREQ=YEARLY;BYMONTH=6;BYDAY=3WE\r\n"))
        #expect(text.contains("DTSTART;VALUE=DATE:20270616\r\nDTEND;VALUE=DATE:20270617\r\n"))
        #expect(text.contains("CATEGORIES:CZ,translations-due,sample\r\n"))
        #expect(!text.contains("VTODO"))
        #expect(text == Self.writer().write(try Self.samplePlan()))
    }

    /// A year's calendar holds that year's events, the focus day as a single event, under UIDs
    /// no campaign calendar uses.
    @Test func aYearsCalendarHasItsOwnEventsAndUIDs() throws {
        let plan = try Self.samplePlan()
        let campaignCalendar = Self.writer().write(plan)
        let year = ICalendarWriter(
            name: "2028", producer: "-//Campaign Compiler//tests//EN", stamp: "20261101T000000Z",
            domains: ["sample": "example.org"], sequences: [:], year: 2028
        ).write(plan)
        let uids = year.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        #expect(uids.count == 2 * 3)
        #expect(uids.contains("UID:year-2028-sample-de-focus-day@example.org"))
        #expect(uids.allSatisfy { !campaignCalendar.contains($0 + "\r\n") })
        #expect(!year.contains("RRULE"))
        #expect(year.contains("DTSTART;VALUE=DATE:20280621\r\n"))
        #expect(!year.contains("DTSTART;VALUE=DATE:2027"))
    }

    @Test func aChangedSequenceIsWrittenForItsEvent() throws {
        let text = Self.writer(sequences: ["sample-de-translations-due-2028@example.org": 3]).write(try Self.samplePlan())
        #expect(text.contains("UID:sample-de-translations-due-2028@example.org\r\nDTSTAMP:20261101T000000Z\r\nSEQUENCE:3\r\n"))
    }

    /// A title cannot end its property and start another: line breaks are escaped, and the
    /// folded line unfolds to exactly the escaped text.
    @Test func hostileTitlesStayInsideTheirProperty() throws {
        let base = try PlanSample.campaign(id: "sample", keyDate: "18 October", states: ["CZ"])
        let hostile = Campaign(
            id: base.id, title: "Safe; really, \\ safe\r\nBEGIN:VEVENT\nUID:evil — ünïcödé 🙂 " + String(repeating: "ž", count: 60),
            website: base.website, theme: base.theme, design: base.design, formats: base.formats, audience: base.audience,
            keyDate: base.keyDate, keyDateLocation: base.keyDateLocation, milestones: base.milestones, edition: base.edition,
            messages: [], distribution: base.distribution, translations: [], location: base.location)
        let plan = SchedulePlanner(project: PlanSample.project([hostile]), today: nil).plan(years: [2027])
        let text = Self.writer().write(plan)
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        let lines = unfolded.components(separatedBy: "\r\n")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 1)
        #expect(!lines.contains { $0.hasPrefix("UID:evil") })
        let summary = try #require(lines.first { $0.hasPrefix("SUMMARY:") })
        #expect(summary.hasPrefix("SUMMARY:Safe\\; really\\, \\\\ safe\\nBEGIN:VEVENT\\nUID:evil — ünïcödé 🙂 žž"))
    }
}
