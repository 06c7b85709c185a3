import Foundation

/// Finds the date of a forum written in German in the text ("am 9. Juni 2024",
/// "19. Februar 2016"), for articles whose metadata has none.
///
/// Dates in a sentence about the vote ("Wahl", "Stichwahl", "gewählt") are taken for the
/// election, the others for the forum; a date is used only when it is the only one of its kind
/// and not after `latest` (the article's publication, or today).
enum DateExtractor {
    private static let months = [
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
        "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    ]
    private static let electionWords = ["wahl", "stichwahl", "gewählt", "wahltag", "urnengang"]

    static func dates(in paragraphs: [String], latest: CalendarDate) -> (forum: CalendarDate?, election: CalendarDate?) {
        var forum = Set<CalendarDate>()
        var election = Set<CalendarDate>()
        // Most paragraphs name no date: look closer only where a month is named.
        for paragraph in paragraphs where mayNameADate(paragraph) {
            for sentence in paragraph.split(separator: ".", omittingEmptySubsequences: false).joinedDates() {
                let words = sentence.fastLowercased().split(whereSeparator: { !$0.isLetter })
                let aboutElection = words.contains { word in electionWords.contains { word.hasSuffix($0) } }
                for date in datesIn(sentence) where date <= latest {
                    if aboutElection { election.insert(date) } else { forum.insert(date) }
                }
            }
        }
        return (forum.count == 1 ? forum.first : nil, election.count == 1 ? election.first : nil)
    }

    private static func mayNameADate(_ paragraph: String) -> Bool {
        // A date has a four-digit year: most paragraphs have none, and are not lower-cased.
        var digitsInARow = 0
        guard paragraph.utf8.contains(where: { byte in
            digitsInARow = byte >= 0x30 && byte <= 0x39 ? digitsInARow + 1 : 0
            return digitsInARow == 4
        }) else { return false }
        let lower = paragraph.fastLowercased()
        return months.keys.contains { lower.containsBytes($0) }
    }

    private static let datePattern = try? NSRegularExpression(pattern: #"(\d{1,2})\.\s*([A-Za-zäÄ]+)\s+(\d{4})"#)

    /// "9. Juni 2024" in a text.
    static func datesIn(_ text: String) -> [CalendarDate] {
        guard let regex = datePattern else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            guard let dayRange = Range(match.range(at: 1), in: text), let monthRange = Range(match.range(at: 2), in: text),
                  let yearRange = Range(match.range(at: 3), in: text),
                  let month = months[text[monthRange].lowercased()],
                  let day = Int(text[dayRange]), let year = Int(text[yearRange]) else { return nil }
            return CalendarDate(year: year, month: month, day: day)
        }
    }
}

private extension Array where Element == Substring {
    /// Sentences re-joined where a split fell inside a date ("9" + " Juni 2024").
    func joinedDates() -> [String] {
        var sentences: [String] = []
        for part in self {
            if let last = sentences.last, let lastCharacter = last.last, lastCharacter.isNumber,
               last.split(separator: " ").last.map({ $0.count <= 2 }) == true {
                sentences[sentences.count - 1] = last + "." + part
            } else {
                sentences.append(String(part))
            }
        }
        return sentences
    }
}
