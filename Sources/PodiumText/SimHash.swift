/// A 64-bit fingerprint of a text (Charikar's SimHash over word shingles): texts that differ
/// in a few words differ in a few bits, unrelated texts in about half of them.
///
/// Words are runs of letters and digits, lower-cased (ASCII) byte by byte; each run of three
/// words is hashed (FNV-1a), and each bit of the fingerprint is the majority of that bit over
/// all shingles. A new title, an outlet's line or one word changed move a fingerprint of a
/// report of a few hundred words by a few bits.
///
/// For example:
///
/// ```swift
/// SimHash.distance(SimHash.of(report), SimHash.of(reportWithOneWordChanged))   // 0 to 3
/// ```
package enum SimHash {
    package static func of(_ text: String) -> UInt64 {
        var counts = [Int](repeating: 0, count: 64)
        forEachShingle(of: text) { shingle in
            for bit in 0..<64 { counts[bit] += shingle >> UInt64(bit) & 1 == 1 ? 1 : -1 }
        }
        var fingerprint: UInt64 = 0
        for bit in 0..<64 where counts[bit] > 0 { fingerprint |= 1 << UInt64(bit) }
        return fingerprint
    }

    /// The share of word shingles two texts have in common (Jaccard): 1 for the same words,
    /// about 0.97 for a report with a new title line, near 0 for unrelated texts.
    package static func resemblance(_ a: String, _ b: String) -> Double {
        var first = Set<UInt64>()
        forEachShingle(of: a) { first.insert($0) }
        var second = Set<UInt64>()
        forEachShingle(of: b) { second.insert($0) }
        let union = first.union(second).count
        return union == 0 ? 1 : Double(first.intersection(second).count) / Double(union)
    }

    /// The hash of every run of three words.
    private static func forEachShingle(of text: String, _ body: (UInt64) -> Void) {
        var window: [UInt64] = []
        var word: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        func endWord() {
            guard inWord else { return }
            window.append(word)
            if window.count > 3 { window.removeFirst() }
            if window.count == 3 {
                var shingle: UInt64 = 0xcbf2_9ce4_8422_2325
                for part in window {
                    shingle = (shingle ^ part) &* 0x0000_0100_0000_01b3
                }
                body(shingle)
            }
            word = 0xcbf2_9ce4_8422_2325
            inWord = false
        }
        for byte in text.utf8 {
            // Letters and digits of ASCII, and every byte of a multi-byte character (ä, ß, é).
            let isWordByte = byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            if isWordByte {
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                word = (word ^ UInt64(lower)) &* 0x0000_0100_0000_01b3
                inWord = true
            } else {
                endWord()
            }
        }
        endWord()
    }

    /// How many bits two fingerprints differ in.
    package static func distance(_ a: UInt64, _ b: UInt64) -> Int { (a ^ b).nonzeroBitCount }

    /// The four 16-bit bands of a fingerprint: two fingerprints within three bits of each other
    /// share at least one band whole, so the bands find every near copy with four lookups.
    package static func bands(_ fingerprint: UInt64) -> [Int64] {
        (0..<4).map { Int64(fingerprint >> UInt64($0 * 16) & 0xFFFF) }
    }
}
