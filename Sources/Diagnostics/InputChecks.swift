/// The checks that reading the input makes: each loader reports what it cannot read or
/// understand under one of these identifiers. The rules that judge a well-read project and
/// what the build makes of it are in the `Checks` module.
extension CheckID {
    /// A YAML file that is not well-formed, too large or unreadable.
    public static let yamlSyntax: CheckID = "yaml-syntax"
    /// A campaign spec: unknown or missing keys, wrong values, messages, distribution, theme.
    public static let campaignSpec: CheckID = "campaign-spec"
    /// A strings file: its name, its keys, its translations' shape.
    public static let stringsFile: CheckID = "strings-file"
    /// `Assets/member-states.yaml`: codes, names, languages, helplines, time zones.
    public static let memberStates: CheckID = "member-states"
    /// `Assets/holidays.yaml`: public holidays per member state.
    public static let holidays: CheckID = "holidays"
    /// `Assets/link-text.yaml`: link texts that say nothing of their target.
    public static let linkTexts: CheckID = "link-texts"
    /// An SVG template: its root, slots and their attributes.
    public static let template: CheckID = "template"
    /// A newsletter design's templates and settings.
    public static let newsletterDesign: CheckID = "newsletter-design"
    /// An XLIFF or PO file coming back from translators.
    public static let translationFile: CheckID = "translation-file"
    /// The command line's choice of campaigns, locales and member states.
    public static let selection: CheckID = "selection"
    /// A change to the member states' choice of languages (`campaign locales`).
    public static let localeChoice: CheckID = "locale-choice"
    /// The project's fonts (`Assets/fonts/fonts.conf`).
    public static let fonts: CheckID = "fonts"
    /// A campaign that makes a newsletter but draws nothing for its picture (the flyer).
    public static let newsletterPicture: CheckID = "newsletter-picture"
    /// The ICC profiles print PDFs carry (the printing condition, sRGB).
    public static let printProfile: CheckID = "print-profile"
    /// A site design's templates, stylesheet and labels (`Assets/site/<design>/`).
    public static let siteDesign: CheckID = "site-design"
    /// `Assets/site.yaml`: the website's base address.
    public static let siteSettings: CheckID = "site-settings"
    /// A website page in a language whose interface labels are missing, shown in English.
    public static let siteLabels: CheckID = "site-labels"
    /// Rendering a drawing, a picture or a thumbnail.
    public static let render: CheckID = "render"
    /// Writing into the output folder.
    public static let output: CheckID = "output"
    /// The schedule's event sequences recorded beside a campaign (its ledger).
    public static let scheduleLedger: CheckID = "schedule-ledger"
}
