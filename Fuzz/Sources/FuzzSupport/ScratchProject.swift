import CampaignModel
import Foundation

/// A throwaway copy of the repository's inputs, in a new folder under `TMPDIR`, in which a
/// fuzzer replaces one file per input. The loaders read files by path, so the input has to be
/// a file; copying keeps the checkout untouched. The folder is removed when the fuzzer exits.
public struct ScratchProject: Sendable {
    /// The scratch folder, holding `Assets/` and `Campaigns/`.
    public let directory: String

    public var assetsDirectory: String { directory + "/Assets" }
    public var campaignsDirectory: String { directory + "/Campaigns" }

    /// The loader `campaign check` uses, on the scratch copy.
    public var loader: ProjectLoader {
        ProjectLoader(campaignsDirectory: campaignsDirectory, assetsDirectory: assetsDirectory)
    }

    /// Copies `Assets/` and, when `campaign` is given, that campaign's folder; without
    /// `keepingStrings` its `strings/` folder is left empty.
    public init(campaign: String? = nil, keepingStrings: Bool = true) {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("campaign-fuzz-\(UUID().uuidString)").path
        Self.removeOnExit(directory)
        do {
            let files = FileManager.default
            try files.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try files.copyItem(atPath: Repository.assetsDirectory, toPath: assetsDirectory)
            try files.createDirectory(atPath: campaignsDirectory, withIntermediateDirectories: false)
            if let campaign {
                let folder = campaignsDirectory + "/" + campaign
                try files.copyItem(atPath: Repository.campaignsDirectory + "/" + campaign, toPath: folder)
                if !keepingStrings {
                    try files.removeItem(atPath: folder + "/strings")
                    try files.createDirectory(atPath: folder + "/strings", withIntermediateDirectories: false)
                }
            }
        } catch {
            fatalError("cannot copy the repository's inputs into \(directory): \(error)")
        }
    }

    /// Writes `bytes` to `path`, relative to the scratch folder, replacing what was there.
    public func write(_ bytes: [UInt8], to path: String) {
        let url = URL(fileURLWithPath: directory + "/" + path)
        do {
            try Data(bytes).write(to: url)
        } catch {
            fatalError("cannot write \(url.path): \(error)")
        }
    }

    /// The folders to remove at exit; `atexit` takes no context, so they live here. A fuzzer
    /// runs its inputs on one thread.
    nonisolated(unsafe) private static var folders: [String] = []

    private static func removeOnExit(_ folder: String) {
        if folders.isEmpty {
            atexit { for folder in ScratchProject.folders { try? FileManager.default.removeItem(atPath: folder) } }
        }
        folders.append(folder)
    }
}
