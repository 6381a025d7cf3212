import CampaignModel
import XML

extension SiteMaker {
    /// `sitemap.xml` (sitemaps.org 0.9): the site's start page, and every campaign's start page
    /// and locale pages, each of a campaign's with all its language versions as `xhtml:link`
    /// alternates, itself included. `nil` without a base address: a sitemap lists absolute
    /// addresses only.
    func sitemap(_ campaigns: [Campaign]) -> String? {
        guard let home = address.absolute(SitePaths.home) else { return nil }
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">",
            "  <url><loc>\(HTMLText.escape(home))</loc></url>",
        ]
        for campaign in campaigns {
            let alternates = alternates(of: campaign)
            let links = alternates.map { "    <xhtml:link rel=\"alternate\" hreflang=\"\($0.hreflang)\" href=\"\(HTMLText.escape($0.href))\"/>" }
            for page in alternates {
                lines += ["  <url>", "    <loc>\(HTMLText.escape(page.href))</loc>"] + links + ["  </url>"]
            }
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }
}
