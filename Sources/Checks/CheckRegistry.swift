import CampaignModel
import Diagnostics
import Schedule

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

    /// The checks reading the input makes (no rule of their own: the loaders report them),
    /// with what each finds.
    public static let inputChecks: [(id: CheckID, summary: String)] = [
        (.yamlSyntax, "a YAML file is not well-formed, not UTF-8, or over its size limit"),
        (.campaignSpec, "a campaign spec has an unknown, missing or wrong key, message, distribution or theme"),
        (.stringsFile, "a strings file is misnamed or has keys or translations of the wrong shape"),
        (.memberStates, "a member state has a wrong code, name, language, helpline (E.164) or time zone"),
        (.holidays, "a public holiday is unknown, misdated or missing for a member state"),
        (.linkTexts, "the list of vague link texts cannot be read"),
        (.template, "an SVG template is not well-formed, has no page size, or a slot has a wrong attribute"),
        (.newsletterDesign, "a newsletter design's templates or settings cannot be read"),
        (.translationFile, "an XLIFF or PO file coming back from translators is malformed or does not match the campaign"),
        (.selection, "`--campaign`, `--locale` or `--state` names nothing the project has"),
        (.localeChoice, "a change to the member states' languages cannot be made"),
        (.fonts, "the project's fonts cannot be loaded"),
        (.newsletterPicture, "a campaign makes a newsletter but no drawn format for its picture"),
        (.printProfile, "an ICC profile print PDFs carry (FOGRA39, sRGB) is missing or is not a profile"),
        (.siteDesign, "a site design's templates, stylesheet or labels cannot be read"),
        (.siteSettings, "the site's base address is missing or not an absolute http(s) address"),
        (.siteLabels, "a website language has no labels of its own, or lacks some, and is shown in English"),
        (.render, "a drawing, picture, thumbnail or print PDF cannot be rendered"),
        (.output, "a file cannot be written into the output folder"),
        (.scheduleLedger, "a schedule ledger cannot be read, or changed and must be committed"),
    ]

    /// The schedule planner's findings.
    public static let scheduleChecks: [(id: CheckID, summary: String)] = [
        (.scheduleClash, "two focus days of one member state fall within a week of each other"),
        (.keyDateOnHoliday, "a key date is a public holiday in a member state taking part"),
        (.movedOffHoliday, "a milestone was moved off a public holiday"),
        (.deadlinePast, "a deadline of the year planned has already passed"),
        (.noKeyDate, "the key date rule gives no date in a year planned"),
    ]

    /// Every rule once, with what it looks for, in the order of the lists above.
    public static var rules: [(id: CheckID, summary: String)] {
        unique(campaignRules + designRules + templateUseRules + layoutRules + drawingRules + newsletterRules)
    }

    /// The rules that judge designs and the posters made from them.
    public static var designAndPosterRules: [(id: CheckID, summary: String)] {
        unique(designRules + templateUseRules + layoutRules + drawingRules)
    }

    /// Every check as a Markdown table, as README.md and docs/templates.md show them.
    public static func markdownTable(_ checks: [(id: CheckID, summary: String)]) -> String {
        "| check | what it finds |\n| --- | --- |\n" + checks.map { "| `\($0.id)` | \($0.summary) |\n" }.joined()
    }

    private static func unique(_ rules: [any Rule]) -> [(id: CheckID, summary: String)] {
        var seen = Set<CheckID>()
        return rules.compactMap { rule in
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
