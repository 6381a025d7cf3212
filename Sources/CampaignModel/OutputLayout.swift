/// Where everything the build writes goes, relative to the output folder: the build, the pack,
/// the contact sheet and the cache all ask here, so each output's path is spelled once.
///
/// `Output/<campaign>/<locale>/` holds a locale's files, `Output/<campaign>/` a campaign's
/// schedule, `Output/site/` the website, and the top of the folder the report, the contact
/// sheet and the status page.
public enum OutputLayout {
    /// `report.json`: what the build made and found.
    public static let report = "report.json"
    /// `index.html`: the contact sheet.
    public static let contactSheet = "index.html"
    /// `strings-status.html`: the translation status of every locale.
    public static let stringsStatus = "strings-status.html"
    /// `.cache`: what the next build needs to skip unchanged locales.
    public static let cacheFolder = ".cache"

    /// `<campaign>/<locale>`: the folder of one locale's files, and how the cache, the report
    /// and progress name the locale.
    public static func localeFolder(campaign: String, locale: String) -> String { "\(campaign)/\(locale)" }

    /// `<campaign>/<locale>/<format>.<ext>`: a drawn format's SVG (`svg`) or PNG (`png`).
    public static func artifact(campaign: String, locale: String, format: OutputFormat, ext: String) -> String {
        "\(localeFolder(campaign: campaign, locale: locale))/\(format.rawValue).\(ext)"
    }

    /// `<campaign>/<locale>/thumbnails/<format>.png`: the contact sheet's small picture.
    public static func thumbnail(campaign: String, locale: String, format: OutputFormat) -> String {
        "\(localeFolder(campaign: campaign, locale: locale))/thumbnails/\(format.rawValue).png"
    }

    /// `<campaign>/<locale>/<name>`: a file of the locale's newsletter (`newsletter.html`,
    /// `newsletter.txt`, `newsletter.eml`, its flyer picture).
    public static func newsletterFile(campaign: String, locale: String, name: String) -> String {
        "\(localeFolder(campaign: campaign, locale: locale))/\(name)"
    }

    /// `<campaign>/<locale>/posts.txt`: what to post with the animations: their alternative
    /// text, since a moving picture has no words a screen reader can reach.
    public static func posts(campaign: String, locale: String) -> String {
        "\(localeFolder(campaign: campaign, locale: locale))/posts.txt"
    }

    /// `<campaign>/schedule.<ext>`: the campaign's schedule as `ics`, `csv` or `html`.
    public static func schedule(campaign: String, ext: String) -> String { "\(campaign)/schedule.\(ext)" }

    /// `<campaign>/schedule-<STATE>.<ext>`: one member state's schedule, in its pack.
    public static func stateSchedule(campaign: String, state: String, ext: String) -> String {
        "\(campaign)/schedule-\(state).\(ext)"
    }

    /// `site`: the campaign website, ready to copy to a web server.
    public static let siteFolder = "site"

    /// `site/<path>`: a file of the website.
    public static func site(_ path: String) -> String { "\(siteFolder)/\(path)" }

    /// `site/<campaign>/<locale>/<name>`: a file of one locale's page of the website (its
    /// `index.html`, `404.html`, calendar day and downloads).
    public static func sitePage(campaign: String, locale: String, name: String) -> String {
        site("\(localeFolder(campaign: campaign, locale: locale))/\(name)")
    }

    /// `schedule`: the calendars of whole years.
    public static let yearScheduleFolder = "schedule"

    /// `schedule/<year>.ics`: every campaign's events of one year.
    public static func yearSchedule(_ year: Int) -> String { "\(yearScheduleFolder)/\(year).ics" }

    /// `packs`: where `campaign pack` puts the member states' zips by default.
    public static let packsFolder = "packs"

    /// The folders of the output's top level that are not a campaign's: no campaign may be
    /// named as one, or its files would mix with theirs.
    public static let reservedFolders = [siteFolder, yearScheduleFolder, packsFolder]
}
