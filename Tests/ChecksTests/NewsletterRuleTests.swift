import Checks
import Diagnostics
import Testing

@Suite struct NewsletterRuleTests {
    static let here = Diagnostics.SourceLocation(file: "strings/de.yaml")

    /// The texts of the newsletter rules' findings, in the order each rule found them.
    static func findings(_ body: String) -> [String] {
        var log = DiagnosticLog()
        let newsletter = NewsletterUnderReview(
            html: Array("<!DOCTYPE html><html lang=\"de\"><body>\(body)</body></html>".utf8),
            subject: .output(campaign: "trial", locale: "de-AT", format: "newsletter"),
            vagueLinkTexts: ["hier klicken", "mehr", "click here", "read more"], imageDescription: here, body: here, design: here)
        CheckRegistry.check(newsletter, into: &log)
        #expect(log.diagnostics.allSatisfy { $0.subject.concerns(campaign: "trial", locale: "de-AT") })
        return log.diagnostics.map(\.message)
    }

    @Test func aWellMadeNewsletterHasNoFindings() {
        #expect(Self.findings("""
            <h1>Titel</h1><img src="a.png" alt="Plakat"><img src="line.png" alt="" role="presentation">
            <h2>Teil</h2><p><a href="https://eucpn.org">eucpn.org</a> <a href="tel:112">112</a></p>
            """).isEmpty)
    }

    @Test func everyImageIsDescribedOrMarkedAsDecoration() {
        #expect(Self.findings(#"<h1>T</h1><img src="a.png"><img src="b.png" alt=" ">"#) == [
            "image a.png has no alt text",
            "image b.png has an empty alt text but is not marked as decoration",
        ])
    }

    /// "Hier klicken" and "Read more →" say nothing, in German or in English; a label that does
    /// rescues a link whose visible text cannot.
    @Test func linkTextsMustSayWhereTheyLead() {
        #expect(Self.findings("""
            <h1>T</h1><a href="https://a.example">Hier klicken!</a> <a href="https://b.example">Read more →</a>
            <a href="https://c.example" aria-label="Der Bericht der Polizei">Mehr</a> <a href="https://d.example"> </a>
            """) == [
            "the link text 'hier klicken' (to https://a.example) does not say where it leads",
            "the link text 'read more' (to https://b.example) does not say where it leads",
            "the link to https://d.example has no text",
        ])
    }

    @Test func headingsStepDownOneLevelAtATime() {
        #expect(Self.findings("<h2>Start</h2><h3>A</h3><h5>Tief</h5><h2>B</h2>") == [
            "the first heading is h2 'start', not h1",
            "heading h5 'tief' follows h3 'a'; headings go down one level at a time",
        ])
    }
}
