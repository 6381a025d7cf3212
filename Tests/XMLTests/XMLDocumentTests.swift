import Testing
import XML

@Suite struct XMLDocumentTests {
    static func parse(_ text: String) throws(XMLError) -> XMLDocument {
        try XMLDocument(parsing: Array(text.utf8), name: "test.svg")
    }

    @Test func readsElementsAndAttributes() throws {
        let document = try Self.parse("""
            <svg xmlns="http://www.w3.org/2000/svg" width="10">
              <rect data-slot="headline" x="1"/>
            </svg>
            """)
        let root = try #require(document.root)
        #expect(root.name == "svg")
        #expect(root.namespaceURI == "http://www.w3.org/2000/svg")
        let rect = try #require(root.children.first)
        #expect(rect.attribute("data-slot") == "headline")
        #expect(rect.line == 2)
        #expect(root.descendantsAndSelf.count == 2)
    }

    @Test func reportsWhereADocumentIsNotWellFormed() {
        #expect(throws: XMLError(message: "Opening and ending tag mismatch: rect line 2 and svg", line: 3, column: 7)) {
            try Self.parse("<svg>\n<rect>\n</svg>")
        }
    }

    @Test func escapesTextAndAttributesItWrites() throws {
        let document = try Self.parse(#"<svg xmlns="http://www.w3.org/2000/svg"/>"#)
        let root = try #require(document.root)
        let text = document.makeElement("text", namespace: "http://www.w3.org/2000/svg")
        text.appendText("<script>alert(1)</script> & more")
        text.setAttribute("data-note", #""quoted" <b>"#)
        root.append(text)
        let output = String(decoding: document.serialized(), as: UTF8.self)
        #expect(output.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"))
        #expect(output.contains(#"data-note="&quot;quoted&quot; &lt;b&gt;""#))
        #expect(!output.contains("<script>"))
    }

    @Test func refusesDocumentsThatDeclareEntities() {
        let bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <svg>&b;</svg>
            """
        #expect(throws: XMLError.self) { try Self.parse(bomb) }
    }

    @Test func doesNotReadExternalEntities() throws {
        let external = """
            <?xml version="1.0"?>
            <!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <svg>&secret;</svg>
            """
        do {
            let document = try Self.parse(external)
            #expect(!(document.root?.textContent.contains("root:") ?? false))
            Issue.record("a document declaring an external entity was accepted")
        } catch {
            #expect(error.message.contains("entities"))
        }
    }
}
