import Diagnostics
import Foundation

/// Loads everything the compiler reads, the member states and every campaign, and collects
/// the diagnostics of all files in one log.
public struct ProjectLoader {
    /// The folder holding one sub-folder per campaign (`Campaigns`).
    public let campaignsDirectory: String
    /// The folder holding the shared assets (`Assets`).
    public let assetsDirectory: String

    public init(campaignsDirectory: String, assetsDirectory: String) {
        self.campaignsDirectory = Self.trimmed(campaignsDirectory)
        self.assetsDirectory = Self.trimmed(assetsDirectory)
    }

    /// The path of the member states file.
    public var memberStatesPath: String { assetsDirectory + "/member-states.yaml" }

    /// The path of the file of link texts that say nothing.
    public var linkTextPath: String { assetsDirectory + "/link-text.yaml" }

    /// The path of the public holidays file.
    public var holidaysPath: String { assetsDirectory + "/holidays.yaml" }

    /// The project, and every finding. The project holds what could be read; a log with errors
    /// means it must not be built.
    public func load() -> (project: Project, log: DiagnosticLog) {
        var log = DiagnosticLog()
        let states = MemberStatesLoader(path: memberStatesPath).load(log: &log)
        let declared = states.declaredNames.isEmpty ? nil : states.declaredNames
        let holidays = declared.map {
            HolidaysLoader(path: holidaysPath, memberStates: $0.keys.sorted()).load(log: &log)
        } ?? [:]
        let campaigns = campaignDirectories(log: &log).compactMap {
            CampaignLoader(directory: $0, memberStateNames: declared).load(log: &log)
        }
        return (Project(
            memberStates: states.states, holidays: holidays, campaigns: campaigns,
            vagueLinkTexts: LinkTextLoader(path: linkTextPath).load(log: &log)), log)
    }

    /// Every sub-folder of the campaigns folder, sorted; hidden folders are skipped.
    private func campaignDirectories(log: inout DiagnosticLog) -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: campaignsDirectory)
        } catch {
            log.error(.campaignSpec, "cannot read the campaigns folder", at: SourceLocation(file: campaignsDirectory))
            return []
        }
        return names.sorted().compactMap { name in
            let path = campaignsDirectory + "/" + name
            var isDirectory: ObjCBool = false
            guard !name.hasPrefix("."), FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                  isDirectory.boolValue
            else { return nil }
            guard FileManager.default.fileExists(atPath: path + "/campaign.yaml") else {
                log.warning(.campaignSpec, "folder has no campaign.yaml and is not a campaign", at: SourceLocation(file: path))
                return nil
            }
            return path
        }
    }

    private static func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
