import Foundation
import Newsletter
import Testing

/// The .eml read back by Python's `email` package, an independent MIME implementation.
@Suite struct EmailMessageTests {
    static let reader = """
        import email, email.policy, sys, json
        message = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)
        parts = [part.get_content_type() for part in message.walk()]
        related = message.get_payload()
        image = related[1]
        html = message.get_body(preferencelist=("html",)).get_content()
        text = message.get_body(preferencelist=("plain",)).get_content()
        print(json.dumps({
            "subject": str(message["subject"]), "from": str(message["from"]), "parts": parts,
            "cid": image["Content-ID"], "png": image.get_content()[:4].hex(), "html_has_cid": ("cid:" + image["Content-ID"].strip("<>")) in html,
            "text_start": text.splitlines()[0], "defects": [str(d) for d in message.defects],
        }))
        """

    static func read(_ eml: [UInt8]) throws -> [String: Any] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("newsletter.eml")
        try Data(eml).write(to: file)
        let script = folder.appendingPathComponent("read.py")
        try Data(reader.utf8).write(to: script)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func pythonReadsThreePartsAndTheLocalizedSubject() throws {
        let subject = "Den obětí obchodu s lidmi: ať oběti znají svá práva — a ještě delší předmět zprávy"
        let campaign = try Sample.campaign(translations: ["cs": ["newsletter-subject": subject]])
        let (_, _, eml) = try Sample.newsletter(campaign, locale: "cs-BE")
        let parsed = try Self.read(eml)
        #expect(parsed["subject"] as? String == subject)
        #expect(parsed["from"] as? String == "Rights of victims <newsletter@thb.invalid>")
        #expect(parsed["parts"] as? [String] == ["multipart/related", "multipart/alternative", "text/plain", "text/html", "image/png"])
        #expect(parsed["png"] as? String == "89504e47")
        #expect(parsed["html_has_cid"] as? Bool == true)
        #expect(parsed["text_start"] as? String == "EU Anti-Trafficking Day · 18. října 2027")
        #expect((parsed["defects"] as? [String])?.isEmpty == true)
    }

    @Test func headerLinesStayWithinTheLimit() throws {
        let campaign = try Sample.campaign(translations: ["uk": ["newsletter-subject": String(repeating: "Права постраждалих ", count: 8)]])
        let (_, _, eml) = try Sample.newsletter(campaign, locale: "uk-BE")
        let text = String(decoding: eml, as: UTF8.self)
        let header = text.components(separatedBy: "\r\n\r\n")[0]
        #expect(header.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 78 })
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CRLF")
    }
}
