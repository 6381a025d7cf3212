import Diagnostics
import FuzzSupport
import Newsletter

/// Fuzzes the newsletter body: the bytes, as UTF-8 text, are the Markdown a translator wrote for
/// `newsletter-body`, rendered by `SafeMarkdown` as the HTML and the plain text of the e-mail
/// with the civic design's styles. The text is untrusted, so besides not crashing, the HTML must
/// keep SafeMarkdown's promise, checked on every input: no pictures, and links only to web and
/// mail addresses.
@main
enum MarkdownFuzzer {
    static let markdown: SafeMarkdown = {
        var log = DiagnosticLog()
        guard let design = NewsletterDesign.load(folder: Repository.assetsDirectory + "/newsletter/civic", log: &log) else {
            fatalError("the civic newsletter design does not load:\n\(log.sorted)")
        }
        return SafeMarkdown(styles: design.bodyStyles)
    }()

    static func main() {
        _ = markdown
        LibFuzzer.run(testOneInput)
    }

    /// Traps on HTML that breaks SafeMarkdown's promise. Every `<` of the input is escaped, so
    /// each `<a ` and `<img` in the output is a tag Ink wrote.
    static func checkSafe(_ html: String) {
        precondition(html.firstRange(of: "<img") == nil, "SafeMarkdown let a picture through")
        for tag in html.ranges(of: "<a ") {
            let attributes = html[tag.upperBound...].prefix(16).lowercased()
            precondition(
                ["href=\"https://", "href=\"http://", "href=\"mailto:"].contains { attributes.hasPrefix($0) },
                "SafeMarkdown let a link through that is not to a web or mail address: \(html[tag.lowerBound...].prefix(80))")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = LibFuzzer.text(data, size)
    MarkdownFuzzer.checkSafe(MarkdownFuzzer.markdown.html(text))
    _ = MarkdownFuzzer.markdown.plainText(text)
    return 0
}
