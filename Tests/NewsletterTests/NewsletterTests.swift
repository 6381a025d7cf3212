import Foundation
import Newsletter
import Testing

@Suite struct NewsletterTests {
    @Test func hostileTranslationsCannotInjectMarkupLinksOrStyles() throws {
        let hostile = """
            <script>alert(1)</script> & <b style="color:red">bold</b>

            <img src="x" onerror="alert(2)">

            [click](javascript:alert(3)) [quote](https://example.org/"onmouseover="alert(4)) ![pixel](https://tracker.example/p.png)

            [fine](https://example.org/ok) and [mail](mailto:help@example.org)
            """
        let campaign = try Sample.campaign(translations: ["fr": ["newsletter-body": hostile, "headline": "<i>Titre</i> & co"]])
        let (html, text, _) = try Sample.newsletter(campaign, locale: "fr-BE")
        for forbidden in ["<script", "<img src=\"x\"", "javascript:", "tracker.example", "<b style", "<i>"] {
            #expect(!html.contains(forbidden), "the HTML contains \(forbidden)")
        }
        #expect(html.firstMatch(of: /<[a-zA-Z][^>]*\son[a-z]+=/) == nil, "no element has an event handler")
        #expect(html.contains("&lt;img src="), "the markup is shown as text")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b style="))
        #expect(html.contains("&lt;i&gt;Titre&lt;/i&gt; &amp; co"))
        #expect(html.contains(#"<a href="https://example.org/ok" style="color:#1B4F9C;text-decoration:underline;">fine</a>"#))
        #expect(html.contains(#"<a href="mailto:help@example.org""#))
        #expect(text.contains("fine (https://example.org/ok)"))
        #expect(!text.contains("javascript:"))
    }

    @Test(arguments: [("cs", "18. října 2027"), ("fr", "18 octobre 2027"), ("de", "18. Oktober 2027"), ("ar", "18 أكتوبر، 2027")])
    func theKeyDateIsWrittenAsTheLocaleWritesDates(language: String, date: String) throws {
        let campaign = try Sample.campaign(translations: [language: ["headline": "x"]])
        let (html, text, _) = try Sample.newsletter(campaign, locale: "\(language)-BE")
        #expect(html.contains(date))
        // The label falls back to English: in Arabic it is isolated left to right.
        let label = language == "ar" ? "\u{2066}EU Anti-Trafficking Day\u{2069}" : "EU Anti-Trafficking Day"
        #expect(text.hasPrefix("\(label) · \(date)\n"))
    }

    @Test func rightToLeftLanguagesSetDirectionOnTheDocument() throws {
        let campaign = try Sample.campaign(translations: ["ar": ["headline": "لك حقوق"]])
        let (html, _, _) = try Sample.newsletter(campaign, locale: "ar-BE")
        #expect(html.contains(#"<html lang="ar-BE" dir="rtl">"#))
        #expect(html.contains(#"dir="ltr" style="#), "phone numbers stay left to right")
        let (english, _, _) = try Sample.newsletter(campaign, locale: "en-BE")
        #expect(english.contains(#"<html lang="en-BE" dir="ltr">"#))
    }

    @Test func anEnglishFallbackInAnArabicNewsletterReadsLeftToRight() throws {
        // Only the headline is translated: everything else shows the English source.
        let campaign = try Sample.campaign(translations: ["ar": ["headline": "لك حقوق"]])
        let (html, text, _) = try Sample.newsletter(campaign, locale: "ar-BE")
        #expect(html.contains("<h1 style=") && html.contains(">لك حقوق</h1>"), "the translation is not isolated")
        #expect(html.contains("\u{2066}Talk to someone you trust.\u{2069}"), "the call to action keeps its full stop at its end")
        #expect(html.contains("\u{2066}EU Anti-Trafficking Day\u{2069} · "), "the English label does not split the date")
        #expect(html.contains(#"<div dir="ltr" lang="en">"#), "the English body is an English block")
        #expect(text.contains("\u{2066}Talk to someone you trust.\u{2069}"))
        let (english, _, _) = try Sample.newsletter(campaign, locale: "en-BE")
        #expect(!english.contains("\u{2066}") && !english.contains(#"<div dir="ltr""#))
    }

    @Test func theTextTwinSaysWhatTheHTMLSays() throws {
        let (_, text, _) = try Sample.newsletter(try Sample.campaign(), locale: "en-BE")
        #expect(text == """
            EU Anti-Trafficking Day · 18 October 2027

            Victims have rights
            ===================

            Trafficking happens in Europe.

            - Help from the start.
            - See our page (https://example.org/rights).

            Talk to someone you trust.
            https://example.org

            Victim support: 116 006
            In danger? Call 112

            --
            Based on Directive 2011/36/EU.
            https://example.org

            """)
    }

    @Test func theHTMLIsEmailSafeAndSmall() throws {
        let (html, _, _) = try Sample.newsletter(try Sample.campaign(), locale: "en-BE")
        #expect(html.utf8.count < 100_000, "Gmail clips messages over 102 KB")
        #expect(!html.contains("<script"))
        #expect(html.contains(#"<meta name="color-scheme" content="light dark">"#))
        #expect(html.contains(#"<img class="thumb" src="newsletter-flyer.png""#))
        #expect(html.contains(#"alt="Campaign poster""#))
        #expect(html.contains("<!--[if mso]><v:roundrect"), "a bulletproof button for Outlook")
    }

    @Test func theSameNewsletterGivesTheSameMessage() throws {
        let campaign = try Sample.campaign()
        #expect(try Sample.newsletter(campaign, locale: "en-BE").eml == Sample.newsletter(campaign, locale: "en-BE").eml)
    }
}

/// Translators' Markdown that once took Ink minutes: unclosed brackets are shown as written, in
/// time linear in their number, and real links among them still work.
@Suite struct HostileMarkdownTests {
    @Test func unclosedBracketsRenderAsText() {
        let markdown = String(repeating: "[", count: 2_000) + " [Polizei](https://www.polizei.de) ![x](y) [a]b](c"
        let html = SafeMarkdown(styles: [:]).html(markdown)
        // The 2000 brackets and the one of `[a]b](c`; the picture is dropped, the link is a link.
        #expect(html.filter { $0 == "[" }.count == 2_001)
        #expect(html.contains("<a href=\"https://www.polizei.de\">Polizei</a>"))
        #expect(!html.contains("\u{E001}"))
    }

    @Test func deepNestingDoesNotExhaustTheStack() {
        let quotes = String(repeating: "> ", count: 2_000) + "x"
        let lists = String(repeating: "- ", count: 2_000) + "y"
        let html = SafeMarkdown(styles: [:]).html(quotes + "\n\n" + lists)
        #expect(html.contains("x"))
        #expect(html.contains("y"))
    }
}

/// Every input the Markdown fuzzer found a problem with (`Fuzz/Regressions/MarkdownFuzzer`) renders
/// as the fuzzer requires: no picture, no link but to the web or mail, and in time (the first
/// finding was a timeout: Ink took minutes over 24 unclosed brackets).
@Suite struct MarkdownFuzzerRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/Regressions/MarkdownFuzzer")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func thereAreRegressionInputs() {
        #expect(!Self.inputs.isEmpty)
    }

    /// A generous bound: each input renders in milliseconds, and the fuzzer counts an input that
    /// takes over 10 s as a timeout.
    static let timeBound = Duration.seconds(2)

    @Test(arguments: inputs)
    func rendersSafelyAndInTime(name: String) throws {
        let markdown = String(decoding: try Data(contentsOf: Self.folder.appendingPathComponent(name)), as: UTF8.self)
        var html = ""
        let elapsed = ContinuousClock().measure {
            html = SafeMarkdown(styles: [:]).html(markdown)
            _ = SafeMarkdown(styles: [:]).plainText(markdown)
        }
        #expect(elapsed < Self.timeBound, "\(name) took \(elapsed) to render, over the \(Self.timeBound) bound")
        #expect(!html.contains("<img"))
        for match in html.matches(of: /href="([^"]*)"/) {
            let address = String(match.output.1)
            #expect(["https://", "http://", "mailto:"].contains { address.hasPrefix($0) }, "\(address)")
        }
    }
}
