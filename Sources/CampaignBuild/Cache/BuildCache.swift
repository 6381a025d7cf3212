import CampaignModel
import Diagnostics
import Foundation

/// What the last builds made, kept in `Output/.cache/build.json`: for every campaign and locale,
/// the key of its inputs, the files it wrote (with their size and time, to notice a file changed
/// or deleted since) and what the report and the log said of it. A build skips a locale whose key
/// and files are unchanged, and deletes the files of locales that no longer exist.
///
/// The cache is a convenience, never an authority: one that cannot be read, was written by
/// another compiler version, or names files outside the output folder is ignored whole.
struct BuildCache: Codable, Equatable {
    static let folder = OutputLayout.cacheFolder
    static let fileName = "build.json"

    var compilerVersion = CompilerVersion.current
    /// By `campaign/locale`.
    var entries: [String: Entry] = [:]
    /// The schedule files, made from the specs, holidays and ledgers alone.
    var schedule: Entry?
    /// The website's own files (start pages, sitemap, stylesheet) the last build wrote.
    var siteFiles: [String] = []

    struct Entry: Codable, Equatable {
        /// The hash of everything the locale's outputs depend on.
        var key: String
        var files: [FileStamp]
        var artifacts: [BuildReport.ArtifactEntry]
        var newsletter: BuildReport.NewsletterEntry?
        var diagnostics: [Diagnostic]
    }

    /// A file as written: its path under the output folder, size and modification time.
    struct FileStamp: Codable, Equatable {
        var path: String
        var size: Int
        var modified: Double
    }

    /// The cache of `outputDirectory`, or an empty one when there is none or it is not to be trusted.
    static func load(outputDirectory: String) -> BuildCache {
        let url = URL(fileURLWithPath: outputDirectory).appendingPathComponent("\(folder)/\(fileName)")
        guard let data = try? Data(contentsOf: url), let cache = try? JSONDecoder().decode(BuildCache.self, from: data),
              cache.compilerVersion == CompilerVersion.current,
              (Array(cache.entries.values) + [cache.schedule].compactMap { $0 }).allSatisfy({ $0.files.allSatisfy { Self.isInside($0.path) } }),
              cache.siteFiles.allSatisfy(Self.isInside)
        else { return BuildCache() }
        return cache
    }

    func save(outputDirectory: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let url = URL(fileURLWithPath: outputDirectory).appendingPathComponent("\(Self.folder)/\(Self.fileName)")
        try AtomicFile.write(try encoder.encode(self), to: url)
    }

    /// The entry for `job` if its key matches and every file it names is still as written.
    func hit(_ id: String, key: String, outputDirectory: String) -> Entry? {
        Self.hit(entries[id], key: key, outputDirectory: outputDirectory)
    }

    static func hit(_ entry: Entry?, key: String, outputDirectory: String) -> Entry? {
        guard let entry, entry.key == key else { return nil }
        for file in entry.files {
            guard let stamp = stamp(file.path, in: outputDirectory), stamp == file else { return nil }
        }
        return entry
    }

    /// The stamp of a file under the output folder as it is now.
    /// `stat(2)` directly: a no-op build stamps every file of every locale, and Foundation's
    /// attribute dictionary was a tenth of its time.
    static func stamp(_ path: String, in outputDirectory: String) -> FileStamp? {
        var status = stat()
        guard stat(outputDirectory + "/" + path, &status) == 0 else { return nil }
        let modified = Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9 - Date.timeIntervalBetween1970AndReferenceDate
        return FileStamp(path: path, size: Int(status.st_size), modified: modified)
    }

    /// A relative path that stays inside the output folder.
    static func isInside(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains("..")
    }
}
