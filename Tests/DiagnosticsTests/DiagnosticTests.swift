import Diagnostics
import Foundation
import Testing

@Suite struct DiagnosticTests {
    @Test func printsInCompilerForm() {
        let located = Diagnostic.error(.campaignSpec, "unknown key 'titel'", at: Diagnostics.SourceLocation(file: "Campaigns/x/campaign.yaml", line: 3, column: 1))
        #expect(located.description == "Campaigns/x/campaign.yaml:3:1: error: unknown key 'titel'")
        #expect(Diagnostic.warning("missing-translation", "no translation", at: nil).description == "warning: no translation")
    }

    @Test func logSortsByLocationAndDropsRepeats() {
        var log = DiagnosticLog()
        log.warning("test", "late", at: Diagnostics.SourceLocation(file: "b.yaml", line: 1, column: 1))
        log.error("test", "second line", at: Diagnostics.SourceLocation(file: "a.yaml", line: 2, column: 5))
        log.error("test", "first line", at: Diagnostics.SourceLocation(file: "a.yaml", line: 1, column: 9))
        log.error("test", "second line", at: Diagnostics.SourceLocation(file: "a.yaml", line: 2, column: 5))
        log.error("test", "bad option", at: nil)
        #expect(log.sorted.map(\.message) == ["bad option", "first line", "second line", "late"])
        #expect(log.errorCount == 4)
        #expect(log.warningCount == 1)
        #expect(log.hasErrors)
    }

    /// A finding about an output prints the output's name before its text, as data and in the
    /// compiler form; the contact sheet asks the subject, not the text, which locale it concerns.
    @Test func aFindingAboutAnOutputNamesItAndKeepsItsSubjectAsData() throws {
        let subject = Subject.output(campaign: "burglary-focus-day", locale: "de-AT", format: "poster-a3", slot: "headline")
        let finding = Diagnostic(
            Diagnostic.Message("slot-overflow", .error, "slot 'headline' overflows"), about: subject,
            at: Diagnostics.SourceLocation(file: "strings/de.yaml", line: 4, column: 3))
        #expect(finding.description == "strings/de.yaml:4:3: error: burglary-focus-day/de-AT/poster-a3: slot 'headline' overflows")
        #expect(finding.message == "slot 'headline' overflows")
        #expect(finding.check == "slot-overflow")
        #expect(finding.subject.concerns(campaign: "burglary-focus-day", locale: "de-AT"))
        #expect(!finding.subject.concerns(campaign: "burglary-focus-day", locale: "de-DE"))
        let decoded = try JSONDecoder().decode(Diagnostic.self, from: try JSONEncoder().encode(finding))
        #expect(decoded == finding, "the cache and report.json keep every part of a finding")
    }

    @Test func warningsAloneAreNotErrors() {
        let log = DiagnosticLog([.warning("test", "only a warning", at: nil)])
        #expect(!log.hasErrors)
    }
}
