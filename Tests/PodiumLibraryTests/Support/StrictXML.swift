import CLibXML2
import Foundation

/// The errors libxml2's XML parser reports for a document, without recovery, network or
/// entity expansion: empty when the document is well-formed XML.
enum StrictXML {
    static func errors(in document: String) -> [String] {
        xmlResetLastError()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let bytes = Array(document.utf8)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                xmlReadMemory($0, Int32(bytes.count), "report.html", "UTF-8", options)
            }
        }
        defer { if let parsed { xmlFreeDoc(parsed) } }
        if parsed == nil || xmlGetLastError() != nil {
            let message = xmlGetLastError().flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "not parsed"
            let line = xmlGetLastError()?.pointee.line ?? 0
            return ["line \(line): \(message.trimmingCharacters(in: .whitespacesAndNewlines))"]
        }
        return []
    }
}
