import CampaignBuild
import Translation
import CampaignModel
import Diagnostics
import Foundation
import Testing
import TranslationFiles

/// Export then import, with nothing changed, leaves every strings file of every campaign
/// byte for byte as it was, in both formats; and every strings file in the repository is in
/// the one form the compiler writes.
@Suite struct TranslationRoundTripTests {
    static func stringsFiles(under root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let campaigns = root.appendingPathComponent("Campaigns")
        for campaign in try FileManager.default.contentsOfDirectory(atPath: campaigns.path) {
            let folder = campaigns.appendingPathComponent(campaign).appendingPathComponent("strings")
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
                files["\(campaign)/\(name)"] = try Data(contentsOf: folder.appendingPathComponent(name))
            }
        }
        return files
    }

    @Test(arguments: TranslationFormat.allCases)
    func exportThenImportChangesNothing(format: TranslationFormat) throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try Self.stringsFiles(under: root)
        let desk = TranslationDesk(
            layout: ProjectLayout(campaignsDirectory: root.appendingPathComponent("Campaigns").path, assetsDirectory: root.appendingPathComponent("Assets").path))
        let project = ProjectLoader(desk.layout).load().project
        let exports = root.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
        var paths: [String] = []
        for campaign in project.campaigns {
            for locale in campaign.locales {
                var log = DiagnosticLog()
                let found = desk.export(campaign: campaign.id, locale: locale, format: format, log: &log)
                let bytes = try #require(found, "\(log.diagnostics)")
                let path = exports.appendingPathComponent(FileNaming.fileName(campaign: campaign.id, locale: locale, format: format)).path
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                paths.append(path)
            }
        }
        #expect(paths.count == project.campaigns.map(\.locales.count).reduce(0, +))
        for path in paths {
            var log = DiagnosticLog()
            let found = desk.importFiles([path], locale: nil, log: &log)
            let result = try #require(found, "\(path): \(log.diagnostics)")
            #expect(result.written.isEmpty, "\(path) rewrote \(result.written.map(\.path))")
            #expect(!log.hasErrors)
        }
        #expect(try Self.stringsFiles(under: root) == before)
    }

    @Test func repositoryStringsFilesAreInCanonicalForm() throws {
        let project = ProjectLoader(ProjectLayout(campaignsDirectory: RepositoryCampaigns.campaignsPath, assetsDirectory: RepositoryCampaigns.assetsPath)).load().project
        var checked = 0
        for campaign in project.campaigns {
            for table in campaign.translations {
                let written = StringsFileWriter(campaign: campaign).text(entries: table.entries, header: table.header)
                let onDisk = try String(contentsOfFile: table.location.file, encoding: .utf8)
                #expect(written == onDisk, "\(table.location.file) is not in the form imports write")
                checked += 1
            }
        }
        #expect(checked == 46)
    }

    @Test func everyRepositoryTranslationRecordsItsSource() throws {
        let project = ProjectLoader(ProjectLayout(campaignsDirectory: RepositoryCampaigns.campaignsPath, assetsDirectory: RepositoryCampaigns.assetsPath)).load().project
        for campaign in project.campaigns {
            for table in campaign.translations {
                for (id, translation) in table.entries {
                    #expect(translation.sourceHash != nil, "\(table.location.file): '\(id)' records no source")
                }
            }
        }
    }
}
