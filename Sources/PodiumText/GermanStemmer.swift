/// The Snowball German stemmer (Snowball 3.0, which folds ä/ae, ö/oe, ü/ue and ß/ss).
///
/// Reduces a German word to its stem, so that inflected forms meet in the index:
///
/// ```swift
/// GermanStemmer.stem("Schulen")   // "schul"
/// GermanStemmer.stem("Schule")    // "schul"
/// GermanStemmer.stem("Schulden")  // "schuld"
/// GermanStemmer.stem("Straße")    // "strass", as "Strasse"
/// ```
///
/// The algorithm: <https://snowballstem.org/algorithms/german/stemmer.html>. It works on
/// Unicode scalars of the lower-cased word; `U` and `Y` mark a u or y between vowels, which
/// then count as consonants.
public enum GermanStemmer {
    public static func stem(_ word: String) -> String {
        var w = Array(word.lowercased().unicodeScalars.map(\.value))
        prelude(&w)
        let (r1, r2) = regions(w)
        step1(&w, r1: r1)
        step2(&w, r1: r1)
        step3(&w, r1: r1, r2: r2)
        postlude(&w)
        var scalars = String.UnicodeScalarView()
        for value in w { scalars.append(Unicode.Scalar(value)!) }
        return String(scalars)
    }

    // Letters as scalar values.
    private static let a: UInt32 = 0x61, e: UInt32 = 0x65, i: UInt32 = 0x69, o: UInt32 = 0x6F
    private static let u: UInt32 = 0x75, y: UInt32 = 0x79, s: UInt32 = 0x73, q: UInt32 = 0x71
    private static let markedU: UInt32 = 0x55, markedY: UInt32 = 0x59  // "U", "Y"
    private static let ae: UInt32 = 0xE4, oe: UInt32 = 0xF6, ue: UInt32 = 0xFC, sz: UInt32 = 0xDF

    private static func isVowel(_ c: UInt32) -> Bool {
        c == a || c == e || c == i || c == o || c == u || c == y || c == ae || c == oe || c == ue
    }

    private static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    private static let sEnding = Set(scalars("bdfghklmnrt"))
    private static let stEnding = Set(scalars("bdfghklmnt"))
    private static let etEnding = Set(scalars("dfgklmnrstUzä"))

    /// Marks u and y between vowels, then folds ß, ae, oe and ue (but not the u of "qu").
    private static func prelude(_ w: inout [UInt32]) {
        if w.count >= 3 {
            for index in 1..<(w.count - 1) where isVowel(w[index - 1]) && isVowel(w[index + 1]) {
                if w[index] == u { w[index] = markedU } else if w[index] == y { w[index] = markedY }
            }
        }
        var result: [UInt32] = []
        result.reserveCapacity(w.count + 2)
        var index = 0
        while index < w.count {
            let c = w[index]
            let next = index + 1 < w.count ? w[index + 1] : 0
            if c == sz {
                result += [s, s]
            } else if next == e, c == a || c == o || c == u {
                result.append(c == a ? ae : c == o ? oe : ue)
                index += 1
            } else if c == q, next == u {
                result += [q, u]
                index += 1
            } else {
                result.append(c)
            }
            index += 1
        }
        w = result
    }

    /// R1 starts after the first non-vowel that follows a vowel, at 3 at the least; R2 is the
    /// same rule applied again after R1's start.
    private static func regions(_ w: [UInt32]) -> (r1: Int, r2: Int) {
        func regionStart(after start: Int) -> Int {
            var index = start
            while index < w.count, !isVowel(w[index]) { index += 1 }
            while index < w.count, isVowel(w[index]) { index += 1 }
            return min(index + 1, w.count)
        }
        let first = regionStart(after: 0)
        // R2 is searched from where R1 was found, before R1 is moved to position 3.
        return (max(first, min(3, w.count)), regionStart(after: first))
    }

    private static func ends(_ w: [UInt32], _ suffix: [UInt32]) -> Bool {
        w.count >= suffix.count && Array(w[(w.count - suffix.count)...]) == suffix
    }

    /// The longest of `suffixes` that `w` ends with.
    private static func longestSuffix(_ w: [UInt32], _ suffixes: [[UInt32]]) -> [UInt32]? {
        suffixes.filter { ends(w, $0) }.max { $0.count < $1.count }
    }

    private static let step1Suffixes = ["em", "ern", "er", "erin", "erinnen", "e", "en", "es", "s", "ln", "lns"].map(scalars)
    private static let step2Suffixes = ["en", "er", "est", "st", "et"].map(scalars)
    private static let step3Suffixes = ["end", "ung", "ig", "ik", "isch", "lich", "heit", "keit"].map(scalars)
    private static let notBeforeEt = ["geordn", "intern", "plan", "tick", "tr"].map(scalars)

    private static func step1(_ w: inout [UInt32], r1: Int) {
        guard let suffix = longestSuffix(w, step1Suffixes), w.count - suffix.count >= r1 else { return }
        let start = w.count - suffix.count
        switch String(decoding: suffix.map { UInt8($0) }, as: UTF8.self) {
        case "em":
            if !ends(Array(w[..<start]), scalars("syst")) { w.removeLast(2) }
        case "ern", "er", "erin", "erinnen":
            w.removeLast(suffix.count)
        case "e", "en", "es":
            w.removeLast(suffix.count)
            if ends(w, scalars("niss")) { w.removeLast() }
        case "s":
            if start > 0, sEnding.contains(w[start - 1]) { w.removeLast() }
        case "ln", "lns":
            w.removeLast(suffix.count - 1)
        default:
            break
        }
    }

    private static func step2(_ w: inout [UInt32], r1: Int) {
        guard let suffix = longestSuffix(w, step2Suffixes), w.count - suffix.count >= r1 else { return }
        let start = w.count - suffix.count
        switch String(decoding: suffix.map { UInt8($0) }, as: UTF8.self) {
        case "en", "er", "est":
            w.removeLast(suffix.count)
        case "st":
            // The st-ending letter needs three letters before it.
            if start >= 4, stEnding.contains(w[start - 1]) { w.removeLast(2) }
        case "et":
            let before = Array(w[..<start])
            if start > 0, etEnding.contains(w[start - 1]), !notBeforeEt.contains(where: { ends(before, $0) }) {
                w.removeLast(2)
            }
        default:
            break
        }
    }

    private static func step3(_ w: inout [UInt32], r1: Int, r2: Int) {
        guard let suffix = longestSuffix(w, step3Suffixes), w.count - suffix.count >= r2 else { return }
        let start = w.count - suffix.count
        let precededByE = start > 0 && w[start - 1] == e
        switch String(decoding: suffix.map { UInt8($0) }, as: UTF8.self) {
        case "end", "ung":
            w.removeLast(3)
            if ends(w, scalars("ig")), w.count - 2 >= r2, !(w.count >= 3 && w[w.count - 3] == e) {
                w.removeLast(2)
            }
        case "ig", "ik", "isch":
            if !precededByE { w.removeLast(suffix.count) }
        case "lich", "heit":
            w.removeLast(4)
            if (ends(w, scalars("er")) || ends(w, scalars("en"))), w.count - 2 >= r1 {
                w.removeLast(2)
            }
        case "keit":
            w.removeLast(4)
            if ends(w, scalars("lich")), w.count - 4 >= r2 {
                w.removeLast(4)
            } else if ends(w, scalars("ig")), w.count - 2 >= r2 {
                w.removeLast(2)
            }
        default:
            break
        }
    }

    private static func postlude(_ w: inout [UInt32]) {
        for index in w.indices {
            switch w[index] {
            case markedU: w[index] = u
            case markedY: w[index] = y
            case ae: w[index] = a
            case oe: w[index] = o
            case ue: w[index] = u
            default: break
            }
        }
    }
}
