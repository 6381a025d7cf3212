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

    public var subject: String { shown("newsletter-subject") }
    public var rightToLeft: Bool { locale.language.writesRightToLeft }

    func text(_ id: String) -> String {
        strings[id] ?? ""
    }

    /// A message as a line of the newsletter shows it: an English fallback in a right-to-left
    /// newsletter goes between directional isolates (LRI ... PDI), so that it reads left to
    /// right, its full stop at its end, while the line keeps the newsletter's direction.
    func shown(_ id: String) -> String {
        isEnglishInRightToLeft(id) ? BidiIsolation.isolate(text(id), as: .leftToRight) : text(id)
    }

    /// Whether the message falls back to English in a newsletter that reads right to left.
    func isEnglishInRightToLeft(_ id: String) -> Bool {
        rightToLeft && strings.message(id)?.isFallback == true
    }

    /// The values the templates show. Texts are raw here; the HTML template escapes them,
    /// except the body, which `SafeMarkdown` has made safe.
    func values(body: String, imageSource: String) -> [String: Any] {
        let theme = campaign.theme.colors
        let website = campaign.website.map { ["url": $0, "label": campaign.websiteLabel ?? $0] }
        let headline = shown("headline")
        return [
            "lang": locale.description,
            "dir": rightToLeft ? "rtl" : "ltr",
            "start": rightToLeft ? "right" : "left",
            "subject": subject,
            "preheader": shown("newsletter-preheader"),
            "headline": headline,
            "underline": String(repeating: "=", count: min(text("headline").count, 72)),
            "keyDateLabel": shown("key-date-label"),
            "keyDate": LocaleFormat(locale: locale).longDate(campaign.editionDate),
            "body": body,
            "image": ["src": imageSource, "alt": shown("image-alt")],
            "action": ["text": shown("call-to-action"), "url": campaign.website ?? ""],
            "helpline": [
                "label": shown("helpline-label"), "number": state.helplines.victimSupport.display,
                "tel": "tel:" + state.helplines.victimSupport.e164,
            ],
            "emergency": [
                "label": shown("emergency-label"), "number": state.helplines.emergency,
                "tel": "tel:" + state.helplines.emergency,
            ],
            "footer": shown("footer"),
            "website": website as Any,
            "colors": [
                "primary": theme.primary.description, "accent": theme.accent.description, "text": theme.text.description,
                "onPrimary": theme.background.description, "onAccent": theme.text.description, "link": theme.primary.description,
            ],
        ]
    }
}
