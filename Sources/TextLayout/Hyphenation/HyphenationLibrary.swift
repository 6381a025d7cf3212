import Foundation

/// The hyphenation dictionaries of the machine, one per language, loaded on first use and
/// shared by every thread: Debian's `hyphen-*` packages install them in `/usr/share/hyphen`
/// as `hyph_de_DE.dic`, `hyph_hu_HU.dic`...
public final class HyphenationLibrary: @unchecked Sendable {
    /// Debian's folder of hyphenation patterns.
    public static let debianDirectory = "/usr/share/hyphen"
    /// The library of the machine's patterns, shared by the whole process.
    public static let shared = HyphenationLibrary(directory: debianDirectory)

    public let directory: String
    private let lock = NSLock()
    /// By tag, and by the file's real path: `hyph_de_AT.dic` and `hyph_de_DE.dic` are one file,
    /// loaded once (German's patterns take a quarter of a second to load).
    private var byTag: [String: HyphenationDictionary?] = [:]
    private var byFile: [String: HyphenationDictionary] = [:]

    public init(directory: String) {
        self.directory = directory
    }

    /// The dictionary for a BCP 47 tag (`de-AT`, `hu`), by the most specific file there is:
    /// `hyph_de_AT.dic`, then `hyph_de.dic`, then any `hyph_de_*.dic`; `nil` for a language
    /// without patterns.
    public func dictionary(for tag: String) -> HyphenationDictionary? {
        lock.lock()
        defer { lock.unlock() }
        if let known = byTag[tag] { return known }
        var dictionary: HyphenationDictionary?
        if let path = file(for: tag) {
            let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            dictionary = byFile[real] ?? HyphenationDictionary(path: real)
            byFile[real] = dictionary
        }
        byTag[tag] = .some(dictionary)
        return dictionary
    }

    /// The file that `dictionary(for:)` reads for a tag, if there is one.
    public func file(for tag: String) -> String? {
        let subtags = tag.split(separator: "-").map(String.init)
        guard let language = subtags.first?.lowercased(), !language.isEmpty else { return nil }
        let region = subtags.dropFirst().first { $0.count == 2 && $0.allSatisfy(\.isLetter) }?.uppercased()
        var candidates: [String] = []
        if let region { candidates.append("hyph_\(language)_\(region).dic") }
        candidates.append("hyph_\(language).dic")
        let manager = FileManager.default
        for name in candidates where manager.fileExists(atPath: "\(directory)/\(name)") {
            return "\(directory)/\(name)"
        }
        let others = ((try? manager.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasPrefix("hyph_\(language)_") && $0.hasSuffix(".dic") }.sorted()
        return others.first.map { "\(directory)/\($0)" }
    }
}
