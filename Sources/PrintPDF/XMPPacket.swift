import XML

/// The XMP metadata of a PDF/X-4 file: its version (`pdfxid:GTS_PDFXVersion`), title,
/// language, dates and identifiers, as ISO 15930-7 asks. Every value is escaped: titles are
/// translations, which are untrusted.
struct XMPPacket {
    let title: String
    let language: String
    /// Seconds since 1970, UTC.
    let created: Int
    let documentID: String
    let producer: String

    var text: String {
        let date = Self.isoDate(created)
        let uuid = Self.uuid(documentID)
        return """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about=""
                xmlns:dc="http://purl.org/dc/elements/1.1/"
                xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
                xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
               <dc:format>application/pdf</dc:format>
               <dc:title><rdf:Alt><rdf:li xml:lang="x-default">\(HTMLText.escape(title))</rdf:li></rdf:Alt></dc:title>
               <dc:language><rdf:Bag><rdf:li>\(HTMLText.escape(language))</rdf:li></rdf:Bag></dc:language>
               <xmp:CreateDate>\(date)</xmp:CreateDate>
               <xmp:ModifyDate>\(date)</xmp:ModifyDate>
               <xmp:MetadataDate>\(date)</xmp:MetadataDate>
               <xmp:CreatorTool>\(HTMLText.escape(producer))</xmp:CreatorTool>
               <pdf:Producer>\(HTMLText.escape(producer))</pdf:Producer>
               <pdf:Trapped>False</pdf:Trapped>
               <xmpMM:DocumentID>uuid:\(uuid)</xmpMM:DocumentID>
               <xmpMM:InstanceID>uuid:\(uuid)</xmpMM:InstanceID>
               <xmpMM:VersionID>1</xmpMM:VersionID>
               <xmpMM:RenditionClass>default</xmpMM:RenditionClass>
               <pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """
    }

    /// `2027-01-01T00:00:00Z`
    static func isoDate(_ seconds: Int) -> String {
        let (year, month, day, hour, minute, second) = civil(seconds)
        return "\(year)-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):\(two(second))Z"
    }

    /// `D:20270101000000Z`, the PDF date form.
    static func pdfDate(_ seconds: Int) -> String {
        let (year, month, day, hour, minute, second) = civil(seconds)
        return "D:\(year)\(two(month))\(two(day))\(two(hour))\(two(minute))\(two(second))Z"
    }

    /// The first 32 hexadecimal digits as a UUID's 8-4-4-4-12 groups.
    static func uuid(_ hex: String) -> String {
        let digits = Array((hex.lowercased().filter(\.isHexDigit) + String(repeating: "0", count: 32)).prefix(32))
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(digits[$0]) }.joined(separator: "-")
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    /// Year, month, day, hour, minute and second of a UTC time (Howard Hinnant's civil-from-days).
    private static func civil(_ seconds: Int) -> (Int, Int, Int, Int, Int, Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day, secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60)
    }
}
