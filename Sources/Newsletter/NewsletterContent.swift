import CampaignModel
import Foundation
import Localization

/// What one locale's newsletter says, gathered from the campaign's strings and the member
/// state's data, before any template sees it.
public struct NewsletterContent: Sendable {
    public let campaign: Campaign
    public let locale: LocaleTag
    public let state: MemberState
    public let strings: LocalizedStrings

    public init(campaign: Campaign, locale: LocaleTag, state: MemberState) {
        self.campaign = campaign
        self.locale = locale
        self.state = state
        self.strings = Localizer(campaign: campaign).strings(for: locale)
    }

    public var subject: String { text("newsletter-subject") }
    public var rightToLeft: Bool { locale.language.writesRightToLeft }

    func text(_ id: String) -> String {
        strings[id] ?? ""
    }

    /// The values the templates show. Texts are raw here; the HTML template escapes them,
    /// except the body, which `SafeMarkdown` has made safe.
    func values(body: String, imageSource: String) -> [String: Any] {
        let theme = campaign.theme.colors
        let website = campaign.website.map { ["url": $0, "label": campaign.websiteLabel ?? $0] }
        let headline = text("headline")
        return [
            "lang": locale.description,
            "dir": rightToLeft ? "rtl" : "ltr",
            "start": rightToLeft ? "right" : "left",
            "subject": subject,
            "preheader": text("newsletter-preheader"),
            "headline": headline,
            "underline": String(repeating: "=", count: min(headline.count, 72)),
            "keyDateLabel": text("key-date-label"),
            "keyDate": LocaleFormat(locale: locale).longDate(campaign.editionDate),
            "body": body,
            "image": ["src": imageSource, "alt": text("image-alt")],
            "action": ["text": text("call-to-action"), "url": campaign.website ?? ""],
            "helpline": [
                "label": text("helpline-label"), "number": state.helplines.victimSupport.display,
                "tel": "tel:" + state.helplines.victimSupport.e164,
            ],
            "emergency": [
                "label": text("emergency-label"), "number": state.helplines.emergency,
                "tel": "tel:" + state.helplines.emergency,
            ],
            "footer": text("footer"),
            "website": website as Any,
            "colors": [
                "primary": theme.primary.description, "accent": theme.accent.description, "text": theme.text.description,
                "onPrimary": theme.background.description, "onAccent": theme.text.description, "link": theme.primary.description,
            ],
        ]
    }
}
