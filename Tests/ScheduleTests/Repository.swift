import CampaignModel
import Foundation

/// The repository's own campaigns and assets, loaded once: the holidays and plans under test
/// are the ones the build uses.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static let project: Project = {
        let loaded = ProjectLoader(ProjectLayout(campaignsDirectory: root.path + "/Campaigns", assetsDirectory: root.path + "/Assets")).load()
        precondition(!loaded.log.hasErrors, "the repository's project must load: \(loaded.log.sorted)")
        return loaded.project
    }()

    static func date(_ text: String) -> CalendarDate {
        let parts = text.split(separator: "-").map { Int($0)! }
        return CalendarDate(year: parts[0], month: parts[1], day: parts[2])!
    }
}
