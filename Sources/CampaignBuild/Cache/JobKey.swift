import CampaignModel
import Crypto
import Foundation
import Localization
import Pages
import Posters
import Site
import TextLayout

/// The key of one locale's outputs: a SHA-256 of exactly what they are made from. The campaign's
/// spec values and English texts, the locale's resolved strings, the member state's data, the
/// templates, pictures and newsletter design the locale uses, the link texts its newsletter is
/// judged by, the fonts, the print PDFs' colour profiles, the newsletter's date, the website's
/// design, address and the campaign's locales, and the compiler's version. Another language's
/// strings, a comment in another campaign or the schedule are not in it.
struct JobKey {
    /// What is common to every job of a build: the compiler and the fonts.
    struct Shared {
        let compilerVersion = CompilerVersion.current
        /// The running program's file, size and time: a compiler rebuilt from changed code makes
        /// everything again even before its version number changes.
        let executable = Shared.executableIdentity()
        /// Every font file fontconfig offers, with its size.
        let fonts: String
        /// `SOURCE_DATE_EPOCH`, which dates the .eml.
        let sourceDateEpoch: String?
        /// The website's address, calendar stamp and design files, digested once for every job.
        let site: String
        /// Each template's digest by path, made once for every job that uses it.
        let templates: [String: String]

        init(
            fonts library: FontLibrary, templates: [String: Template], site maker: SiteMaker?,
            environment: [String: String] = ProcessInfo.processInfo.environment
        ) {
            self.templates = templates.mapValues { SHA256.hash(data: Data($0.bytes)).hex }
            fonts = Set(library.fonts.map(\.file)).sorted().map { file in
                let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? -1
                return "\(file) \(size)"
            }.joined(separator: "\n")
            sourceDateEpoch = SourceDateEpoch.seconds(in: environment).map(String.init)
            var hasher = SHA256()
            if let maker {
                hasher.update(data: Data("\(maker.address.base ?? "")\u{0}\(maker.stamp)\u{0}".utf8))
                for (name, text) in maker.design.sources.sorted(by: { $0.key < $1.key }) { hasher.update(data: Data("\(name)\u{0}\(text)\u{0}".utf8)) }
            }
            site = hasher.finalize().hex
        }

        static func executableIdentity() -> String {
            let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            let size = attributes?[.size] as? Int ?? -1
            let time = (attributes?[.modificationDate] as? Date)?.timeIntervalSinceReferenceDate ?? -1
            return "\(path) \(size) \(time)"
        }
    }

    let job: LocaleJob
    let shared: Shared

    var value: String {
        var hasher = SHA256()
        func add(_ label: String, _ text: String) {
            hasher.update(data: Data("\(label)\u{0}\(text)\u{0}".utf8))
        }
        func addFile(_ path: String) {
            add("file", path)
            hasher.update(data: FileManager.default.contents(atPath: path) ?? Data("missing".utf8))
        }
        let campaign = job.campaign
        add("compiler", shared.compilerVersion + "\n" + shared.executable)
        add("fonts", shared.fonts)
        add("hyphenation", ["en", job.locale.description].map(HyphenationLibrary.shared.identity(of:)).joined(separator: "\n"))
        add("date", shared.sourceDateEpoch ?? "")
        add("print marks", "\(job.printMarks) \(job.printProfiles != nil)")
        add("motion", "\(job.motion)")
        if let profiles = job.printProfiles {
            add("print profiles", profiles.digest)
        }
        add("campaign", [
            campaign.id, campaign.title, campaign.website ?? "", "\(campaign.theme)", campaign.design, campaign.newsletterDesign,
            campaign.formats.map(\.rawValue).joined(separator: ","), campaign.audience.rawValue,
            campaign.keyDate.description, String(campaign.edition),
        ].joined(separator: "\n"))
        for message in campaign.messages {
            add("message", "\(message.id)\n\(message.text)\n\(message.description)\n\(message.formats.map(\.rawValue))")
        }
        for message in Localizer(campaign: campaign).strings(for: job.locale).messages {
            add("string", "\(message.id)\n\(message.text)\n\(message.origin)\n\(message.location)")
        }
        add("locale", job.locale.description)
        add("state", "\(job.state)")
        add("link-texts", job.vagueLinkTexts.joined(separator: "\n"))
        let images = job.check.images(for: campaign)
        for format in campaign.formats where format.isDrawn {
            let path = job.check.templatePath(campaign, format)
            guard let template = job.templates[path] else { continue }
            add("template", "\(path)\n\(shared.templates[path] ?? "")")
            for slot in template.imageSlots {
                if let picture = images.path(slot.name, state: job.state.code) { addFile(picture) }
            }
            for file in template.linkedFiles.values.sorted() { addFile(file) }
        }
        if campaign.formats.contains(.newsletter), let design = job.newsletterDesigns[campaign.newsletterDesign] {
            for name in ["newsletter.html.mustache", "newsletter.txt.mustache", "body-styles.yaml"] {
                addFile(design.folder + "/" + name)
            }
        }
        if campaign.formats.contains(.site), job.site != nil {
            // A page lists every locale of its campaign, in its languages' own names.
            add("site", "\(shared.site)\n\(campaign.locales.map(\.description))")
        }
        return hasher.finalize().hex
    }
}

/// The key of the schedule files: the compiler, the years and day planned, every campaign's
/// dates and distribution, the member states, their holidays, the schedule ledgers and the
/// page templates the timelines are made from.
struct ScheduleKey {
    let project: Project
    let selected: [String]
    let settings: ScheduleSettings
    let shared: JobKey.Shared
    let layout: ProjectLayout
    let pages: PageTemplates

    var value: String {
        var hasher = SHA256()
        func add(_ text: String) { hasher.update(data: Data((text + "\u{0}").utf8)) }
        add(shared.compilerVersion + "\n" + shared.executable)
        add(selected.joined(separator: ","))
        add("\(settings.years) \(settings.today.map(\.description) ?? "") \(settings.stamp)")
        for campaign in project.campaigns {
            add("\(campaign.id)\n\(campaign.title)\n\(campaign.website ?? "")\n\(campaign.keyDate)\n\(campaign.keyDateLocation)")
            add("\(campaign.milestones)\n\(campaign.edition)\n\(campaign.distribution)")
            add(String(decoding: FileManager.default.contents(atPath: layout.scheduleLedger(campaign.id)) ?? Data(), as: UTF8.self))
        }
        add(project.memberStates.map { "\($0.code) \($0.name)" }.joined(separator: "\n"))
        // Described field by field: a dictionary's own description changes order from run to run.
        for code in project.holidays.keys.sorted() {
            for holiday in project.holidays[code]!.holidays {
                let moves = holiday.moves.keys.sorted().map { "\($0)>\(holiday.moves[$0]!)" }
                let observed = holiday.observed.keys.sorted().map { "\($0)>\(holiday.observed[$0]!)" }
                add("\(code) \(holiday.name) \(holiday.rule) \(holiday.since ?? 0) \(holiday.until ?? 0) \(holiday.every ?? 0) \(moves) \(observed)")
            }
        }
        for (name, text) in pages.sources.sorted(by: { $0.key < $1.key }) { add("\(name)\n\(text)") }
        return hasher.finalize().hex
    }
}
