import Diagnostics
import Foundation
import XML

/// `Output/index.html`, the page a designer opens first: every campaign's locales side by side,
/// each with its poster and flyer thumbnails, newsletter and schedule links, how tightly its text
/// fits and how well it contrasts, and what the build found there, errors in red. Filters narrow
/// it to a campaign, a member state or a language.
///
/// After a failed build it is written anyway, over the last good pack's pictures, so the
/// designer sees where it failed; served by `campaign preview`, it reloads itself after each
/// rebuild.
struct ContactSheet {
    let report: BuildReport
    let log: DiagnosticLog
    /// Member states' names by code.
    let stateNames: [String: String]
    let succeeded: Bool

    var html: String {
        let locales = report.campaigns.flatMap { campaign in campaign.locales.map { (campaign, $0) } }
        let states = Set(locales.map(\.1.memberState)).sorted()
        let languages = Set(locales.map(\.1.language)).sorted()
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Campaign pack: contact sheet</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header>
            <h1>Campaign pack</h1>
            <p class="summary">\(summary(localeCount: locales.count))\(succeeded ? " · <a href=\"strings-status.html\">translation status</a>" : "")</p>
            <form class="filters" aria-label="Filters">
            \(select("campaign", "Campaign", report.campaigns.map { ($0.id, $0.title) }))
            \(select("state", "Member state", states.map { ($0, "\(stateNames[$0] ?? $0) (\($0))") }))
            \(select("language", "Language", languages.map { ($0, $0) }))
            <label><input type="checkbox" id="findings-only"> Only with findings</label>
            </form>
            </header>
            <main>

            """
        let general = log.sorted.filter { diagnostic in !locales.contains { diagnostic.subject.concerns(campaign: $0.0.id, locale: $0.1.locale) } }
        if !general.isEmpty {
            page += "<section class=\"findings\" aria-labelledby=\"general\"><h2 id=\"general\">Findings</h2>\(list(general))</section>\n"
        }
        for campaign in report.campaigns {
            page += "<section class=\"campaign\" data-campaign=\"\(HTMLText.escape(campaign.id))\" aria-labelledby=\"c-\(HTMLText.escape(campaign.id))\">\n"
            page += "<h2 id=\"c-\(HTMLText.escape(campaign.id))\">\(HTMLText.escape(campaign.title))</h2>\n"
            page += "<p class=\"meta\">Key date: \(HTMLText.escape(campaign.keyDate)) · "
                + "<a href=\"\(HTMLText.escape(campaign.id))/schedule.html\">schedule</a> · \(campaign.locales.count) locales</p>\n"
            page += "<ul class=\"grid\">\n"
            for locale in campaign.locales { page += card(campaign, locale) }
            page += "</ul>\n</section>\n"
        }
        page += "</main>\n<script>\(Self.script)</script>\n</body>\n</html>\n"
        return page
    }

    private func summary(localeCount: Int) -> String {
        let errors = log.errorCount, warnings = log.warningCount
        let state = succeeded ? "Built" : "<strong class=\"error\">The last build failed</strong>; the pictures are the last good ones"
        return "\(state). \(report.campaigns.count) campaigns, \(localeCount) locales, "
            + "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")."
    }

    private func card(_ campaign: BuildReport.CampaignEntry, _ locale: BuildReport.LocaleEntry) -> String {
        let findings = log.sorted.filter { $0.subject.concerns(campaign: campaign.id, locale: locale.locale) }
        let hasError = findings.contains { $0.severity == .error }
        var card = "<li class=\"card\(hasError ? " failed" : "")\" data-campaign=\"\(HTMLText.escape(campaign.id))\" "
            + "data-state=\"\(HTMLText.escape(locale.memberState))\" data-language=\"\(HTMLText.escape(locale.language))\" "
            + "data-findings=\"\(findings.isEmpty ? "no" : "yes")\">\n"
        card += "<h3>\(HTMLText.escape(locale.locale)) <span>\(HTMLText.escape(stateNames[locale.memberState] ?? locale.memberState)) · "
            + "\(HTMLText.escape(locale.language))</span></h3>\n<div class=\"thumbs\">\n"
        for artifact in locale.artifacts {
            guard let thumbnail = artifact.thumbnail else { continue }
            let name = (artifact.path as NSString).lastPathComponent.replacingOccurrences(of: ".svg", with: "")
            card += "<figure><a href=\"\(HTMLText.escape(artifact.png?.path ?? artifact.path))\"><img src=\"\(HTMLText.escape(thumbnail))\" "
                + "width=\"120\" height=\"170\" loading=\"lazy\" decoding=\"async\" "
                + "alt=\"\(HTMLText.escape(name)) in \(HTMLText.escape(locale.locale))\"></a>"
                + "<figcaption>\(HTMLText.escape(name))<br>\(fit(artifact))</figcaption></figure>\n"
        }
        card += "</div>\n<p class=\"links\">"
        if let newsletter = locale.newsletter {
            card += "<a href=\"\(HTMLText.escape(newsletter.html))\">newsletter</a> · <a href=\"\(HTMLText.escape(newsletter.text))\">text</a>"
        }
        if !locale.fallbacks.isEmpty {
            card += " · <span class=\"warn\">\(locale.fallbacks.count) in English</span>"
        }
        card += "</p>\n"
        if !findings.isEmpty { card += list(findings) }
        card += "</li>\n"
        return card
    }

    /// The tightest slot (the one set closest to its smallest size) and the lowest contrast.
    private func fit(_ artifact: BuildReport.ArtifactEntry) -> String {
        let tightest = artifact.slots.min { slack($0) < slack($1) }
        let contrast = artifact.slots.compactMap(\.contrast).min()
        var parts: [String] = []
        if let tightest {
            parts.append("<span title=\"the slot set closest to its smallest size\">\(HTMLText.escape(tightest.name)) "
                + "\(Self.number(tightest.size)) pt of \(Self.number(tightest.minimumSize))–\(Self.number(tightest.maximumSize))</span>")
        }
        if let contrast { parts.append("<span title=\"the lowest contrast of any slot\">contrast \(Self.number(contrast)):1</span>") }
        return parts.joined(separator: "<br>")
    }

    private func slack(_ slot: BuildReport.SlotEntry) -> Double {
        slot.maximumSize > slot.minimumSize ? (slot.size - slot.minimumSize) / (slot.maximumSize - slot.minimumSize) : 1
    }

    private func list(_ findings: [Diagnostic]) -> String {
        "<ul class=\"found\">" + findings.map { finding in
            "<li class=\"\(finding.severity.rawValue)\">\(HTMLText.escape(finding.severity.rawValue)): \(HTMLText.escape(finding.text))"
                + (finding.location.map { " <small>\(HTMLText.escape($0.description))</small>" } ?? "") + "</li>"
        }.joined() + "</ul>\n"
    }

    private func select(_ name: String, _ label: String, _ options: [(value: String, text: String)]) -> String {
        "<label>\(label) <select data-filter=\"\(name)\"><option value=\"\">all</option>"
            + options.map { "<option value=\"\(HTMLText.escape($0.value))\">\(HTMLText.escape($0.text))</option>" }.joined()
            + "</select></label>"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    static let style = """
        body{margin:0;font-family:"Noto Sans",Arial,sans-serif;color:#1b1f24;background:#F4F6F9}
        header{position:sticky;top:0;z-index:1;background:#fff;border-bottom:1px solid #D5DAE1;padding:12px 24px}
        h1{font-size:1.4rem;margin:0}.summary{margin:.25rem 0 .5rem}.error,.failed h3{color:#B00020}
        .filters{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center}select{font:inherit}
        main{padding:8px 24px 48px}h2{font-size:1.2rem;margin:1.5rem 0 .25rem}.meta{margin:0 0 .75rem;color:#4A5260}
        .grid{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:12px}
        .card{background:#fff;border:1px solid #D5DAE1;border-radius:8px;padding:10px 12px}
        .card.failed{border:2px solid #B00020}.card[hidden]{display:none}
        .card h3{font-size:1rem;margin:0 0 .4rem}.card h3 span{font-weight:normal;color:#4A5260;font-size:.85rem}
        .thumbs{display:flex;gap:10px}figure{margin:0}figure img{display:block;height:auto;border:1px solid #D5DAE1;background:#fff}
        figcaption{font-size:.75rem;color:#4A5260;margin-top:.25rem}.links{font-size:.85rem;margin:.5rem 0 0}
        .warn{color:#8A5300}.found{font-size:.8rem;margin:.5rem 0 0;padding-left:1.1rem}
        .found .error{color:#B00020}.found .warning{color:#8A5300}.found small{color:#4A5260}
        .findings{background:#fff;border-left:4px solid #B00020;padding:4px 16px;margin-top:1rem}
        a{color:#0B3D91}
        """

    /// Filters, and the live reload `campaign preview` offers (nothing happens from a file).
    static let script = """
        const filters=[...document.querySelectorAll('[data-filter]')],only=document.getElementById('findings-only');
        function apply(){const want=Object.fromEntries(filters.map(f=>[f.dataset.filter,f.value]));
        document.querySelectorAll('.card').forEach(c=>{c.hidden=Object.entries(want).some(([k,v])=>v&&c.dataset[k]!==v)||(only.checked&&c.dataset.findings!=='yes');});
        document.querySelectorAll('section.campaign').forEach(s=>{s.hidden=!s.querySelector('.card:not([hidden])');});}
        filters.forEach(f=>f.addEventListener('change',apply));only.addEventListener('change',apply);
        if(location.protocol.startsWith('http')&&window.EventSource){new EventSource('/_events').onmessage=()=>location.reload();}
        """
}
