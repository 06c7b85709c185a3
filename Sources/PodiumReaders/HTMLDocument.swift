import CLibXML2
import Foundation

/// A parsed HTML page (libxml2's forgiving HTML parser), with the few tree operations the
/// article reader needs. Entities are decoded by the parser.
final class HTMLDocument {
    typealias Node = UnsafeMutablePointer<xmlNode>

    private let document: htmlDocPtr

    /// Parses UTF-8 HTML; nil only when libxml2 cannot make any tree of it.
    package init?(utf8 text: String) {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue | XML_PARSE_HUGE.rawValue)
        var bytes = Array(text.utf8)
        guard let document = bytes.withUnsafeMutableBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }) else { return nil }
        self.document = document
    }

    deinit { xmlFreeDoc(document) }

    var root: Node? { xmlDocGetRootElement(document) }

    /// The deepest nesting of the page podium reads: real pages nest a few dozen levels, and
    /// the reader walks the tree recursively, so a deeper page is refused rather than risking
    /// the stack.
    static let maxDepth = 1_000

    /// How deeply the tree is nested, walked without recursion.
    package var depth: Int {
        var deepest = 0
        var level = 0
        var node = root
        while let current = node {
            deepest = max(deepest, level)
            if let child = current.pointee.children {
                node = child
                level += 1
                continue
            }
            var climbing: Node? = current
            while let up = climbing, up.pointee.next == nil {
                climbing = up.pointee.parent.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: xmlNode.self) }
                level -= 1
                if level < 0 { return deepest }
            }
            node = climbing?.pointee.next
        }
        return deepest
    }

    package static func name(_ node: Node) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    static func isElement(_ node: Node) -> Bool { node.pointee.type == XML_ELEMENT_NODE }

    static func isText(_ node: Node) -> Bool { node.pointee.type == XML_TEXT_NODE }

    package static func attribute(_ name: String, of node: Node) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { free(value) }  // libxml2 allocates with malloc by default; xmlFree is a global var
        return String(cString: value)
    }

    package static func children(_ node: Node) -> [Node] {
        var result: [Node] = []
        var child = node.pointee.children
        while let current = child {
            result.append(current)
            child = current.pointee.next
        }
        return result
    }

    /// All text below the node, as the browser would join it.
    package static func text(_ node: Node) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { free(content) }
        return String(cString: content)
    }

    /// Every element below `node` (depth first) for which `matches` holds.
    static func elements(in node: Node, where matches: (Node) -> Bool) -> [Node] {
        var found: [Node] = []
        func visit(_ node: Node) {
            if isElement(node), matches(node) { found.append(node) }
            for child in children(node) { visit(child) }
        }
        visit(node)
        return found
    }

    /// Removes the node from the tree and frees it.
    static func remove(_ node: Node) {
        xmlUnlinkNode(node)
        xmlFreeNode(node)
    }
}
