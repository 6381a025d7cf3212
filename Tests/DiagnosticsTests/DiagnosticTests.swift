import Diagnostics
import Testing

@Suite struct DiagnosticTests {
    @Test func printsInCompilerForm() {
        let located = Diagnostic.error("unknown key 'titel'", at: Diagnostics.SourceLocation(file: "Campaigns/x/campaign.yaml", line: 3, column: 1))
        #expect(located.description == "Campaigns/x/campaign.yaml:3:1: error: unknown key 'titel'")
        #expect(Diagnostic.warning("no translation", at: nil).description == "warning: no translation")
    }

    @Test func logSortsByLocationAndDropsRepeats() {
        var log = DiagnosticLog()
        log.warning("late", at: Diagnostics.SourceLocation(file: "b.yaml", line: 1, column: 1))
        log.error("second line", at: Diagnostics.SourceLocation(file: "a.yaml", line: 2, column: 5))
        log.error("first line", at: Diagnostics.SourceLocation(file: "a.yaml", line: 1, column: 9))
        log.error("second line", at: Diagnostics.SourceLocation(file: "a.yaml", line: 2, column: 5))
        log.error("bad option", at: nil)
        #expect(log.sorted.map(\.message) == ["bad option", "first line", "second line", "late"])
        #expect(log.errorCount == 4)
        #expect(log.warningCount == 1)
        #expect(log.hasErrors)
    }

    @Test func warningsAloneAreNotErrors() {
        let log = DiagnosticLog([.warning("only a warning", at: nil)])
        #expect(!log.hasErrors)
    }
}
