import Foundation
import Testing

@Suite struct ScheduleCommandTests {
    /// 1 November 2026, 00:00 UTC: the day these plans are made, whatever today is.
    static let planned = ["SOURCE_DATE_EPOCH": "1793491200"]

    @Test func explainsItself() throws {
        let output = try CampaignProcess.run(["schedule", "--help"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("OVERVIEW: Print the distribution schedule: focus days and every deadline per"))
        for option in ["--year", "--state", "--campaign", "--format", "--output", "--campaigns", "--assets"] {
            #expect(output.stdout.contains(option), "schedule --help lacks \(option)")
        }
    }

    @Test func printsOneStatesPlanAsCSV() throws {
        let output = try CampaignProcess.run(
            ["schedule", "--year", "2027", "--state", "CZ", "--campaign", "burglary-focus-day", "--format", "csv"],
            environment: Self.planned)
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
        let rows = output.stdout.components(separatedBy: "\r\n").dropLast()
        #expect(rows.count == 1 + 7)
        #expect(rows.first == "year,date,weekday,state,state_name,campaign,milestone,title,rule,warnings,notes")
        #expect(rows.contains("2027,2027-06-16,Wednesday,CZ,Czechia,burglary-focus-day,focus-day,EU Focus Day on domestic burglary,third Wednesday of June,,"))
        #expect(rows.contains("2027,2027-04-21,Wednesday,CZ,Czechia,burglary-focus-day,translations-due,Translations due,40 business days before the focus day,,"))
    }

    @Test func writesACalendarToAFile() throws {
        let root = try CampaignProcess.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = try CampaignProcess.run(
            ["schedule", "--year", "2028", "--campaign", "thb-victim-rights", "--format", "ics", "--output", "thb.ics"],
            in: root, environment: Self.planned)
        #expect(output.status == 0)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.hasPrefix("schedule: "))
        let ics = try String(contentsOf: root.appendingPathComponent("thb.ics"), encoding: .utf8)
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.contains("DTSTAMP:20261101T000000Z\r\n"))
        #expect(ics.contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=18\r\n"))
    }

    @Test func reportsDeadlinesAlreadyPast() throws {
        // 1 May 2027: Czechia's translations for the 16 June focus day were due on 21 April.
        let output = try CampaignProcess.run(
            ["schedule", "--year", "2027", "--state", "CZ", "--campaign", "burglary-focus-day"],
            environment: ["SOURCE_DATE_EPOCH": "1809129600"])
        #expect(output.status == 0)
        #expect(output.stderr.contains(
            "Campaigns/burglary-focus-day/campaign.yaml:23:3: warning: translations-due for the 2027 focus day was due 2027-04-21 in CZ; that is already past (today is 2027-05-01)"))
        #expect(output.stdout.hasPrefix("Date        Day  State  Campaign"))
    }

    @Test func anUnknownStateIsAnError() throws {
        let output = try CampaignProcess.run(["schedule", "--state", "CS"])
        #expect(output.status != 0)
        #expect(output.stderr.hasPrefix("error: no member state 'CS'; expected one of: AT, BE, BG,"))
        #expect(output.stdout.isEmpty)
    }
}
