import Foundation

/// The hyphenation dictionaries of the machine, one per language, loaded on first use and
/// shared by every thread: Debian's `hyphen-*` packages install them in `/usr/share/hyphen`
/// as `hyph_de_DE.dic`, `hyph_hu_HU.dic`...
///
/// Loading is slow for large pattern files (German's, 1 MB, takes about two seconds in
/// libhyphen): each file is loaded once, only when a text could be set larger hyphenated, and
/// a thread waits only for the file it needs.
public final class HyphenationLibrary: @unchecked Sendable {
    /// Debian's folder of hyphenation patterns.
    public static let debianDirectory = "/usr/share/hyphen"
    /// The library of the machine's patterns, shared by the whole process.
    public static let shared = HyphenationLibrary(directory: debianDirectory)

    public let directory: String
    private let lock = NSLock()
    /// The file each tag reads (`nil`: none), and each file's entry by its real path:
    /// `hyph_de_AT.dic` is a link to `hyph_de_DE.dic`, loaded once for both.
    private var files: [String: String?] = [:]
    private var entries: [String: Entry] = [:]

    public init(directory: String) {
        self.directory = directory
    }

    /// The dictionary for a BCP 47 tag (`de-AT`, `hu`), by the most specific file there is:
    /// `hyph_de_AT.dic`, then `hyph_de.dic`, then `hyph_de_DE.dic`, then any `hyph_de_*.dic`;
    /// `nil` for a language without patterns.
    public func dictionary(for tag: String) -> HyphenationDictionary? {
        entry(for: tag)?.dictionary
    }

    /// The pattern file a tag reads, with its size, for the keys of what depends on it.
    public func identity(of tag: String) -> String {
        entry(for: tag).map { "\($0.path) \($0.size)" } ?? "none"
    }

    /// Whether there are patterns for a tag, without loading them.
    public func hasPatterns(for tag: String) -> Bool {
        entry(for: tag) != nil
    }

    /// The pattern files loaded so far.
    var loadedFiles: [String] {
        lock.lock()
        defer { lock.unlock() }
        return entries.values.filter(\.isLoaded).map(\.path).sorted()
    }

    private func entry(for tag: String) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        let path: String?
        if let known = files[tag] {
            path = known
        } else {
            path = file(for: tag).map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
            files[tag] = .some(path)
        }
        guard let path else { return nil }
        if let entry = entries[path] { return entry }
        let entry = Entry(path: path)
        entries[path] = entry
        return entry
    }

    /// The file that `dictionary(for:)` reads for a tag, if there is one.
    public func file(for tag: String) -> String? {
        let subtags = tag.split(separator: "-").map(String.init)
        guard let language = subtags.first?.lowercased(), !language.isEmpty else { return nil }
        let region = subtags.dropFirst().first { $0.count == 2 && $0.allSatisfy(\.isLetter) }?.uppercased()
        var candidates: [String] = []
        if let region { candidates.append("hyph_\(language)_\(region).dic") }
        candidates += ["hyph_\(language).dic", "hyph_\(language)_\(language.uppercased()).dic"]
        let manager = FileManager.default
        for name in candidates where manager.fileExists(atPath: "\(directory)/\(name)") {
            return "\(directory)/\(name)"
        }
        let others = ((try? manager.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasPrefix("hyph_\(language)_") && $0.hasSuffix(".dic") }.sorted()
        return others.first.map { "\(directory)/\($0)" }
    }

    /// One pattern file, loaded by the first thread that asks; the others wait for it.
    private final class Entry: @unchecked Sendable {
        let path: String
        let size: Int
        private let lock = NSLock()
        private var loaded: HyphenationDictionary??

        init(path: String) {
            self.path = path
            size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? -1
        }

        var isLoaded: Bool {
            lock.lock()
            defer { lock.unlock() }
            return loaded != nil
        }

        var dictionary: HyphenationDictionary? {
            lock.lock()
            defer { lock.unlock() }
            if let loaded { return loaded }
            let dictionary = HyphenationDictionary(path: path)
            loaded = .some(dictionary)
            return dictionary
        }
    }
}
