import Foundation

/// How the website names its own pages and files. Paths are relative to the site folder and
/// name a folder's page by the folder (`burglary-focus-day/de-AT/`), as web servers serve it.
/// Links between pages are relative, so the site works wherever it is copied; what must be
/// absolute (canonical links, language alternates, social cards, the sitemap) starts from the
/// base address, and is left out when the project names none.
public struct SiteAddress: Sendable {
    /// The address of the site folder, ending in `/`.
    public let base: String?

    public init(base: String?) {
        self.base = base
    }

    /// The absolute address of a site path, when there is a base.
    public func absolute(_ path: String) -> String? {
        base.map { $0 + Self.percentEncoded(path) }
    }

    /// The link from the page at `page` (a folder path ending in `/`, or a file path) to
    /// `target`, relative, so the site works under any address.
    public func relative(from page: String, to target: String) -> String {
        let from = page.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        let to = target.split(separator: "/", omittingEmptySubsequences: false)
        var common = 0
        while common < from.count, common < to.count - 1, from[from.startIndex + common] == to[common] { common += 1 }
        let up = Array(repeating: "..", count: from.count - common)
        let link = (up + to[common...].map(String.init)).joined(separator: "/")
        return link.isEmpty ? "./" : Self.percentEncoded(link)
    }

    /// The path with the characters a URL path may not hold percent-encoded (campaign ids and
    /// locale tags are ASCII letters, digits and hyphens; this keeps any other name safe).
    static func percentEncoded(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }
}
