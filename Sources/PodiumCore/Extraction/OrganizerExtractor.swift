import Foundation

/// An organisation that organised or hosted a forum, with its long and short name together:
/// "Bundesverband mittelständische Unternehmen" and "BVMW".
public struct Organizer: Equatable, Sendable {
    public var name: String
    public var shortName: String?
    /// As the article wrote it.
    public var surface: String
}

/// Finds a forum's organisers in phrases such as "organisiert von", "die vom … organisiert
/// wurde", "eingeladen hatten", "Veranstalter war", "auf Einladung des …", "zu dem … geladen
/// hatten", "X und Y luden … ein". Lists are split at commas, "und", "sowie" and "gemeinsam mit" ("Industrie- und
/// Handelskammer" stays whole). For example, the seed's
///
/// "die vom Wissenschafts-Innovationsverbund Kaiserslautern SIAK, Herzen Digital und dem
/// Bundesverband mittelständische Unternehmen (BVMW) organisiert wurde"
///
/// gives SIAK (Wissenschafts-Innovationsverbund Kaiserslautern), Herzen Digital and BVMW
/// (Bundesverband mittelständische Unternehmen).
enum OrganizerExtractor {
    private static let passiveVerbs = ["organisiert", "veranstaltet", "ausgerichtet", "initiiert"]
    private static let invitationVerbs = ["eingeladen", "geladen"]
    private static let articles: Set<String> = ["der", "die", "das", "dem", "den", "des", "vom", "von"]

    /// Stems of the words that all the phrases above contain; a paragraph without any is skipped.
    private static let cues = ["organisiert", "veranstalt", "ausgerichtet", "initiiert", "eingeladen", "geladen", "einladung", " lud"]

    static func organizers(in paragraphs: [String]) -> [Organizer] {
        var found: [Organizer] = []
        for paragraph in paragraphs {
            guard paragraph.containsAnyASCIIIgnoringCase(cues) else { continue }
            for sentence in sentences(paragraph) {
                for phrase in phrases(in: sentence) {
                    for organizer in split(phrase) where !found.contains(where: { $0.name == organizer.name }) {
                        found.append(organizer)
                    }
                }
            }
        }
        return found
    }

    /// The noun phrases that name organisers in one sentence.
    private static func phrases(in sentence: String) -> [(text: Substring, genitive: Bool)] {
        var phrases: [(Substring, Bool)] = []
        let lower = sentence.fastLowercased()
        // "organisiert von X", "veranstaltet von der X"
        for verb in passiveVerbs {
            if let range = lower.byteRange(of: verb + " von ") {
                let start = sentence.index(sentence.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: range.upperBound))
                phrases.append((sentence[start...], false))
            }
        }
        // "die vom X organisiert wurde", "wurde von der X organisiert"
        for verb in passiveVerbs {
            guard let verbRange = lower.byteRange(of: " " + verb) else { continue }
            let head = lower[..<verbRange.lowerBound]
            if let von = head.byteRange(of: " vom ", backwards: true) ?? head.byteRange(of: " von ", backwards: true) {
                let start = sentence.index(sentence.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: von.upperBound))
                let end = sentence.index(sentence.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: verbRange.lowerBound))
                phrases.append((sentence[start..<end], false))
            }
        }
        // "Veranstalter war X", "Eingeladen hatten X", "Auf Einladung des X": open-ended, so the
        // phrase ends at a comma or at the sentence's next verb ("… beantworteten").
        for cue in ["veranstalter war ", "veranstalter waren ", "eingeladen hatten ", "eingeladen hatte ", "auf einladung "] {
            if let range = lower.byteRange(of: cue) {
                let start = sentence.index(sentence.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: range.upperBound))
                var phrase = sentence[start...]
                if let comma = phrase.firstIndex(of: ",") { phrase = phrase[..<comma] }
                phrases.append((nounPhrases(phrase), cue == "auf einladung "))
            }
        }
        // "X luden zur Diskussion ein": the subject before the verb.
        for verb in [" luden ", " lud "] {
            guard let range = lower.byteRange(of: verb), lower.hasSuffix(" ein.") || lower.hasSuffix(" ein") || lower.containsBytes(" ein ") else { continue }
            let end = sentence.index(sentence.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: range.lowerBound))
            phrases.append((sentence[..<end].drop(while: { $0 == " " }), false))
        }
        // "zu dem X eingeladen hatten", "wo X zur Diskussion eingeladen hatte"
        for verb in invitationVerbs {
            guard let verbRange = lower.byteRange(of: " " + verb + " hatte") else { continue }
            let head = lower[..<verbRange.lowerBound]
            guard let opener = [", zu dem ", ", zu der ", ", wo ", "zu dem ", "zu der "].compactMap({ head.byteRange(of: $0, backwards: true) }).first
            else { continue }
            let start = sentence.index(sentence.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: opener.upperBound))
            var end = sentence.index(sentence.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: verbRange.lowerBound))
            // Cut the place or occasion: "… zur Podiumsdiskussion", "… in die Festhalle".
            for cut in [" zur ", " zum ", " in die ", " in den ", " ins ", " in das "] {
                if let range = sentence[start..<end].byteRange(of: cut) { end = min(end, range.lowerBound) }
            }
            phrases.append((sentence[start..<end], false))
        }
        return phrases
    }

    private static let connectors: Set<String> = [
        "der", "die", "das", "des", "dem", "den", "und", "für", "von", "vom", "zur", "zum", "in", "am", "an",
        "gemeinsam", "zusammen", "mit", "sowie", "e.V.", "e.", "V.",
    ]

    /// The start of `phrase` up to the first lower-case word that does not join names
    /// (a verb such as "beantworteten").
    private static func nounPhrases(_ phrase: Substring) -> Substring {
        var end = phrase.startIndex
        for word in phrase.split(separator: " ") {
            let bare = word.trimmingScalars(where: \.isPunctuation)
            if let first = bare.first, first.isLowercase, !connectors.contains(String(word)), !connectors.contains(String(bare)) { break }
            end = word.endIndex
        }
        return phrase[..<end]
    }

    /// Splits "X, Y und dem Z (ZZ)" into organisers.
    private static func split(_ phrase: (text: Substring, genitive: Bool)) -> [Organizer] {
        var text = Array(phrase.text.trimmingScalars(where: { $0 == " " || $0 == "." || $0 == ";" || $0 == ":" }).utf8)
        for separator in [" gemeinsam mit ", " zusammen mit ", " sowie ", ", "] {
            mark(separator, in: &text)
        }
        // " und " splits, but not in "Industrie- und Handelskammer".
        mark(" und ", in: &text, unlessAfter: UInt8(ascii: "-"))
        return String(decoding: text, as: UTF8.self).split(separator: listBreak).compactMap { part in
            var words = part.split(separator: " ").map(String.init)
            var genitive = phrase.genitive
            while let first = words.first, articles.contains(first.lowercased()) {
                if first.lowercased() == "des" { genitive = true }
                words.removeFirst()
            }
            guard let first = words.first, first.first?.isUppercase == true, (1...10).contains(words.count) else { return nil }
            var shortName: String? = nil
            if let last = words.last, last.hasPrefix("("), last.hasSuffix(")") {
                shortName = String(last.dropFirst().dropLast())
                words.removeLast()
            } else if words.count > 1, let last = words.last, last.count >= 2, last.allSatisfy({ $0.isUppercase || $0.isNumber }) {
                shortName = last
                words.removeLast()
            }
            if genitive, let last = words.last, last.count > 4, !last.allSatisfy(\.isUppercase) {
                words[words.count - 1] = last.hasSuffix("es") && last.count > 6 ? String(last.dropLast(2))
                    : last.hasSuffix("s") ? String(last.dropLast()) : last
            }
            guard !words.isEmpty else { return shortName.map { Organizer(name: $0, shortName: $0, surface: String(part)) } }
            return Organizer(name: words.joined(separator: " "), shortName: shortName, surface: String(part.trimmingScalars(where: \.isBlank)))
        }
    }

    private static let listBreak: Character = "\u{1F}"

    /// Replaces each occurrence of `separator` in `text` (UTF-8), from the left, by ``listBreak``,
    /// except where the byte before it is `unlessAfter`.
    private static func mark(_ separator: String, in text: inout [UInt8], unlessAfter excluded: UInt8? = nil) {
        let pattern = Array(separator.utf8)
        guard text.count >= pattern.count else { return }
        var marked: [UInt8] = []
        marked.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if text[index] == pattern[0], index + pattern.count <= text.count,
               text[index..<index + pattern.count].elementsEqual(pattern),
               excluded == nil || index == 0 || text[index - 1] != excluded {
                marked.append(listBreak.asciiValue!)
                index += pattern.count
            } else {
                marked.append(text[index])
                index += 1
            }
        }
        text = marked
    }

    private static func sentences(_ paragraph: String) -> [String] {
        // Scalar by scalar, the sentence so far a slice: no string is built a character at a time.
        var sentences: [String] = []
        let scalars = paragraph.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            guard scalar == "." || scalar == "!" || scalar == "?" else { continue }
            let sentence = scalars[start..<index]
            let lastWord = sentence.lastIndex(of: " ").map { sentence[sentence.index(after: $0)...] } ?? sentence
            if !GermanWords.titles.contains(String(lastWord)) {
                sentences.append(String(sentence))
                start = index
            }
        }
        if scalars[start...].contains(where: { !$0.isBlank }) { sentences.append(String(scalars[start...])) }
        return sentences
    }
}
