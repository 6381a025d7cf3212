@_implementationOnly import CLibXML2

/// An element of an `XMLDocument`. It keeps its document alive.
public struct XMLElement {
    let document: XMLDocument
    /// The `xmlNodePtr`, stored untyped for the same reason as the document's.
    private let storage: UnsafeMutableRawPointer
    var node: xmlNodePtr { storage.assumingMemoryBound(to: xmlNode.self) }

    init(document: XMLDocument, node: xmlNodePtr) {
        self.document = document
        self.storage = UnsafeMutableRawPointer(node)
    }

    /// The local name (`rect`).
    public var name: String { String(cString: node.pointee.name) }

    /// The namespace URI, if the element has one.
    public var namespaceURI: String? {
        node.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// The line the element starts on in the parsed text.
    public var line: Int { Int(xmlGetLineNo(node)) }

    /// The value of an attribute without namespace (`data-slot`), or in `namespace` (by URI).
    public func attribute(_ name: String, namespace uri: String? = nil) -> String? {
        let value = uri.map { xmlGetNsProp(node, name, $0) } ?? xmlGetNoNsProp(node, name)
        guard let value else { return nil }
        defer { campaign_xml_free(value) }
        return String(cString: value)
    }

    /// Every attribute as (namespace URI, local name, value), in document order.
    public var attributes: [(namespace: String?, name: String, value: String)] {
        var result: [(String?, String, String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            let uri = current.pointee.ns?.pointee.href.map { String(cString: $0) }
            let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self))
            result.append((uri, name, value.map { String(cString: $0) } ?? ""))
            if let value { campaign_xml_free(value) }
            attribute = current.pointee.next
        }
        return result
    }

    /// Sets an attribute; in `namespace` (by URI) when given, declaring it on the root with
    /// `prefix` if the document lacks it. The value is escaped on output.
    public func setAttribute(_ name: String, _ value: String, namespace uri: String? = nil, prefix: String? = nil) {
        if let uri {
            // Elements not yet in the tree see no declarations: look on the root as well.
            let root = xmlDocGetRootElement(document.pointer)
            let namespace = xmlSearchNsByHref(document.pointer, node, uri)
                ?? root.flatMap { xmlSearchNsByHref(document.pointer, $0, uri) }
                ?? xmlNewNs(root, uri, prefix)
            xmlSetNsProp(node, namespace, name, value)
        } else {
            xmlSetProp(node, name, value)
        }
    }

    /// Removes an attribute without namespace, or in `namespace` (by URI).
    public func removeAttribute(_ name: String, namespace uri: String? = nil) {
        let attribute = uri.map { xmlHasNsProp(node, name, $0) } ?? xmlHasNsProp(node, name, nil)
        if let attribute { xmlRemoveProp(attribute) }
    }

    /// The child elements, in order.
    public var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                result.append(XMLElement(document: document, node: current))
            }
            child = current.pointee.next
        }
        return result
    }

    /// This element and every element below it, in document order.
    public var descendantsAndSelf: [XMLElement] {
        [self] + children.flatMap(\.descendantsAndSelf)
    }

    /// The parent element, if any.
    public var parent: XMLElement? {
        guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XMLElement(document: document, node: parent)
    }

    /// The concatenated text of the element and its descendants.
    public var textContent: String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { campaign_xml_free(content) }
        return String(cString: content)
    }

    /// The element's children in order, text included: what mixed content (a translation with
    /// inline codes) is made of. CDATA counts as text; comments and processing instructions
    /// are left out.
    public var content: [XMLContent] {
        var result: [XMLContent] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                result.append(.element(XMLElement(document: document, node: current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = current.pointee.content.map { String(cString: $0) } ?? ""
                if case .text(let previous) = result.last {
                    result[result.count - 1] = .text(previous + text)
                } else {
                    result.append(.text(text))
                }
            default:
                break
            }
            child = current.pointee.next
        }
        return result
    }

    /// A new element named `name` in this element's namespace, appended as its last child.
    @discardableResult
    public func appendElement(_ name: String, namespace uri: String? = nil) -> XMLElement {
        let namespace = uri.map { xmlSearchNsByHref(document.pointer, node, $0) } ?? node.pointee.ns
        let child = xmlNewDocNode(document.pointer, namespace, name, nil)!
        xmlAddChild(node, child)
        return XMLElement(document: document, node: child)
    }

    /// Declares the namespace `uri` with `prefix` on this element.
    public func declareNamespace(_ uri: String, prefix: String) {
        xmlNewNs(node, uri, prefix)
    }

    /// Appends `child`, which must belong to the same document.
    public func append(_ child: XMLElement) {
        xmlAddChild(node, child.node)
    }

    /// Inserts `sibling` just before this element.
    public func insertBefore(_ sibling: XMLElement) {
        xmlAddPrevSibling(node, sibling.node)
    }

    /// Appends text; it is escaped on output, so it can never become markup.
    public func appendText(_ text: String) {
        xmlNodeAddContent(node, text)
    }

    /// Removes every child node.
    public func removeChildren() {
        while let child = node.pointee.children {
            xmlUnlinkNode(child)
            xmlFreeNode(child)
        }
    }

    /// Removes every element below this one that `predicate` selects, with everything inside it.
    /// The elements inside a removed one are not visited: they are gone.
    public func removeDescendants(where predicate: (XMLElement) -> Bool) {
        for child in children {
            if predicate(child) {
                child.remove()
            } else {
                child.removeDescendants(where: predicate)
            }
        }
    }

    /// Takes the element out of the tree and frees it, with everything inside it. Do not use it,
    /// or any element that was inside it, afterwards.
    public func remove() {
        xmlUnlinkNode(node)
        xmlFreeNode(node)
    }
}

/// One piece of an element's content, in document order.
public enum XMLContent {
    case text(String)
    case element(XMLElement)
}
