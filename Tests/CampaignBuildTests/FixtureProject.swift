import CampaignBuild
import CampaignModel
import Diagnostics
import Foundation

/// A copy of `Fixtures/base` in a temporary folder, with one case's files laid over it and the
/// repository's newsletter design (the base campaign makes a newsletter) and page templates
/// beside it.
///
/// The broken-spec fixtures hold only the file each case changes, so every case reads as
/// "the valid project, except this".
struct FixtureProject {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    let root: URL

    init(case name: String? = nil) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("campaign-fixture-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("base"), to: root)
        for folder in ["Assets/newsletter", "Assets/pages"] {
            try FileManager.default.copyItem(
                at: RepositoryCampaigns.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        if let name {
            try Self.overlay(Self.fixtures.appendingPathComponent("cases/\(name)"), onto: root)
        }
    }

    /// The case names, one folder each under `Fixtures/cases`.
    static var caseNames: [String] {
        let names = try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent("cases").path)
        return (names ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    var campaignsPath: String { root.path + "/Campaigns" }
    var assetsPath: String { root.path + "/Assets" }

    /// What `campaign check` reports on the project, in compiler form, paths relative to the root.
    func diagnostics() -> [String] {
        findings().map { $0.description.replacingOccurrences(of: root.path + "/", with: "") }
    }

    /// What `campaign check` reports on the project, as data.
    func findings() -> [Diagnostic] {
        ProjectCheck(layout: ProjectLayout(campaignsDirectory: campaignsPath, assetsDirectory: assetsPath)).run().log.sorted
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Lays every file under `source` over `target`, replacing what is there.
    static func overlay(_ source: URL, onto target: URL) throws {
        let files = FileManager.default.enumerator(at: source, includingPropertiesForKeys: [.isRegularFileKey])
        while let file = files?.nextObject() as? URL {
            guard try file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let relative = String(file.standardizedFileURL.path.dropFirst(source.standardizedFileURL.path.count + 1))
            let destination = target.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: destination)
            try FileManager.default.copyItem(at: file, to: destination)
        }
    }
}
