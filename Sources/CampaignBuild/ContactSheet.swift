import CampaignModel
import Diagnostics
import Foundation
import Pages

/// `Output/index.html`, the page a designer opens first: every campaign's locales side by side,
/// each with its poster and flyer thumbnails, newsletter and schedule links, how tightly its text
/// fits and how well it contrasts, and what the build found there, errors in red. Filters narrow
/// it to a campaign, a member state or a language.
///
/// After a failed build it is written anyway, over the last good pack's pictures, so the
/// designer sees where it failed; served by `campaign preview`, it reloads itself after each
/// rebuild. Its markup is `Assets/pages/contact-sheet.mustache`; this type gathers the values.
struct ContactSheet {
    let report: BuildReport
    let log: DiagnosticLog
    /// Member states' names by code.
    let stateNames: [String: String]
    let succeeded: Bool
    let pages: PageTemplates

    var html: String {
        pages.render(.contactSheet, values)
    }

    /// What the template shows. Each finding is placed by its subject, never by its text.
    private var values: Values {
        let locales = report.campaigns.flatMap { campaign in campaign.locales.map { (campaign, $0) } }
        let findings = log.sorted
        let states = Set(locales.map(\.1.state)).sorted()
        let languages = Set(locales.map(\.1.languageName)).sorted()
        return Values(
            buildFailed: !succeeded, campaignCount: report.campaigns.count, localeCount: locales.count,
            errorCount: log.errorCount, errorsWord: log.errorCount == 1 ? "error" : "errors",
            warningCount: log.warningCount, warningsWord: log.warningCount == 1 ? "warning" : "warnings",
            statusPage: succeeded ? OutputLayout.stringsStatus : nil,
            filters: [
                Filter(name: "campaign", label: "Campaign", options: report.campaigns.map { Option(value: $0.id, text: $0.title) }),
                Filter(name: "state", label: "Member state", options: states.map { Option(value: $0, text: "\(stateNames[$0] ?? $0) (\($0))") }),
                Filter(name: "language", label: "Language", options: languages.map { Option(value: $0, text: $0) }),
            ],
            general: findings.filter { finding in !locales.contains { finding.subject.concerns(campaign: $0.0.id, locale: $0.1.locale) } }
                .map(Finding.init),
            campaigns: report.campaigns.map { campaign in
                Campaign(
                    id: campaign.id, title: campaign.title, keyDate: campaign.keyDate, schedulePage: OutputLayout.schedule(campaign: campaign.id, ext: "html"),
                    localeCount: campaign.locales.count,
                    cards: campaign.locales.map { locale in
                        card(campaign, locale, findings: findings.filter { $0.subject.concerns(campaign: campaign.id, locale: locale.locale) })
                    })
            })
    }

    private func card(_ campaign: BuildReport.CampaignEntry, _ locale: BuildReport.LocaleEntry, findings: [Diagnostic]) -> Card {
        Card(
            campaign: campaign.id, locale: locale.locale, state: locale.state,
            stateName: stateNames[locale.state] ?? locale.state, language: locale.languageName,
            failed: findings.contains { $0.severity == .error },
            thumbnails: locale.artifacts.compactMap { artifact in
                artifact.thumbnail.map { Thumbnail(artifact, thumbnail: $0) }
            },
            newsletter: locale.newsletter.map { Newsletter(html: $0.html, text: $0.text) }, site: locale.site,
            animations: locale.artifacts.flatMap { $0.animations ?? [] }.map { animation in
                let stem = ((animation.path as NSString).lastPathComponent as NSString).deletingPathExtension
                return FileLink(name: "\(stem.replacingOccurrences(of: "social-", with: "")) \(animation.kind.rawValue.uppercased())", href: animation.path)
            },
            englishCount: locale.fallbacks.isEmpty ? nil : locale.fallbacks.count,
            findings: findings.map(Finding.init))
    }

    private struct Values {
        let buildFailed: Bool
        let campaignCount: Int
        let localeCount: Int
        let errorCount: Int
        let errorsWord: String
        let warningCount: Int
        let warningsWord: String
        /// The translation status page, linked after a build that wrote it.
        let statusPage: String?
        let filters: [Filter]
        /// Findings about no locale shown on the sheet.
        let general: [Finding]
        let campaigns: [Campaign]
    }

    private struct Filter {
        /// The card's `data-` attribute it compares with.
        let name: String
        let label: String
        let options: [Option]
    }

    private struct Option {
        let value: String
        let text: String
    }

    private struct Campaign {
        let id: String
        let title: String
        let keyDate: String
        let schedulePage: String
        let localeCount: Int
        let cards: [Card]
    }

    private struct Card {
        let campaign: String
        let locale: String
        let state: String
        let stateName: String
        let language: String
        /// Whether any finding about the locale is an error.
        let failed: Bool
        let thumbnails: [Thumbnail]
        let newsletter: Newsletter?
        /// The locale's page of the website, when the campaign makes one.
        let site: String?
        /// The animated social posts.
        let animations: [FileLink]
        /// How many messages the locale shows in English; `nil` when none.
        let englishCount: Int?
        let findings: [Finding]
    }

    private struct FileLink {
        /// What the link says (`square GIF`).
        let name: String
        let href: String
    }

    private struct Thumbnail {
        /// The output's name (`poster-a3`).
        let name: String
        /// The full picture: the PNG, or the SVG of formats without one.
        let href: String
        let src: String
        /// The print-ready PDF, for printed formats.
        let pdf: String?
        /// The slot set closest to its smallest size.
        let tightest: Tightest?
        /// The lowest contrast of any slot.
        let contrast: String?

        init(_ artifact: BuildReport.ArtifactEntry, thumbnail: String) {
            name = (artifact.path as NSString).lastPathComponent.replacingOccurrences(of: ".svg", with: "")
            href = artifact.png?.path ?? artifact.path
            src = thumbnail
            pdf = artifact.pdf?.path
            tightest = artifact.slots.min { Self.slack($0) < Self.slack($1) }.map {
                Tightest(slot: $0.name, size: $0.size.oneDecimal, minimumSize: $0.minimumSize.oneDecimal, maximumSize: $0.maximumSize.oneDecimal)
            }
            contrast = artifact.slots.compactMap(\.contrast).min()?.oneDecimal
        }

        /// How far above its smallest size a slot was set, as a share of its range.
        private static func slack(_ slot: BuildReport.SlotEntry) -> Double {
            slot.maximumSize > slot.minimumSize ? (slot.size - slot.minimumSize) / (slot.maximumSize - slot.minimumSize) : 1
        }
    }

    private struct Tightest {
        let slot: String
        let size: String
        let minimumSize: String
        let maximumSize: String
    }

    private struct Newsletter {
        let html: String
        let text: String
    }

    private struct Finding {
        let severity: String
        let text: String
        /// The check that made it (`slot-overflow`).
        let check: String
        let location: String?

        init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity.rawValue
            text = diagnostic.text
            check = diagnostic.check.rawValue
            location = diagnostic.location?.description
        }
    }
}
