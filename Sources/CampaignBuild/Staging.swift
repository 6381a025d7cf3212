import Foundation

/// Where a build puts the files it makes until it knows it succeeded: a folder inside the
/// output's cache. Finished locales are written there as they come, so a large pack never has
/// to fit in memory; only a build without errors moves them into place, each with one rename,
/// so a failed or killed build leaves the previous pack as it was.
struct Staging: Sendable {
    let outputDirectory: String
    let folder: String

    init(outputDirectory: String) {
        self.outputDirectory = outputDirectory
        folder = "\(outputDirectory)/\(BuildCache.folder)/\(Self.prefix)\(UUID().uuidString)"
    }

    /// How staging folders' names start, for finding those a killed build left.
    static let prefix = "staging-"

    /// Writes one file under the staging folder.
    func write(_ file: OutputFile) throws {
        let url = URL(fileURLWithPath: folder + "/" + file.path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(file.bytes).write(to: url)
    }

    /// Moves the staged files into the output folder, replacing what is there.
    func commit(_ paths: [String]) throws {
        for path in paths {
            let target = URL(fileURLWithPath: outputDirectory + "/" + path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if rename(folder + "/" + path, target.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
            }
        }
        discard()
    }

    /// Removes the staging folder and anything left in it, and the cache and output folders if
    /// that leaves them empty (a first build that failed leaves no trace).
    func discard() {
        try? FileManager.default.removeItem(atPath: folder)
        Self.removeEmptyFolders(outputDirectory: outputDirectory)
    }

    /// Removes the cache and output folders if they are empty.
    static func removeEmptyFolders(outputDirectory: String) {
        for parent in ["\(outputDirectory)/\(BuildCache.folder)", outputDirectory] {
            guard let contents = try? FileManager.default.contentsOfDirectory(atPath: parent) else { continue }
            guard contents.isEmpty else { return }
            try? FileManager.default.removeItem(atPath: parent)
        }
    }
}
