import PodiumModel
@testable import PodiumReaders
import PodiumText
import Testing

@Suite struct ArticleLayoutTests {
    func layout(_ relative: String, format: SourceFormat = .txt) throws -> ArticleBody {
        ArticleLayout.parse(TextNormalizer.normalize(try Fixtures.text(relative)), format: format)
    }

    @Test func seedHasTenParagraphsUnderThreeHeadings() throws {
        let body = try layout("seed/kaiserslautern-2023.txt")
        #expect(body.paragraphs.count == 10)
        #expect(body.sections.map(\.heading) == [
            nil,
            "Die Digitalisierung ist eine große Chance",
            "Die Hauptarbeit muss erledigt werden",
            "In Kitas und Schulen besteht großer Handlungsbedarf",
        ])
        #expect(body.sections.map(\.paragraphs.count) == [2, 2, 3, 3])
        #expect(body.paragraphs.first?.hasPrefix("Bürgerinnen und Bürger konnten") == true)
        #expect(body.paragraphs.last?.hasSuffix("über das Notwendige hinaus geplant.") == true)
    }

    @Test func seedStreamLinkIsALinkAndNotAParagraph() throws {
        let body = try layout("seed/kaiserslautern-2023.txt")
        #expect(body.links == [.init(
            url: "https://www.youtube.com/@herzlichdigital/streams", kind: .video, label: "im Netz gesehen")])
        #expect(!body.paragraphs.contains { $0.contains("im Netz gesehen") || $0.contains("youtube") })
    }

    @Test func hardWrappedTextJoinsLinesIntoParagraphs() {
        let text = """
            Zehn Tage vor der Stichwahl stellten sich die beiden Bewerber den Fragen
            des Publikums in der Europahalle.

            Die Kita-
            Plätze fehlen, sagte sie.
            """
        let body = ArticleLayout.parse(text, format: .txt)
        #expect(body.paragraphs == [
            "Zehn Tage vor der Stichwahl stellten sich die beiden Bewerber den Fragen des Publikums in der Europahalle.",
            "Die Kita-Plätze fehlen, sagte sie.",
        ])
    }

    @Test func markdownHeadingsListsAndLinksAreRecognised() {
        let text = """
            # Titel des Berichts

            Erster Absatz mit
            zwei Zeilen.

            ## Verkehr

            - Punkt eins
            - Punkt zwei

            Video:
            https://vimeo.com/123
            """
        let body = ArticleLayout.parse(text, format: .md)
        #expect(body.sections.map(\.heading) == ["Titel des Berichts", "Verkehr"])
        #expect(body.paragraphs == ["Erster Absatz mit zwei Zeilen.", "Punkt eins", "Punkt zwei"])
        #expect(body.links == [.init(url: "https://vimeo.com/123", kind: .video, label: "Video:")])
    }

    @Test(arguments: [
        ("Die Digitalisierung ist eine große Chance", true),
        ("Haushalt und Schulden", true),
        ("Er sagte, es sei gut.", false),
        ("„Wir müssen mehr tun“", false),
        ("im Netz gesehen", false),
        ("Wie geht es weiter?", false),
        // A line of a list that runs on into the next line.
        ("Ilka Dorn (SPD) und", false),
    ])
    func headingLikeLinesAreShortAndNotSentences(line: String, expected: Bool) {
        #expect(ArticleLayout.isHeadingLike(line) == expected)
    }

    @Test(arguments: [
        ("https://youtu.be/abc", "https://youtu.be/abc"),
        ("<https://www.swr.de/forum>", "https://www.swr.de/forum"),
        ("[Der Stream](https://vimeo.com/123)", "https://vimeo.com/123"),
        ("www.rheinpfalz.de/podium", "https://www.rheinpfalz.de/podium"),
        ("HTTPS://EXAMPLE.ORG/X", "HTTPS://EXAMPLE.ORG/X"),
        ("Mehr unter https://youtu.be/abc", nil),
        ("https://youtu.be/abc\u{00A0}Video", nil),
        ("https://", nil),
        ("Zwischentitel", nil),
    ] as [(String, String?)])
    func aLineIsALinkWhenItIsNothingButAURL(line: String, expected: String?) {
        #expect(ArticleLayout.linkURL(line) == expected)
    }

    @Test func aClosingLineThatLooksLikeAHeadingStaysAParagraph() {
        let body = ArticleLayout.parse("Ein Absatz.\nDanke für die Aufmerksamkeit", format: .txt)
        #expect(body.paragraphs == ["Ein Absatz.", "Danke für die Aufmerksamkeit"])
    }
}
