import CampaignModel
import Foundation

/// Dates and names written the way a locale writes them, from CLDR's data through Foundation:
/// `16. Juni 2027` in de-AT, `16 juin 2027` in fr-BE, `2027年6月16日` in zh-Hans-FR.
public struct LocaleFormat: Sendable {
    public let locale: LocaleTag

    public init(locale: LocaleTag) {
        self.locale = locale
    }

    private var foundationLocale: Locale { Locale(identifier: locale.description) }

    /// The date in the locale's long style, without a time.
    public func longDate(_ date: CalendarDate) -> String {
        let utc = TimeZone(identifier: "UTC")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        let moment = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
        let style = Date.FormatStyle(date: .long, time: .omitted, locale: foundationLocale, calendar: calendar, timeZone: utc)
        return moment.formatted(style)
    }

    /// The name of the locale's member state in the locale's language (`Belgique` for fr-BE).
    public var stateName: String {
        foundationLocale.localizedString(forRegionCode: locale.state) ?? locale.state
    }

    /// The locale's name in its own language, as a language menu shows it: `Deutsch
    /// (Österreich)`, `Français (Belgique)`, `العربية (بلجيكا)`; its first letter capitalised
    /// as the language capitalises it.
    public var endonym: String {
        let name = foundationLocale.localizedString(forIdentifier: locale.description) ?? locale.description
        guard let first = name.first else { return name }
        return String(first).uppercased(with: foundationLocale) + name.dropFirst()
    }

    /// A file's size as the locale writes it: `1 MB`, `1 Mo`, `1 МБ`.
    public func fileSize(_ bytes: Int) -> String {
        Int64(bytes).formatted(.byteCount(style: .file).locale(foundationLocale))
    }

    /// A whole number in the locale's digits, without grouping (a pixel count: `1200`).
    public func number(_ value: Int) -> String {
        value.formatted(.number.locale(foundationLocale).grouping(.never))
    }
}
