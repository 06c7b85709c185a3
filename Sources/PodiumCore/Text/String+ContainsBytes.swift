import Foundation

extension String {
    /// Whether `needle` occurs in this string, compared byte for byte (UTF-8).
    ///
    /// Extraction asks this of every paragraph, many times; Foundation's `contains` goes
    /// through locale-aware CFString search and costs far more.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                guard h.count >= n.count, let hBase = h.baseAddress, let nBase = n.baseAddress else { return false }
                var index = 0
                let last = h.count - n.count
                while index <= last {
                    if h[index] == first, memcmp(hBase + index, nBase, n.count) == 0 { return true }
                    index += 1
                }
                return false
            }
        }
    }
}
