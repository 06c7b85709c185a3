extension String {
    /// The same string as `lowercased()`, made byte by byte for the letters of German text.
    ///
    /// Extraction lower-cases every paragraph several times to look for cue words, and
    /// `lowercased()` looks each scalar up in Unicode's case tables: that was a tenth of what
    /// preparing an article cost. Here ASCII letters and À–Þ (Ä, Ö, Ü …) are mapped directly;
    /// a text with any other scalar that may have case goes through `lowercased()`.
    @inlinable
    package func fastLowercased() -> String {
        let result = utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var hasUpperCase = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte >= 0x41 && byte <= 0x5A { hasUpperCase = true }
                    index += 1
                    continue
                }
                guard index + 1 < bytes.count else { return nil }
                let next = bytes[index + 1]
                switch byte {
                case 0xC2: break  // U+0080–U+00BF: no letter with a lower case
                case 0xC3: if next >= 0x80 && next <= 0x9E && next != 0x97 { hasUpperCase = true }
                case 0xE2 where next >= 0x80 && next <= 0x82: break  // punctuation, super- and subscripts, currency
                default: return nil
                }
                index += byte >= 0xE0 ? 3 : 2
            }
            guard hasUpperCase else { return self }
            return String(unsafeUninitializedCapacity: bytes.count) { output in
                var previous: UInt8 = 0
                for (index, byte) in bytes.enumerated() {
                    if byte >= 0x41 && byte <= 0x5A {
                        output[index] = byte + 0x20
                    } else if previous == 0xC3, byte >= 0x80, byte <= 0x9E, byte != 0x97 {
                        output[index] = byte + 0x20
                    } else {
                        output[index] = byte
                    }
                    // A continuation byte is never a lead byte, so 0xC3 ends up "previous" only as a lead.
                    previous = byte
                }
                return bytes.count
            }
        }
        return (result ?? nil) ?? lowercased()
    }
}
