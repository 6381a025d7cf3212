import CampaignModel
import Diagnostics

/// Every rule the build judges by, in one list per stage. Adding a check is a new file under
/// `Rules/` and one line here; the docs' tables of checks are tested against these lists.
public enum CheckRegistry {
    /// Run by `campaign check` on every selected campaign.
    public static let campaignRules: [any CampaignRule] = [
        LanguageWithoutStrings(),
        MissingTranslation(),
        UnusedStrings(),
        MessageSyntax(),
        UnknownArgument(),
        ArgumentMismatch(),
        PluralForms(),
        StaleTranslation(),
    ]

    /// Run once per template, format and audience.
    public static let designRules: [any DesignRule] = [
        DeclaredBleed(),
        SafeMargin(),
        TextSize(),
    ]

    /// Run on every template a campaign uses, for each format.
    public static let templateUseRules: [any TemplateUseRule] = [
        UnknownReference(),
        UnplacedMessage(),
        PictureName(),
        PictureOutsideProject(),
        MissingPicture(),
        PictureResolution(),
    ]

    /// Run on every poster as laid out; a poster with errors here is not drawn.
    public static let layoutRules: [any LayoutRule] = [
        SlotShownTwice(),
        TextSize(),
        SlotOverflow(),
        TextSetting(),
        Hierarchy(),
    ]

    /// Run on every poster as drawn.
    public static let drawingRules: [any DrawingRule] = [
        Contrast(),
        BleedArt(),
    ]

    /// Run on every newsletter as built.
    public static let newsletterRules: [any NewsletterRule] = [
        NewsletterHTML(),
        ImageDescription(),
        LinkText(),
        HeadingOrder(),
    ]

    /// Every rule once, with what it looks for, in the order of the lists above.
    public static var rules: [(id: CheckID, summary: String)] {
        let all: [any Rule] = campaignRules + designRules + templateUseRules + layoutRules + drawingRules + newsletterRules
        var seen = Set<CheckID>()
        return all.compactMap { rule in
            let type = type(of: rule)
            return seen.insert(type.id).inserted ? (type.id, type.summary) : nil
        }
    }
}

extension CheckRegistry {
    /// The findings of every campaign rule.
    public static func check(_ campaign: Campaign) -> DiagnosticLog {
        var log = DiagnosticLog()
        for rule in campaignRules { rule.check(campaign, into: &log) }
        return log
    }

    public static func check(_ design: DesignUnderReview, into log: inout DiagnosticLog) {
        for rule in designRules { rule.check(design, into: &log) }
    }

    public static func check(_ use: TemplateUse, into log: inout DiagnosticLog) {
        for rule in templateUseRules { rule.check(use, into: &log) }
    }

    public static func check(_ poster: PosterUnderReview, into log: inout DiagnosticLog) {
        for rule in layoutRules { rule.check(poster, into: &log) }
    }

    public static func check(_ poster: DrawnPoster) -> DrawingReview {
        var review = DrawingReview()
        for rule in drawingRules { rule.check(poster, into: &review) }
        return review
    }

    public static func check(_ newsletter: NewsletterUnderReview, into log: inout DiagnosticLog) {
        for rule in newsletterRules { rule.check(newsletter, into: &log) }
    }
}
