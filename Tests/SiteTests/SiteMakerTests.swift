import CampaignModel
import Diagnostics
import Foundation
import PosterSamples
import Site
import Testing
import XML

/// A small campaign's website made with the repository's design and read back as a browser and a
/// search engine would: its links, its language alternates, and a hostile translation.
@Suite struct SiteMakerTests {
    /// A headline that tries to end the title, open a script and break out of an attribute.
    static let hostile = "</title><script>alert(\"x\")</script> \"quoted\" & 'single' <b>bold</b>"

    static let design: SiteDesign = {
        var log = DiagnosticLog()
        guard let design = SiteDesign.load(folder: Sample.repository.appendingPathComponent("Assets/site/civic").path, log: &log) else {
            fatalError("the repository's site design does not load: \(log.diagnostics)")
        }
        return design
    }()

    static func site(base: String?) throws -> (campaign: Campaign, files: [String: [UInt8]]) {
        let campaign = try Sample.campaign(translations: ["de": "Sicher wohnen", "ar": hostile])
        let maker = SiteMaker(design: design, address: SiteAddress(base: base), stamp: "20270101T000000Z", producer: "-//test//EN")
        let picture = Download(format: .socialLink, kind: .picture(width: 1200, height: 630), fileName: "social-link.png", bytes: [0x89, 0x50])
        var files: [String: [UInt8]] = [:]
        for locale in campaign.locales {
            let made = maker.files(of: LocaleSite(campaign: campaign, locale: locale, state: Sample.state("BE"), downloads: [picture]))
            for file in made.files { files[file.path] = file.bytes }
        }
        for file in maker.siteFiles([SiteCampaign(campaign: campaign, states: ["BE": Sample.state("BE")])]) { files[file.path] = file.bytes }
        return (campaign, files)
    }

    static func page(_ files: [String: [UInt8]], _ path: String) throws -> XMLElement {
        let bytes = try #require(files[path], "no \(path)")
        return try #require(try XMLDocument(parsingHTML: bytes, name: path).root)
    }

    /// Every link, stylesheet and picture a page names by a relative address is a file of the site.
    @Test func everyRelativeLinkResolvesToAFileOfTheSite() throws {
        let (_, files) = try Self.site(base: "https://example.org/campaigns/")
        let pages = files.keys.filter { $0.hasSuffix(".html") }
        #expect(pages.count == 3 * 2 + 3, "a page and a 404 per locale, the campaign's and the site's start pages and 404: \(pages.sorted())")
        for path in pages {
            let root = try Self.page(files, path)
            let references = root.descendantsAndSelf.compactMap { element -> String? in
                switch element.name {
                case "a", "link": element.attribute("href")
                case "img": element.attribute("src")
                default: nil
                }
            }
            for reference in references where !reference.contains(":") && !reference.hasPrefix("#") {
                let folder = path.split(separator: "/").dropLast().map(String.init)
                var parts = folder
                for part in reference.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
                    if part == ".." { parts.removeLast() } else if part != "." { parts.append(part) }
                }
                let target = parts.joined(separator: "/")
                let file = reference.hasSuffix("/") || reference == "./" ? target + (target.hasSuffix("/") || target.isEmpty ? "" : "/") + "index.html" : target
                #expect(files[file.hasPrefix("/") ? String(file.dropFirst()) : file] != nil, "\(path) links to \(reference), which is no file")
            }
        }
    }

    /// Each locale's page lists every locale of the campaign and the campaign's start page as
    /// x-default, under the base, itself included; the start page lists the same set.
    @Test func everyPageOfTheCampaignListsTheSameLanguageAlternates() throws {
        let (campaign, files) = try Self.site(base: "https://example.org/campaigns/")
        let expected = Set(campaign.locales.map { "\($0) https://example.org/campaigns/trial/\($0)/" } + ["x-default https://example.org/campaigns/trial/"])
        let paths = campaign.locales.map { "trial/\($0)/index.html" } + ["trial/index.html"]
        for path in paths {
            let links = try Self.page(files, path).descendantsAndSelf.filter { $0.name == "link" && $0.attribute("rel") == "alternate" }
            #expect(Set(links.map { "\($0.attribute("hreflang") ?? "") \($0.attribute("href") ?? "")" }) == expected, "\(path)")
        }
        let arabic = try Self.page(files, "trial/ar-BE/index.html")
        #expect(arabic.attribute("lang") == "ar-BE" && arabic.attribute("dir") == "rtl")
        let sitemap = String(decoding: try #require(files["sitemap.xml"]), as: UTF8.self)
        #expect(sitemap.components(separatedBy: "<url>").count - 1 == 1 + paths.count)
        #expect(sitemap.components(separatedBy: "hreflang=\"x-default\"").count - 1 == paths.count)
    }

    /// The hostile headline is text wherever it appears: in the title, in the heading and in the
    /// social card's attribute, never markup.
    @Test func aHostileTranslationStaysText() throws {
        let (_, files) = try Self.site(base: "https://example.org/campaigns/")
        let html = String(decoding: try #require(files["trial/ar-BE/index.html"]), as: UTF8.self)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        let root = try Self.page(files, "trial/ar-BE/index.html")
        #expect(root.descendantsAndSelf.first { $0.name == "h1" }?.textContent == Self.hostile)
        #expect(root.descendantsAndSelf.first { $0.name == "title" }?.textContent.hasPrefix(Self.hostile) == true)
        let card = root.descendantsAndSelf.first { $0.name == "meta" && $0.attribute("property") == "og:title" }
        #expect(card?.attribute("content") == Self.hostile)
    }

    /// Without a base address the pages link relatively and name nothing absolute: no canonical
    /// link, no alternates, no social picture, no sitemap.
    @Test func withoutABaseAddressNothingAbsoluteIsWritten() throws {
        let (_, files) = try Self.site(base: nil)
        #expect(files["sitemap.xml"] == nil)
        let html = String(decoding: try #require(files["trial/de-BE/index.html"]), as: UTF8.self)
        #expect(!html.contains("rel=\"canonical\"") && !html.contains("hreflang=\"x-default\"") && !html.contains("og:image\""))
        #expect(html.contains("href=\"../../site.css\""))
        #expect(String(decoding: try #require(files["robots.txt"]), as: UTF8.self) == "User-agent: *\nAllow: /\n")
    }

    /// The calendar day is one all-day event in the page's language.
    @Test func theCalendarDayIsTheKeyDateInTheLocalesLanguage() throws {
        let (_, files) = try Self.site(base: "https://example.org/campaigns/")
        let folded = String(decoding: try #require(files["trial/de-BE/key-date.ics"]), as: UTF8.self)
        #expect(folded.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 }, "lines are folded at 75 octets")
        let ics = folded.replacingOccurrences(of: "\r\n ", with: "")
        #expect(ics.contains("DTSTART;VALUE=DATE:20271018\r\n") && ics.contains("DTEND;VALUE=DATE:20271019\r\n"))
        #expect(ics.contains("DESCRIPTION;LANGUAGE=de-BE:Sicher wohnen\\nhttps://example.org/campaigns/trial/de-BE/\r\n"))
        #expect(ics.contains("URL;VALUE=URI:https://example.org/campaigns/trial/de-BE/\r\n"))
    }

    /// Labels are read as every YAML file of the project: `NO` stays text, and a label that is not
    /// one line of text is an error at its place.
    @Test func labelsAreReadAsTheProjectReadsYAML() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("site-design-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Sample.repository.appendingPathComponent("Assets/site/civic"), to: folder)
        try Data("help: NO\n".utf8).write(to: folder.appendingPathComponent("labels/nb.yaml"))
        var log = DiagnosticLog()
        let design = try #require(SiteDesign.load(folder: folder.path, log: &log))
        #expect(design.labels.lookup(try LanguageTag(parsing: "nb"))["help"] == "NO")

        try Data("help:\n  - Hilfe\n".utf8).write(to: folder.appendingPathComponent("labels/de.yaml"))
        var broken = DiagnosticLog()
        #expect(SiteDesign.load(folder: folder.path, log: &broken) == nil)
        #expect(broken.diagnostics.map(\.description) == [
            folder.path + "/labels/de.yaml:2:3: error: a label is a name and a text on one line (`help: Help and advice`)"
        ])
    }
}
