import Diagnostics
import Foundation

/// Loads everything the compiler reads, the member states and every campaign, and collects
/// the diagnostics of all files in one log.
public struct ProjectLoader {
    public let layout: ProjectLayout

    public init(_ layout: ProjectLayout) {
        self.layout = layout
    }

    /// The project, and every finding. The project holds what could be read; a log with errors
    /// means it must not be built.
    public func load() -> (project: Project, log: DiagnosticLog) {
        var log = DiagnosticLog()
        let states = MemberStatesLoader(path: layout.memberStates).load(log: &log)
        let declared = states.declaredNames.isEmpty ? nil : states.declaredNames
        let holidays = declared.map {
            HolidaysLoader(path: layout.holidays, memberStates: $0.keys.sorted()).load(log: &log)
        } ?? [:]
        let campaigns = campaignDirectories(log: &log).compactMap {
            CampaignLoader(directory: $0, memberStateNames: declared).load(log: &log)
        }
        return (Project(
            memberStates: states.states, holidays: holidays, campaigns: campaigns,
            vagueLinkTexts: LinkTextLoader(path: layout.linkTexts).load(log: &log)), log)
    }

    /// Every sub-folder of the campaigns folder, sorted; hidden folders are skipped.
    private func campaignDirectories(log: inout DiagnosticLog) -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: layout.campaignsDirectory)
        } catch {
            log.error(.campaignSpec, "cannot read the campaigns folder", at: SourceLocation(file: layout.campaignsDirectory))
            return []
        }
        return names.sorted().compactMap { name in
            let path = layout.campaignDirectory(name)
            var isDirectory: ObjCBool = false
            guard !name.hasPrefix("."), FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                  isDirectory.boolValue
            else { return nil }
            guard FileManager.default.fileExists(atPath: layout.campaignSpec(name)) else {
                log.warning(.campaignSpec, "folder has no campaign.yaml and is not a campaign", at: SourceLocation(file: path))
                return nil
            }
            return path
        }
    }
}
