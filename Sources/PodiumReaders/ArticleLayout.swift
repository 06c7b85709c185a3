import Foundation
import PodiumModel

/// Finds the structure of a normalised article text: paragraphs, headings and trailing links.
///
/// - A plain-text file with long lines (like the seed) has one paragraph a line; a hard-wrapped
///   file (short lines, blank lines between paragraphs) and Markdown have one paragraph a block.
/// - A short line without closing punctuation that is followed by more text is a heading
///   ("Die Digitalisierung ist eine große Chance"); so is a Markdown `#` line.
/// - A line that is only a URL is a link, not a paragraph; a short line just before it
///   ("im Netz gesehen") is the link's label.
///
/// For example, "Text eins.\nZwischentitel\nText zwei.\nim Netz gesehen\nhttps://youtu.be/x"
/// gives sections [nil: ["Text eins."], "Zwischentitel": ["Text zwei."]] and one video link.
package enum ArticleLayout {
    package static func parse(_ normalized: String, format: SourceFormat) -> ArticleBody {
        // A saved page arrives as Markdown written by the HTML reader.
        let units = self.units(normalized, markdown: format == .md || format == .html)
        var sections: [ArticleBody.Section] = [.init(heading: nil, paragraphs: [])]
        var links: [ArticleBody.Link] = []
        var index = 0
        while index < units.count {
            let unit = units[index]
            let next = index + 1 < units.count ? units[index + 1] : nil
            if let url = linkURL(unit.text) {
                links.append(.init(url: url, kind: .classify(url), label: nil))
            } else if let next, let url = linkURL(next.text), isLabel(unit.text) {
                links.append(.init(url: url, kind: .classify(url), label: unit.text))
                index += 1
            } else if unit.isMarkedHeading || (next != nil && !unit.isListItem && isHeadingLike(unit.text)) {
                if sections.last?.heading == nil, sections.last?.paragraphs.isEmpty == true {
                    sections[sections.count - 1].heading = unit.text
                } else {
                    sections.append(.init(heading: unit.text, paragraphs: []))
                }
            } else {
                sections[sections.count - 1].paragraphs.append(unit.text)
            }
            index += 1
        }
        sections.removeAll { $0.heading == nil && $0.paragraphs.isEmpty }
        return ArticleBody(sections: sections, links: links)
    }

    private struct Unit {
        var text: String
        var isMarkedHeading = false
        /// A Markdown list item is never taken for a heading, however short.
        var isListItem = false
    }

    /// The text's lines or blocks, joined and stripped of Markdown block markers.
    private static func units(_ text: String, markdown: Bool) -> [Unit] {
        // By byte: a line feed is always a character of its own, and splitting by characters
        // costs grapheme breaking of the whole text.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(Substring($0)) }
        let hasBlankLines = lines.contains("")
        let hardWrapped = markdown
            || (hasBlankLines && lines.allSatisfy { $0.prefix(101).count <= 100 }
                && zip(lines, lines.dropFirst()).contains { !$0.isEmpty && !$1.isEmpty })
        guard hardWrapped else { return lines.filter { !$0.isEmpty }.map { Unit(text: $0) } }

        var units: [Unit] = []
        var block: [String] = []
        var blockIsListItem = false
        func flush() {
            if !block.isEmpty { units.append(Unit(text: joinWrapped(block), isListItem: blockIsListItem)) }
            block = []
            blockIsListItem = false
        }
        for line in lines {
            if line.isEmpty {
                flush()
            } else if linkURL(line) != nil {
                // A link on a line of its own ends the paragraph it stands under.
                flush()
                units.append(Unit(text: line))
            } else if markdown, let heading = markdownHeading(line) {
                flush()
                units.append(Unit(text: heading, isMarkedHeading: true))
            } else if markdown, let item = markdownListItem(line) {
                flush()
                block = [item]
                blockIsListItem = true
            } else {
                block.append(markdown ? stripQuoteMarker(line) : line)
            }
        }
        flush()
        return units.filter { !$0.text.isEmpty }
    }

    /// Joins hard-wrapped lines; a line ending in a hyphen after a letter joins without a space
    /// ("Kita-" + "Plätze" → "Kita-Plätze").
    private static func joinWrapped(_ lines: [String]) -> String {
        var result = ""
        for line in lines {
            if result.isEmpty {
                result = line
            } else if result.hasSuffix("-"), result.dropLast().last?.isLetter == true,
                      line.first?.isLetter == true {
                result += line
            } else {
                result += " " + line
            }
        }
        return result
    }

    private static func markdownHeading(_ line: String) -> String? {
        let hashes = line.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count), line.dropFirst(hashes.count).first == " " else { return nil }
        let text = line.dropFirst(hashes.count).trimmingCharacters(in: .whitespaces)
        return text.trimmingCharacters(in: CharacterSet(charactersIn: "# "))
    }

    private static func markdownListItem(_ line: String) -> String? {
        for marker in ["- ", "* ", "+ "] where line.hasPrefix(marker) {
            return String(line.dropFirst(marker.count))
        }
        return nil
    }

    private static func stripQuoteMarker(_ line: String) -> String {
        line.hasPrefix("> ") ? String(line.dropFirst(2)) : line
    }

    /// The URL when the line is nothing but a URL (bare, in angle brackets, or a Markdown link).
    static func linkURL(_ line: String) -> String? {
        var candidate = Substring(line)
        if candidate.hasPrefix("<"), candidate.hasSuffix(">") {
            candidate = candidate.dropFirst().dropLast()
        } else if candidate.hasPrefix("["), candidate.hasSuffix(")"),
                  let split = candidate.range(of: "](") {
            candidate = candidate[split.upperBound...].dropLast()
        }
        // Nearly every line is a sentence with a space, seen without reading its characters.
        guard !candidate.utf8.contains(UInt8(ascii: " ")), !candidate.contains(where: \.isWhitespace) else { return nil }
        let lowered = candidate.lowercased()
        if lowered.hasPrefix("https://") || lowered.hasPrefix("http://") {
            return candidate.count > 8 ? String(candidate) : nil
        }
        if lowered.hasPrefix("www."), candidate.dropFirst(4).contains(".") {
            return "https://" + candidate
        }
        return nil
    }

    /// A short introduction such as "im Netz gesehen", "Video:" or "Zum Livestream".
    private static func isLabel(_ line: String) -> Bool {
        line.prefix(61).count <= 60 && line.split(separator: " ").count <= 8 && !line.hasSuffix(".")
    }

    /// A short line that does not read as a sentence: a subheading.
    static func isHeadingLike(_ line: String) -> Bool {
        // The last character first: most lines end a sentence. Characters are counted only as
        // far as the limit: a paragraph has thousands.
        guard let last = line.last, !sentenceEnd.contains(last),
              (3...80).contains(line.prefix(81).count), line.split(separator: " ").count <= 12,
              let first = line.first, first.isUppercase || first.isNumber,
              line.contains(where: \.isLetter)
        else { return false }
        // "Anna Beispiel (SPD) und": a line that ends in a joining word runs on into the next.
        return !continuingWords.contains { line.hasSuffix(" " + $0) }
    }

    private static let continuingWords = ["und", "sowie", "oder", "mit", "von", "der", "die", "das"]

    private static let sentenceEnd: Set<Character> = [
        ".", ",", ";", ":", "!", "?", "…", "\"", "“", "”", "„", "»", "«", "'", "‘", "’", ")", "-", "–",
    ]
}
