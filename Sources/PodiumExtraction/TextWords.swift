import Foundation
import PodiumText

/// Words of a text with their positions, for the pattern matching of extraction.
struct TextWords {
    struct Word {
        /// Letters, digits, inner hyphens, apostrophes and dots ("Dr.", "Kaya-Brenner").
        var text: Substring
        var range: Range<String.Index>
    }

    package let text: String
    package let words: [Word]
    /// Whether only spaces stand between word `i` and word `i + 1`: names run on only so.
    let joinedToNext: [Bool]
    /// What each word is, for finding names (``WordKind``).
    package let kinds: [WordKind]

    package init(_ text: String) {
        self.text = text
        var words: [Word] = []
        var start: String.Index? = nil
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let inWord = Self.isLetterOrDigit(scalar)
                || (start != nil && (scalar == "-" || scalar == "'" || scalar == "’" || scalar == "."
                    || (scalar.value >= 0x300 && scalar.properties.generalCategory == .nonspacingMark)))  // no mark is below U+0300
            if inWord {
                if start == nil { start = index }
            } else if let begin = start {
                let word = Self.trimmed(text[begin..<index])
                words.append(Word(text: word, range: word.startIndex..<word.endIndex))
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let begin = start {
            let word = Self.trimmed(text[begin...])
            words.append(Word(text: word, range: word.startIndex..<word.endIndex))
        }
        let kept = words.filter { !$0.text.isEmpty }
        self.words = kept
        var joined = [Bool](repeating: false, count: kept.count)
        for index in kept.indices.dropLast() {
            joined[index] = text.utf8[kept[index].range.upperBound..<kept[index + 1].range.lowerBound].allSatisfy { $0 == 0x20 }
        }
        self.joinedToNext = joined
        self.kinds = WordKind.of(kept)
    }

    /// What `Character.isLetter || .isNumber` says of a character that starts with `scalar`,
    /// without a property lookup for ASCII and the Latin letters.
    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        if WordTokenizer.isLatinLetter(scalar) { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Drops trailing hyphens and dots that end a sentence ("Stadt." → "Stadt"), keeping the dot
    /// of a title ("Dr.").
    private static func trimmed(_ word: Substring) -> Substring {
        // Nearly every word ends in a letter: no need to find its last character.
        guard let end = word.unicodeScalars.last, end == "-" || end == "'" || end == "’" || end == "." else { return word }
        var word = word
        while let last = word.last, last == "-" || last == "'" || last == "’" || (last == "." && !GermanWords.titles.contains(String(word))) {
            word = word.dropLast()
        }
        return word
    }

    /// The text between two positions has only spaces.
    func onlySpaces(from start: String.Index, to end: String.Index) -> Bool {
        guard start <= end else { return false }
        return text.utf8[start..<end].allSatisfy { $0 == 0x20 }
    }

    /// The position of a word in scalar offsets, as stored in the archive.
    func offsets(_ range: Range<String.Index>) -> (start: Int, end: Int) {
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return (start, start + text.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound))
    }
}

extension String {
    /// Lower case without diacritics, for comparing spellings of names.
    package var foldedForComparison: String {
        let normalized = TextAnalyzer.normalized(self)
        // Foundation's replacing costs more than the rest: only where there is an ß.
        return normalized.containsBytes("ß") ? normalized.replacingOccurrences(of: "ß", with: "ss") : normalized
    }
}

/// The Levenshtein distance between two short strings.
package func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
