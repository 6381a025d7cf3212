// Implementation-only, not merely internal: clients of a non-resilient module still load its
// internal imports, and libxml2's ICU headers cannot meet Foundation's in one module (a clean
// build of CampaignBuild failed on it). The compiler's warning about stability concerns public
// types whose layout uses such imports; this module's store its C pointers untyped.
@_implementationOnly import CLibXML2

/// An XML document parsed and held by libxml2, for reading SVG templates and translation files
/// and writing the filled posters.
///
/// Parsing is locked down: no network, no loading of external DTDs or entities, no entity
/// substitution, and documents that declare entities are refused. Serialization escapes every
/// text and attribute, so content set through this API can never become markup.
///
/// A document and its elements belong to one thread at a time.
public final class XMLDocument {
    /// The `xmlDocPtr`, stored untyped: clients of this module must never need libxml2's
    /// headers (whose ICU types clash with Foundation's) to lay out its types.
    private let storage: UnsafeMutableRawPointer
    var pointer: xmlDocPtr { storage.assumingMemoryBound(to: xmlDoc.self) }

    /// libxml2 must set up its globals once before threads parse at the same time.
    private static let parserReady: Void = xmlInitParser()

    /// Parses `bytes`; `name` is only used in error messages.
    public init(parsing bytes: [UInt8], name: String) throws(XMLError) {
        _ = Self.parserReady
        guard let context = xmlNewParserCtxt() else {
            throw XMLError(message: "out of memory", line: 0, column: 0)
        }
        defer { xmlFreeParserCtxt(context) }
        // libxml2 reports the last error; the first is the one that explains the problem.
        let firstError = FirstError()
        context.pointee._private = Unmanaged.passUnretained(firstError).toOpaque()
        context.pointee.sax.pointee.serror = { userData, error in
            guard let userData, let error else { return }
            let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            let box = Unmanaged<FirstError>.fromOpaque(context.pointee._private).takeUnretainedValue()
            if box.error == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue {
                box.error = XMLError(error.pointee)
            }
        }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCtxtReadMemory(context, $0, Int32(buffer.count), name, "UTF-8", options)
            }
        }
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            throw firstError.error ?? XMLError(message: "not well-formed XML", line: 1, column: 1)
        }
        if let subset = document.pointee.intSubset, subset.pointee.entities != nil {
            xmlFreeDoc(document)
            throw XMLError(message: "the document declares entities, which are not accepted", line: 1, column: 1)
        }
        storage = UnsafeMutableRawPointer(document)
    }

    /// Parses `bytes` as HTML, as a browser would read it (libxml2's HTML parser, which
    /// accepts what HTML allows and XML does not), with the network off. For checking pages the
    /// compiler wrote; `name` is only used in error messages.
    public init(parsingHTML bytes: [UInt8], name: String) throws(XMLError) {
        _ = Self.parserReady
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), name, "UTF-8", options)
            }
        }
        guard let document else { throw XMLError(message: "cannot read the HTML", line: 1, column: 1) }
        storage = UnsafeMutableRawPointer(document)
    }

    /// A new, empty document whose root element is `name` in the default namespace `uri`.
    public init(rootNamed name: String, namespace uri: String) {
        _ = Self.parserReady
        let document = xmlNewDoc("1.0")!
        let root = xmlNewDocNode(document, nil, name, nil)!
        xmlSetNs(root, xmlNewNs(root, uri, nil))
        xmlDocSetRootElement(document, root)
        storage = UnsafeMutableRawPointer(document)
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The root element.
    public var root: XMLElement? {
        xmlDocGetRootElement(pointer).map { XMLElement(document: self, node: $0) }
    }

    /// A new element in `namespace` (by URI, declared on the root), not yet in the tree.
    public func makeElement(_ name: String, namespace uri: String? = nil) -> XMLElement {
        let namespace = uri.flatMap { uri in root.flatMap { xmlSearchNsByHref(pointer, $0.node, uri) } }
        let node = xmlNewDocNode(pointer, namespace, name, nil)!
        return XMLElement(document: self, node: node)
    }

    /// A deep copy of `element`, which may belong to another document, owned by this one and
    /// not yet in the tree.
    public func copy(of element: XMLElement) -> XMLElement {
        XMLElement(document: self, node: xmlDocCopyNode(element.node, pointer, 1)!)
    }

    /// The document as UTF-8 bytes, with an XML declaration; `indented` puts each element that
    /// holds only elements on lines of its own (text with inline elements stays as it is).
    public func serialized(indented: Bool = false) -> [UInt8] {
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(pointer, &memory, &size, "UTF-8", indented ? 1 : 0)
        guard let memory else { return [] }
        defer { campaign_xml_free(memory) }
        return Array(UnsafeBufferPointer(start: memory, count: Int(size)))
    }
}

/// Holds the first error libxml2 reports while parsing.
private final class FirstError {
    var error: XMLError?
}

/// Why a document could not be read, with libxml2's position.
public struct XMLError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public let line: Int
    public let column: Int

    public init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    init(_ error: xmlError) {
        var message = error.message.map { String(cString: $0) } ?? "not well-formed XML"
        while message.last == "\n" || message.last == " " { message.removeLast() }
        self.init(message: message, line: Int(error.line), column: max(1, Int(error.int2)))
    }

    public var description: String { "\(line):\(column): \(message)" }
}
