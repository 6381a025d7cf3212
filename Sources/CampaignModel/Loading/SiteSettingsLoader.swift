import Diagnostics
import Foundation

/// Where the campaign website is published, from `Assets/site.yaml`: the address of the site
/// folder's `index.html`, which every absolute address of the site starts with (canonical
/// links, language alternates, social cards, the sitemap).
///
/// ```yaml
/// baseURL: https://campaigns.example.org/
/// design: civic          # Assets/site/civic/; the first campaign's design when left out
/// ```
public struct SiteSettings: Hashable, Sendable {
    /// The base address, ending in `/`; `nil` when the project names none (the site then links
    /// relatively and leaves out what needs an absolute address).
    public let baseURL: String?
    /// The site design in `Assets/site/<design>/`, when the file names one.
    public let design: String?
    /// Where the base is given, or the file that would give it.
    public let location: SourceLocation

    public init(baseURL: String?, design: String? = nil, location: SourceLocation) {
        self.baseURL = baseURL
        self.design = design
        self.location = location
    }
}

/// Reads `Assets/site.yaml`; without the file the site has no base address.
public struct SiteSettingsLoader {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public func load(log: inout DiagnosticLog) -> SiteSettings {
        let none = SiteSettings(baseURL: nil, location: SourceLocation(file: path))
        guard FileManager.default.fileExists(atPath: path), let file = YAMLFile.load(path, log: &log) else { return none }
        let reader = NodeReader(file: path, check: .siteSettings)
        guard let root = reader.mapping(file.root, "the site settings", log: &log) else { return none }
        root.rejectUnknownKeys(["baseURL", "design"], log: &log)
        let design = root.optionalString("design", log: &log)
        guard let base = root.optionalString("baseURL", log: &log), let node = root["baseURL"] else {
            return SiteSettings(baseURL: nil, design: design, location: none.location)
        }
        let location = reader.location(node)
        guard Self.isBaseURL(base) else {
            log.error(
                .siteSettings, "baseURL must be an absolute http(s) address without query or fragment, as 'https://campaigns.example.org/', not '\(base)'",
                at: location)
            return SiteSettings(baseURL: nil, design: design, location: location)
        }
        return SiteSettings(baseURL: base.hasSuffix("/") ? base : base + "/", design: design, location: location)
    }

    /// An http(s) address with a host, no query, fragment, spaces or characters that need escaping.
    static func isBaseURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
              let host = url.host, !host.isEmpty, url.query == nil, url.fragment == nil
        else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 && $0.value < 0x7F && !"\"'<>`\\{}|^".unicodeScalars.contains($0) }
    }
}
