import Diagnostics

/// The templates of the HTML pages a build writes for people to read (the contact sheet, the
/// translation status and each campaign's schedule timeline), read once from `Assets/pages/`.
///
/// The pages share one skeleton (`page.mustache`: doctype, head, title, the stylesheet) and one
/// stylesheet (`pages.css`), which is inlined into each page so that every page is a single
/// file that works from `file://` and needs no other host. Any other `.mustache` file in the
/// folder is a partial the pages may include (`finding.mustache`). Each page type builds its
/// values as plain structs and renders them here; Mustache escapes every `{{value}}`.
public struct PageTemplates: Sendable {
    /// A page a build writes, named as its template (`contact-sheet.mustache`).
    public enum Page: String, CaseIterable, Sendable {
        case contactSheet = "contact-sheet"
        case stringsStatus = "strings-status"
        case timeline
    }

    /// Every file's text by file name: what the pages are made from, for the build's cache keys.
    public var sources: [String: String] { folder.sources }
    private let folder: MustacheFolder

    /// The files there must be: the skeleton every page inherits, the stylesheet it inlines (as a
    /// partial) and each page's own template.
    static var requiredFiles: [String] { ["page.mustache", "pages.css"] + Page.allCases.map { $0.rawValue + ".mustache" } }

    /// Reads every template in `folder`, or logs, at the file and the place in it, why one
    /// cannot be read or is not a valid Mustache template.
    public static func load(folder: String, log: inout DiagnosticLog) -> PageTemplates? {
        MustacheFolder.load(folder: folder, required: requiredFiles, kind: "page template", check: .pageTemplate, log: &log).map(PageTemplates.init)
    }

    /// The page's HTML, from `values`: a struct (or dictionary) whose stored properties the
    /// template names.
    public func render(_ page: Page, _ values: Any) -> String {
        // `load` returns templates only when every page's is there.
        folder.render(values, template: page.rawValue)!
    }
}

extension CheckID {
    /// A template of the build's HTML pages in `Assets/pages/`.
    public static let pageTemplate: CheckID = "page-template"
}
