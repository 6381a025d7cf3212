import Checks
import Foundation
import Testing

/// The docs' tables of checks are the registry's: a check added, renamed or reworded without
/// its row (or a row left behind) fails here.
@Suite struct CheckDocsTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func text(_ path: String) throws -> String {
        try String(contentsOf: repository.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func readmeListsEveryCheckOfTheRegistry() throws {
        let readme = try Self.text("README.md")
        for table in [CheckRegistry.rules, CheckRegistry.inputChecks, CheckRegistry.scheduleChecks] {
            #expect(readme.contains(CheckRegistry.markdownTable(table)))
        }
    }

    @Test func templatesDocListsTheDesignAndPosterRules() throws {
        #expect(try Self.text("docs/templates.md").contains(CheckRegistry.markdownTable(CheckRegistry.designAndPosterRules)))
    }

    @Test func everyCheckHasOneIdentifier() {
        let ids = (CheckRegistry.rules + CheckRegistry.inputChecks + CheckRegistry.scheduleChecks).map(\.id)
        #expect(Set(ids).count == ids.count, "a check id used twice: \(ids)")
        #expect(ids.allSatisfy { $0.rawValue.allSatisfy { $0.isLowercase || $0 == "-" } })
    }
}
