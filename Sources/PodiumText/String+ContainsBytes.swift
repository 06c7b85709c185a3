import Foundation

extension StringProtocol {
    /// Whether `needle` occurs in this string, compared byte for byte (UTF-8).
    ///
    /// Extraction asks this of every paragraph, many times; Foundation's `contains` goes
    /// through locale-aware CFString search and costs far more.
    @inlinable
    package func containsBytes(_ needle: String) -> Bool {
        byteRange(of: needle) != nil
    }

    /// Whether one of `needles`, ASCII with letters in lower case, occurs in this string with
    /// its letters in either case (UTF-8): what lowercasing the whole string first would tell of
    /// such needles. The string's ASCII letters are folded into a byte buffer once, which is
    /// then searched with `memchr` and `memcmp`.
    @inlinable
    package func containsAnyASCIIIgnoringCase(_ needles: [String]) -> Bool {
        let fold = { (text: UnsafeBufferPointer<UInt8>) in
            [UInt8](unsafeUninitializedCapacity: text.count) { folded, count in
                for index in 0..<text.count {
                    let byte = text[index]
                    folded[index] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
                }
                count = text.count
            }
        }
        let folded = utf8.withContiguousStorageIfAvailable(fold) ?? Array(utf8).withUnsafeBufferPointer(fold)
        return folded.withUnsafeBufferPointer { text in
            guard let base = text.baseAddress else { return false }
            return needles.contains { needle in
                var needle = needle
                return needle.withUTF8 { pattern in
                    guard let first = pattern.first else { return true }
                    var start = base
                    let end = base + text.count
                    while end - start >= pattern.count,
                          let found = memchr(start, CInt(first), end - start - pattern.count + 1) {
                        let candidate = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
                        if memcmp(candidate, pattern.baseAddress!, pattern.count) == 0 { return true }
                        start = candidate + 1
                    }
                    return false
                }
            }
        }
    }

    /// The first (or, `backwards`, the last) range where `needle` occurs, compared byte for byte
    /// (UTF-8): what Foundation's `range(of:)` gives for text in one normalisation form, without
    /// its locale-aware search.
    @inlinable
    package func byteRange(of needle: String, backwards: Bool = false) -> Range<Index>? {
        var needle = needle
        return needle.withUTF8 { n -> Range<Index>? in
            guard let nBase = n.baseAddress, !n.isEmpty else { return nil }
            let utf8 = self.utf8
            let offset = utf8.withContiguousStorageIfAvailable { h -> Int? in
                guard h.count >= n.count, let hBase = h.baseAddress else { return nil }
                let first = n[0]
                let last = h.count - n.count
                if backwards {
                    var index = last
                    while index >= 0 {
                        if h[index] == first, memcmp(hBase + index, nBase, n.count) == 0 { return index }
                        index -= 1
                    }
                } else {
                    var index = 0
                    while index <= last {
                        if h[index] == first, memcmp(hBase + index, nBase, n.count) == 0 { return index }
                        index += 1
                    }
                }
                return nil
            } ?? String(self).byteOffset(of: n, backwards: backwards)
            guard let offset else { return nil }
            let start = utf8.index(utf8.startIndex, offsetBy: offset)
            return start..<utf8.index(start, offsetBy: n.count)
        }
    }
}

extension String {
    /// For bridged strings without contiguous UTF-8: the offset through a native copy.
    @usableFromInline
    func byteOffset(of needle: UnsafeBufferPointer<UInt8>, backwards: Bool) -> Int? {
        var copy = self
        copy.makeContiguousUTF8()
        let needle = String(decoding: needle, as: UTF8.self)
        guard let range = copy.byteRange(of: needle, backwards: backwards) else { return nil }
        return copy.utf8.distance(from: copy.utf8.startIndex, to: range.lowerBound)
    }
}

extension String {
    /// Whether the two strings are the same bytes (UTF-8); `==` also calls canonically
    /// equivalent text (NFC and NFD) equal.
    @inlinable
    package func hasSameBytes(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var this = self, other = other
        return this.withUTF8 { a in
            other.withUTF8 { b in a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
        }
    }
}
