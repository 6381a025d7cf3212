import CampaignBuild
import CampaignModel
import Foundation
import Testing

@Suite struct BuildTests {
    /// Builds a copy of the repository's campaigns into `root/Output`; without the animations
    /// unless `motion` asks for them (they are encoded by ffmpeg, the slowest part of a build,
    /// and the tests that read them build the shared scripts campaign).
    static func build(_ root: URL, selection: Selection = Selection(), showsFailures: Bool = false, motion: Bool = false) -> Build.Result {
        let check = ProjectCheck(
            layout: ProjectLayout(campaignsDirectory: root.path + "/Campaigns", assetsDirectory: root.path + "/Assets"), selection: selection)
        return Build(check: check, outputDirectory: root.path + "/Output", schedule: schedule, showsFailures: showsFailures, motion: motion).run()
    }

    /// The schedule of the coming two years as planned on 1 November 2026, whatever today is.
    static let schedule = ScheduleSettings(
        years: [2027, 2028], today: CalendarDate(year: 2026, month: 11, day: 1), stamp: "20261101T000000Z")

    /// One full build of every campaign, shared by the tests that only read it.
    static let full: (root: URL, result: Build.Result) = {
        let root = try! RepositoryCampaigns.copy()
        return (root, build(root))
    }()

    /// Every file under `folder` with its bytes, by relative path.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count))] = try Data(contentsOf: url)
        }
        return files
    }

    static func report(in root: URL) throws -> BuildReport {
        try JSONDecoder().decode(BuildReport.self, from: Data(contentsOf: root.appendingPathComponent("Output/report.json")))
    }

    @Test func everyCampaignBuildsWithoutAnError() {
        #expect(Self.full.result.log.diagnostics.map(\.description) == [])
    }

    @Test func everyLocaleGetsEveryDrawnFormat() throws {
        let report = try Self.report(in: Self.full.root)
        #expect(report.campaigns.map(\.id) == ["burglary-focus-day", "secure-yourself", "senior-cyber-safety", "thb-victim-rights"])
        let locales = report.campaigns.flatMap(\.locales)
        #expect(locales.count == 72)
        for campaign in report.campaigns {
            let stickers = campaign.id == "thb-victim-rights"
            let drawn: [String] = stickers
                ? ["poster-a3", "flyer-a5", "sticker-round", "social-square", "social-link"]
                : ["poster-a3", "flyer-a5", "social-square", "social-link"]
            let printed: [String] = stickers ? ["poster-a3", "flyer-a5", "sticker-round"] : ["poster-a3", "flyer-a5"]
            for locale in campaign.locales {
                let names: [String] = locale.artifacts.map { String($0.path.split(separator: "/").last!) }
                #expect(names == drawn.map { $0 + ".svg" })
                let pdfs: [String] = locale.artifacts.compactMap { $0.pdf.map { String($0.path.split(separator: "/").last!) } }
                #expect(pdfs == printed.map { $0 + ".pdf" })
            }
        }
        let everything = try Self.snapshot(Self.full.root.appendingPathComponent("Output"))
        let files = everything.filter { !$0.key.hasPrefix("/site/") }
        #expect(files.keys.filter { $0.hasSuffix(".svg") }.count == 72 * 4 + 24, "four formats everywhere, the sticker in the trafficking campaign's 24 locales")
        #expect(files.keys.filter { $0.hasSuffix(".pdf") }.count == 72 * 2 + 24)
        #expect(
            files.keys.filter { $0.hasSuffix(".png") }.count == 72 * 6 + 24 * 2,
            "flyer, two social images, newsletter thumbnail, two contact sheet thumbnails; the sticker's preview and thumbnail")
        for name in ["newsletter.html", "newsletter.txt", "newsletter.eml", "newsletter-flyer.png"] {
            #expect(files.keys.filter { $0.hasSuffix("/" + name) }.count == 72, "every locale has \(name)")
        }
        let site = everything.keys.filter { $0.hasPrefix("/site/") }
        #expect(
            site.count == 72 * 8 + 24 * 2 + 5 + 4,
            "per locale its page, 404, calendar day, 2 PDFs and 3 pictures (the sticker's PDF and preview too); the site's start page, 404, stylesheet, robots.txt and sitemap, and each campaign's page")
        #expect(locales.allSatisfy { $0.site.map { everything["/" + $0] != nil } == true }, "the report names each locale's page")
        let pngs = locales.flatMap(\.artifacts).compactMap(\.png)
        #expect(pngs.filter { $0.path.hasSuffix("flyer-a5.png") }.allSatisfy { ($0.width, $0.height, $0.dotsPerInch) == (1748, 2480, 300) })
        #expect(pngs.filter { $0.path.hasSuffix("social-square.png") }.allSatisfy { ($0.width, $0.height) == (1080, 1080) })
        #expect(pngs.filter { $0.path.hasSuffix("social-link.png") }.allSatisfy { ($0.width, $0.height) == (1200, 630) })
    }

    @Test func theReportSaysHowEverySlotWasSet() throws {
        let report = try Self.report(in: Self.full.root)
        let belgium = try #require(report.campaigns.first?.locales.first { $0.locale == "nl-BE" })
        #expect(belgium.overrides == ["call-to-action"])
        #expect(belgium.fallbacks == [])
        #expect(belgium.language == "nl")
        #expect(belgium.languageName == "Dutch")
        #expect(belgium.state == "BE")
        let poster = try #require(belgium.artifacts.first)
        #expect(poster.path == "burglary-focus-day/nl-BE/poster-a3.svg")
        let headline = try #require(poster.slots.first { $0.name == "headline" })
        #expect(headline.size >= headline.minimumSize && headline.size <= headline.maximumSize)
        #expect(headline.fill > 0 && headline.fill <= 1)
        let newsletter = try #require(belgium.newsletter)
        #expect(newsletter.eml == "burglary-focus-day/nl-BE/newsletter.eml")
        #expect(newsletter.htmlBytes > 0 && newsletter.htmlBytes < 100_000)
        #expect(!newsletter.subject.isEmpty)
    }

    @Test func aSelectiveBuildWritesTheSameBytesAsAFullOne() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = Self.build(root, selection: Selection(campaignIDs: ["thb-victim-rights"]))
        let selective = try Self.snapshot(root.appendingPathComponent("Output"))
        let full = try Self.snapshot(Self.full.root.appendingPathComponent("Output"))
        let posters = selective.keys.filter { !$0.hasPrefix("/site/") && ($0.hasSuffix(".svg") || $0.hasSuffix(".png")) }
        #expect(posters.count == 24 * 13, "per locale 5 SVGs, 4 PNGs and 3 thumbnails, and the sticker's preview")
        for path in selective.keys where path.contains("newsletter") || path.hasPrefix("/site/thb-victim-rights/") {
            #expect(selective[path] == full[path], "\(path) differs between two builds")
        }
        for path in posters {
            #expect(selective[path] == full[path], "\(path) differs between two builds")
        }
    }

    @Test func aBrokenSpecLeavesThePreviousOutputUntouched() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let selection = Selection(campaignIDs: ["secure-yourself"])
        #expect(!Self.build(root, selection: selection).log.hasErrors)
        let output = root.appendingPathComponent("Output")
        let before = try Self.snapshot(output)
        #expect(
            before.count == 5 * (15 + 8) + 1 + 3 + 2 + 1 + 1 + 1 + 9,
            """
            per locale 4 SVGs, 3 PNGs, 2 PDFs, 2 thumbnails, the newsletter's 4 files and 8 of the site; report, schedule (3), \
            calendars (2), sheet, translation status, cache, the site's own 5 files and its 4 campaign pages
            """)

        let spec = root.appendingPathComponent("Campaigns/secure-yourself/campaign.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "  CZ: [cs, sk, uk, vi, en]", with: "  CZ: [cs, sk, uk, vi, en, tr]").utf8).write(to: spec)

        let result = Self.build(root, selection: selection)
        #expect(result.log.hasErrors)
        #expect(result.written.isEmpty)
        #expect(try Self.snapshot(output) == before)

        // The preview's build also shows the failure on the contact sheet, and changes nothing else.
        #expect(Self.build(root, selection: selection, showsFailures: true).log.hasErrors)
        let after = try Self.snapshot(output)
        #expect(after.filter { $0.key != "/index.html" } == before.filter { $0.key != "/index.html" })
        let sheet = String(decoding: after["/index.html"] ?? Data(), as: UTF8.self)
        #expect(sheet.contains("The last build failed"))
        #expect(sheet.contains("DE chose Turkish") || sheet.contains("CZ chose Turkish"))
    }

    @Test func anOverflowAnywhereWritesNothing() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let strings = root.appendingPathComponent("Campaigns/secure-yourself/strings/cs.yaml")
        let text = try String(contentsOf: strings, encoding: .utf8)
        let long = String(repeating: "Zabezpečte svůj domov ", count: 20)
        let broken = text.replacingOccurrences(of: "\"Než odjedete, zabezpečte svůj domov\"", with: "\"\(long)\"")
        try Data(broken.utf8).write(to: strings)

        let result = Self.build(root, selection: Selection(campaignIDs: ["secure-yourself"]))
        #expect(result.written.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Output").path))
        let messages = result.log.diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("/Campaigns/secure-yourself/strings/cs.yaml:3:9: error: secure-yourself/cs-CZ/poster-a3: slot 'headline' overflows by ") })
        #expect(messages.allSatisfy { $0.contains("cs-CZ") })
    }

    @Test func aBrokenSpecCreatesNoOutputFolder() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("Assets/member-states.yaml"))
        #expect(Self.build(root).log.hasErrors)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Output").path))
    }

    @Test func selectionNarrowsTheBuild() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = Self.build(root, selection: Selection(campaignIDs: ["thb-victim-rights"], localeFilters: ["ar", "uk-CZ"]))
        #expect(!result.log.hasErrors)
        let report = try Self.report(in: root)
        #expect(report.campaigns.map(\.id) == ["thb-victim-rights"])
        #expect(report.campaigns.first?.locales.map(\.locale) == ["ar-BE", "uk-CZ", "ar-DE", "ar-FR"])
    }

    @Test func unknownSelectionsAreErrors() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = Self.build(root, selection: Selection(campaignIDs: ["burglary-focusday"], localeFilters: ["de-XX", "klingon"]))
        #expect(result.log.sorted.map(\.description) == [
            "error: --locale de-XX matches no locale of the selected campaigns",
            "error: --locale klingon: 'klingon' does not start with a language code such as 'de' or 'uk'",
            "error: unknown campaign 'burglary-focusday' given to --campaign; did you mean 'burglary-focus-day'?",
        ])
        #expect(result.written.isEmpty)
    }

    @Test func textTooPaleForItsBackgroundFailsWithItsRatio() throws {
        let root = try RepositoryCampaigns.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let template = root.appendingPathComponent("Assets/templates/civic/flyer-a5.svg")
        let text = try String(contentsOf: template, encoding: .utf8)
        let pale = text.replacingOccurrences(of: #"<rect data-slot="tip-1" "#, with: ##"<rect data-slot="tip-1" data-fill="#BBBBBB" "##)
        #expect(pale != text)
        try Data(pale.utf8).write(to: template)

        let result = Self.build(root, selection: Selection(campaignIDs: ["secure-yourself"], localeFilters: ["cs"]))
        let errors = result.log.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        let finding = try #require(errors.first)
        #expect(finding.check == "contrast")
        #expect(finding.subject == .output(campaign: "secure-yourself", locale: "cs-CZ", format: "flyer-a5", slot: "tip-1"))
        let message = finding.text
        #expect(message.hasPrefix("secure-yourself/cs-CZ/flyer-a5: slot 'tip-1': text #BBBBBB has a contrast of 1.9"))
        #expect(message.contains(":1 against its background; WCAG 2.2 (1.4.3) asks for 4.5:1 at "))
        #expect(result.written.isEmpty)
    }
}
