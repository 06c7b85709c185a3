import PodiumModel

/// Turns a file's bytes into text, by one rule:
/// - UTF-16 with its byte order mark is UTF-16;
/// - valid UTF-8 (with or without BOM) is UTF-8;
/// - UTF-8 with a few bytes that are not (a damaged file, a bad copy) stays UTF-8: each bad
///   byte becomes U+FFFD and is counted in `replaced`, so that the reader can say so. The file
///   counts as UTF-8 when its valid multi-byte sequences outnumber its bad bytes;
/// - else Windows-1252, when the bytes are plausible text in that encoding;
/// - anything else (binary data) is an error.
///
/// For example, the bytes `4D FC 6C 6C` ("Müll" in Windows-1252) decode as "Müll" with encoding
/// `windows-1252`; bytes with a NUL (outside UTF-16) are refused as binary.
enum TextDecoder {
    struct Decoded {
        var text: String
        var encoding: String
        /// Bytes that were not UTF-8 in a UTF-8 file, each now U+FFFD.
        var replaced = 0
        /// The offset of the first of them.
        var firstReplaced = 0

        /// The reader's warning about replaced bytes, if any.
        var warning: String? {
            guard replaced > 0 else { return nil }
            let bytes = replaced == 1 ? "1 byte that is" : "\(replaced) bytes that are"
            return "\(bytes) not UTF-8 (the first at byte \(firstReplaced)) replaced by U+FFFD"
        }
    }

    package static func decode(_ bytes: [UInt8], path: String) throws -> Decoded {
        if let utf16 = utf16(bytes, path: path) { return try utf16.get() }
        if bytes.contains(0) {
            throw PodiumError.invalidInput(path: path, reason: "binary data, not text (contains NUL bytes)")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return Decoded(text: text, encoding: "UTF-8") }
        let (multiByte, invalid, firstInvalid) = utf8Census(body)
        if multiByte > invalid {
            return Decoded(text: String(decoding: body, as: UTF8.self), encoding: "UTF-8", replaced: invalid, firstReplaced: firstInvalid)
        }
        if let text = windows1252(body) { return Decoded(text: text, encoding: "windows-1252") }
        throw PodiumError.invalidInput(
            path: path, reason: "not valid UTF-8 (byte \(firstInvalid)) nor Windows-1252 text")
    }

    /// UTF-16 text behind its byte order mark; nil without one.
    private static func utf16(_ bytes: [UInt8], path: String) -> Result<Decoded, PodiumError>? {
        let bigEndian: Bool
        if bytes.starts(with: [0xFF, 0xFE]) { bigEndian = false }
        else if bytes.starts(with: [0xFE, 0xFF]) { bigEndian = true }
        else { return nil }
        guard bytes.count % 2 == 0 else {
            return .failure(.invalidInput(path: path, reason: "UTF-16 text with an odd number of bytes (cut off?)"))
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        for index in stride(from: 2, to: bytes.count, by: 2) {
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            return .failure(.invalidInput(path: path, reason: "not valid UTF-16 (a lone surrogate)"))
        }
        if text.unicodeScalars.contains("\0") {
            return .failure(.invalidInput(path: path, reason: "binary data, not text (contains NUL characters)"))
        }
        return .success(Decoded(text: text, encoding: bigEndian ? "UTF-16BE" : "UTF-16LE"))
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

    /// How many valid multi-byte sequences and how many invalid bytes the bytes hold, and the
    /// offset of the first invalid byte.
    private static func utf8Census(_ bytes: ArraySlice<UInt8>) -> (multiByte: Int, invalid: Int, firstInvalid: Int) {
        var multiByte = 0
        var invalid = 0
        var firstInvalid = -1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            let end = index + length
            if length > 0, end <= bytes.endIndex, String(validating: bytes[index..<end], as: UTF8.self) != nil {
                multiByte += 1
                index = end
            } else {
                if firstInvalid < 0 { firstInvalid = index - bytes.startIndex }
                invalid += 1
                index += 1
            }
        }
        return (multiByte, invalid, max(firstInvalid, 0))
    }
}
