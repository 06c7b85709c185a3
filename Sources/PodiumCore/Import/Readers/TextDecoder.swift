/// Turns a file's bytes into text: UTF-8 (with or without BOM), else Windows-1252 when the bytes
/// are plausible text in that encoding; anything else (binary data, broken UTF-8) is an error.
///
/// For example, the bytes `4D FC 6C 6C` ("Müll" in Windows-1252) decode as "Müll" with encoding
/// `windows-1252`; bytes with a NUL are refused as binary.
enum TextDecoder {
    static func decode(_ bytes: [UInt8], path: String) throws -> (text: String, encoding: String) {
        if bytes.contains(0) {
            throw PodiumError.invalidInput(path: path, reason: "binary data, not text (contains NUL bytes)")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return (text, "UTF-8") }
        if let text = windows1252(body) { return (text, "windows-1252") }
        let offset = firstInvalidUTF8Offset(body)
        throw PodiumError.invalidInput(
            path: path, reason: "not valid UTF-8 (byte \(offset)) nor Windows-1252 text")
    }

    /// Decodes Windows-1252, refusing its five undefined bytes and C0 controls other than
    /// tab, line feed, form feed and carriage return, which do not occur in real text.
    private static func windows1252(_ bytes: ArraySlice<UInt8>) -> String? {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            switch byte {
            case 0x09, 0x0A, 0x0C, 0x0D, 0x20...0x7F, 0xA0...0xFF:
                scalars.append(Unicode.Scalar(byte))
            case 0x80...0x9F:
                guard let value = highControls[Int(byte - 0x80)] else { return nil }
                scalars.append(Unicode.Scalar(value)!)
            default:
                return nil
            }
        }
        return String(scalars)
    }

    private static let highControls: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: return offset
            }
        }
    }
}
