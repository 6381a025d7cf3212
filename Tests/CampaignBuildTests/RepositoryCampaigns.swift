import Foundation

/// The repository's own `Campaigns/` and `Assets/`, which the tests check as a user would.
enum RepositoryCampaigns {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var campaignsPath: String { root.appendingPathComponent("Campaigns").path }
    static var assetsPath: String { root.appendingPathComponent("Assets").path }

    /// A copy of both folders in a new temporary folder, for tests that change or build them.
    static func copy() throws -> URL {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("campaigns-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for folder in ["Campaigns", "Assets"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent(folder), to: target.appendingPathComponent(folder))
        }
        return target
    }
}
