import CampaignModel
import Crypto
import Diagnostics
import Foundation
import Site
import ZIPFoundation

/// `campaign pack`: one zip per member state with everything its contact point sends on: each
/// campaign's files in the state's languages, the state's pages of the website with their
/// downloads and the site's stylesheet (`site/`, ready for the state's own web server), the
/// state's own schedule (iCalendar and CSV), and `manifest.json` listing every file with its
/// size and SHA-256.
///
/// The zip is made from a built output folder (the command builds first), written under a
/// temporary name and renamed, and holds no dates but `SOURCE_DATE_EPOCH`'s (or 1980-01-01,
/// the first a zip can say), so the same pack gives the same bytes.
public struct StatePack {
    public let outputDirectory: String
    public let project: Project
    public let settings: ScheduleSettings

    /// Where the project's inputs are.
    public let layout: ProjectLayout

    public init(outputDirectory: String, project: Project, settings: ScheduleSettings, layout: ProjectLayout) {
        self.outputDirectory = outputDirectory
        self.project = project
        self.settings = settings
        self.layout = layout
    }

    /// One file of the pack, as the manifest lists it.
    public struct ManifestFile: Codable, Equatable, Sendable {
        public var path: String
        public var campaign: String
        /// The locale, for a locale's files; `nil` for the schedule.
        public var locale: String?
        public var bytes: Int
        public var sha256: String
    }

    public struct Manifest: Codable, Equatable, Sendable {
        public var state: String
        public var name: String
        public var compilerVersion: String
        public var scheduleYears: [Int]
        public var files: [ManifestFile]
    }

    /// Writes `<folder>/<STATE>.zip` and returns its manifest.
    public func write(state code: String, to folder: String) throws -> Manifest {
        var entries: [(path: String, data: Data, campaign: String, locale: String?)] = []
        for campaign in project.campaigns {
            let locales = campaign.locales.filter { $0.state == code }
            guard !locales.isEmpty else { continue }
            for locale in locales {
                var directories = [OutputLayout.localeFolder(campaign: campaign.id, locale: locale.description)]
                if campaign.formats.contains(.site) {
                    directories.append(OutputLayout.site(OutputLayout.localeFolder(campaign: campaign.id, locale: locale.description)))
                }
                for directory in directories {
                    for name in try localeFiles(directory) {
                        let data = try Data(contentsOf: URL(fileURLWithPath: "\(outputDirectory)/\(directory)/\(name)"))
                        entries.append(("\(directory)/\(name)", data, campaign.id, locale.description))
                    }
                }
            }
            let export = ScheduleExport(layout: layout, settings: settings)
            for format in ["ics", "csv"] {
                guard let text = export.render(project, campaigns: [campaign.id], states: [code], format: format).text else { continue }
                entries.append((OutputLayout.stateSchedule(campaign: campaign.id, state: code, ext: format), Data(text.utf8), campaign.id, nil))
            }
        }
        if project.campaigns.contains(where: { $0.formats.contains(.site) && $0.locales.contains { $0.state == code } }) {
            let stylesheet = OutputLayout.site(SiteDesign.stylesheet)
            entries.append((stylesheet, try Data(contentsOf: URL(fileURLWithPath: "\(outputDirectory)/\(stylesheet)")), "", nil))
        }
        let manifest = Manifest(
            state: code, name: project.memberState(code)?.name ?? code, compilerVersion: CompilerVersion.current,
            scheduleYears: settings.years,
            files: entries.map { entry in
                ManifestFile(
                    path: entry.path, campaign: entry.campaign, locale: entry.locale, bytes: entry.data.count,
                    sha256: SHA256.hash(data: entry.data).hex)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        entries.append(("manifest.json", try encoder.encode(manifest) + Data("\n".utf8), "", nil))
        try writeZip(entries.map { ($0.path, $0.data) }, to: URL(fileURLWithPath: "\(folder)/\(code).zip"))
        return manifest
    }

    /// The files of a locale's folder, sorted, without the contact sheet's thumbnails.
    private func localeFiles(_ directory: String) throws -> [String] {
        let path = "\(outputDirectory)/\(directory)"
        return try FileManager.default.contentsOfDirectory(atPath: path).filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: "\(path)/\(name)", isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }

    private func writeZip(_ entries: [(path: String, data: Data)], to url: URL) throws {
        try AtomicFile.write(to: url) { temporary in
            try fillZip(at: temporary, with: entries)
        }
    }

    private func fillZip(at temporary: URL, with entries: [(path: String, data: Data)]) throws {
        let archive = try Archive(url: temporary, accessMode: .create)
        let date = settings.stampDate
        for entry in entries {
            // PNGs, GIFs and MP4s are compressed already; deflating them again only costs time.
            let method: CompressionMethod = [".png", ".gif", ".mp4"].contains { entry.path.hasSuffix($0) } ? .none : .deflate
            try archive.addEntry(
                with: entry.path, type: .file, uncompressedSize: Int64(entry.data.count), modificationDate: date,
                permissions: 0o644, compressionMethod: method
            ) { position, size in
                entry.data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }
}

extension ScheduleSettings {
    /// The date files are stamped with: `SOURCE_DATE_EPOCH`'s, or the first a zip can hold.
    var stampDate: Date {
        let earliest = Date(timeIntervalSince1970: 315_532_800)
        return max(SourceDateEpoch.date() ?? earliest, earliest)
    }
}
