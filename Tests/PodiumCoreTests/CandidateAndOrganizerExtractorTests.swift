import Testing
@testable import PodiumCore

/// Candidates and the other people of a forum report, as the extractor finds them in one paragraph.
@Suite struct CandidateExtractorTests {
    func names(_ text: String) -> [String] {
        let body = ArticleBody(sections: [.init(heading: nil, paragraphs: ["Beim Podium zur Bürgermeisterwahl sagte niemand etwas.", text])], links: [])
        let extraction = ArticleExtractor().extract(body, metadata: ArticleMetadata())
        return extraction.candidates.map {
            "\($0.name.title.map { $0 + " " } ?? "")\($0.name.fullName) (\($0.party?.shortName ?? $0.partySpelling ?? "-"))"
        }
    }

    @Test func listsWithCommasAndUnd() {
        #expect(names("Von Beate Kimmel (SPD), Anja Pfeiffer (CDU), Thomas Kürwitz (parteilos) und Tobias Wiesemann (Grüne) wollten sie wissen")
            == ["Beate Kimmel (SPD)", "Anja Pfeiffer (CDU)", "Thomas Kürwitz (parteilos)", "Tobias Wiesemann (Grüne)"])
    }

    @Test func titlesAndDoubleNames() {
        #expect(names("Es diskutierten Prof. Dr. Stefan Lorscheider (CDU) und Sabine Kaya-Brenner (Bündnis 90/Die Grünen).")
            == ["Prof. Dr. Stefan Lorscheider (CDU)", "Sabine Kaya-Brenner (Grüne)"])
    }

    @Test(arguments: [("(Freie Wähler)", "FW"), ("(FWG)", "FW"), ("(GRÜNE)", "Grüne"), ("(Die Linke)", "Linke"), ("(parteilos)", "parteilos")])
    func partySpellingsAreNormalised(spelling: String, short: String) {
        #expect(names("Auf dem Podium saß Klaus Meier \(spelling).") == ["Klaus Meier (\(short))"])
    }

    @Test func organisationsAndSingleWordsAreNotCandidates() {
        #expect(names("der Bundesverband mittelständische Unternehmen (BVMW) und die Industrie- und Handelskammer (IHK)").isEmpty)
        #expect(names("Die Alternative für Deutschland (AfD) lud ein.").isEmpty)
        #expect(names("Die Kandidatin (SPD) sprach.").isEmpty)
    }
}

@Suite struct OrganizerExtractorTests {
    func organizers(_ text: String) -> [String] {
        OrganizerExtractor.organizers(in: [text]).map { organizer in
            organizer.shortName.map { "\(organizer.name) [\($0)]" } ?? organizer.name
        }
    }

    @Test(arguments: [
        ("Das Podium wurde organisiert von der Volkshochschule Speyer.", ["Volkshochschule Speyer"]),
        ("Eingeladen hatten der Stadtjugendring und die Badische Zeitungsgruppe.", ["Stadtjugendring", "Badische Zeitungsgruppe"]),
        ("Veranstalter war der Mieterverein gemeinsam mit der Universität Trier.", ["Mieterverein", "Universität Trier"]),
        ("Auf Einladung des Stadtjugendrings beantworteten die Kandidaten Fragen.", ["Stadtjugendring"]),
        ("Die IHK Pfalz und der Handelsverband luden zur Diskussion ein.", ["IHK Pfalz", "Handelsverband"]),
        ("Es sprachen alle Kandidaten.", []),
        ("ORGANISIERT von der Industrie- und Handelskammer Koblenz sowie dem Mieterverein, der Volkshochschule und dem Stadtjugendring.",
         ["Industrie- und Handelskammer Koblenz", "Mieterverein", "Volkshochschule", "Stadtjugendring"]),
        ("Eingeladen hatte die Lokale Agenda zusammen mit dem Bundesverband mittelständische Unternehmen (BVMW).",
         ["Lokale Agenda", "Bundesverband"]),
    ])
    func phrasesThatNameOrganisers(text: String, expected: [String]) {
        #expect(organizers(text) == expected)
    }
}

/// Names given in the metadata are found in the text whatever their Unicode form.
@Suite struct MentionTests {
    @Test func aNameGivenDecomposedIsFoundInTheComposedText() {
        let metadata = ArticleMetadata(candidates: [CandidateEntry(name: "Ayşe O\u{308}zdemir", party: "SPD")])
        let text = TextNormalizer.normalize("Özdemir sprach über Kitas. „Wir brauchen mehr Plätze“, sagte Özdemir.")
        let extraction = ArticleExtractor().extract(ArticleLayout.parse(text, format: .txt), metadata: metadata)
        #expect(extraction.mentions.map(\.surface) == ["Özdemir", "Özdemir"])
        #expect(extraction.mentions.allSatisfy { $0.candidate == 0 })
    }
}
