import CampaignModel
import Localization
import XML

/// A campaign message as a page shows it: the plain text, for titles and meta tags (Mustache
/// escapes it), and the same text as HTML for the page's body, where an English fallback in
/// another language's page is marked as English (`<span lang="en">`), and as left to right in
/// a right-to-left page, so that screen readers and the bidi algorithm treat it as English.
struct SiteText {
    let text: String
    let html: String

    init(_ message: ResolvedMessage?, pageIsRightToLeft: Bool) {
        text = message?.text ?? ""
        let escaped = HTMLText.escape(text)
        if message?.isFallback == true {
            html = "<span lang=\"en\"\(pageIsRightToLeft ? " dir=\"ltr\"" : "")>\(escaped)</span>"
        } else {
            html = escaped
        }
    }
}
