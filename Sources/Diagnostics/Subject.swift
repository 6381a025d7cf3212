/// What a finding is about, as data: the campaign, the locales, the output and the slot or
/// message concerned. Every part is optional; a finding about a YAML file's syntax has none.
public struct Subject: Hashable, Sendable, Codable {
    public var campaign: String?
    /// The locales concerned (`de-AT`): one for a finding about an output, several for a
    /// translation that several locales miss.
    public var locales: [String]
    /// The format (`poster-a3`, `newsletter`).
    public var format: String?
    /// The template slot (`headline`).
    public var slot: String?
    /// The message id (`call-to-action`).
    public var message: String?
    /// The output's name, `campaign/locale/format` (or `campaign/locale` for a whole locale),
    /// when the finding is about something the build makes; printed before the text.
    public var output: String?

    public init(
        campaign: String? = nil, locales: [String] = [], format: String? = nil, slot: String? = nil, message: String? = nil
    ) {
        self.campaign = campaign
        self.locales = locales
        self.format = format
        self.slot = slot
        self.message = message
    }

    /// A finding about an output the build makes for one locale (or about the whole locale when
    /// `format` is `nil`).
    public static func output(campaign: String, locale: String, format: String? = nil, slot: String? = nil) -> Subject {
        var subject = Subject(campaign: campaign, locales: [locale], format: format, slot: slot)
        subject.output = [campaign, locale, format].compactMap { $0 }.joined(separator: "/")
        return subject
    }

    /// Whether the finding concerns this campaign's locale.
    public func concerns(campaign: String, locale: String) -> Bool {
        self.campaign == campaign && locales.contains(locale)
    }
}
