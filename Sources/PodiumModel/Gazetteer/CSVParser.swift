/// Splits RFC 4180 CSV text into rows of fields (quoted fields may hold commas, quotes as `""`,
/// and line breaks).
package enum CSVParser {
    package static func rows(_ text: String) -> [[String]] {
        // Byte by byte: the delimiters are ASCII, which never occurs inside a multi-byte
        // character, and the gazetteer's 11,000 rows are parsed at every start.
        var text = text
        return text.withUTF8 { bytes in
            var rows: [[String]] = []
            var row: [String] = []
            var field: [UInt8] = []
            var inQuotes = false
            var index = 0
            func endField() {
                row.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            }
            while index < bytes.count {
                // An unquoted field (nearly all of them) is cut out of the text in one piece.
                if !inQuotes, field.isEmpty, let end = unquotedFieldEnd(bytes, from: index) {
                    row.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self))
                    index = end
                    if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
                        index += 1
                    } else {
                        index += 1  // the line break, or past the end
                        rows.append(row)
                        row = []
                    }
                    continue
                }
                let byte = bytes[index]
                index += 1
                if inQuotes {
                    if byte == UInt8(ascii: "\"") {
                        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                            field.append(byte)
                            index += 1
                        } else {
                            inQuotes = false
                        }
                    } else {
                        field.append(byte)
                    }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""): inQuotes = true
                case UInt8(ascii: ","): endField()
                case UInt8(ascii: "\r"): break
                case UInt8(ascii: "\n"):
                    endField()
                    rows.append(row)
                    row = []
                default: field.append(byte)
                }
            }
            if !field.isEmpty || !row.isEmpty {
                endField()
                rows.append(row)
            }
            return rows
        }
    }

    /// Where the field starting at `start` ends (at a comma, a line feed or the end of the text)
    /// when it holds no quote and no carriage return (which the byte-by-byte path drops); nil
    /// when it does.
    private static func unquotedFieldEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""), UInt8(ascii: "\r"): return nil
            case UInt8(ascii: ","), UInt8(ascii: "\n"): return index
            default: index += 1
            }
        }
        return index
    }
}
