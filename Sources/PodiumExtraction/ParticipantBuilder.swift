/// The role a person has in a forum.
public enum ParticipantRole: String, CaseIterable, Sendable {
    case candidate, moderator, organiser, expert, audience, other
}

/// A person of one article, before they are split into candidates and the others.
struct ArticlePerson: Equatable, Sendable {
    package var name: PersonName
    package var role: ParticipantRole
    package var partySpelling: String?
    package var party: PartyCatalog.Party?
    /// How the article introduced them, when not as a candidate: "Moderatorin", "Landtagsabgeordnete".
    package var description: String?
    /// Every role word the article gave them, lower-cased: "amtsinhaberin", "spd-kandidatin".
    var roleWords: [String] = []
    package var aliases: [ArticleCandidate.Alias] = []

    package var candidate: ArticleCandidate {
        ArticleCandidate(name: name, partySpelling: partySpelling, party: party, aliases: aliases)
    }
}

/// Decides who is who in an article: merges the mentions of each person and weighs what the
/// words around them say.
///
/// In order: someone who leaves office without running (Noch-Bürgermeister, "Nachfolge von X")
/// or did not come ("musste sich entschuldigen") is no candidate; a person called a candidate
/// and given a party is one, whatever their job ("Sportmoderator"); a moderator, a member of
/// the audience, an expert, an organiser or a reporter is what they are called; a person called a candidate ("Kandidatin", "SPD-Mann",
/// "Herausforderer") is one; so is someone the text presents with the candidates ("Auf dem
/// Podium saßen …"), or with a party alone, in a forum report. An office-holder with a party
/// ("Landtagsabgeordnete X (SPD)") is not, unless presented with the candidates; the one
/// office-holder of a report that speaks of challengers runs again. Everyone else
/// is another person of the article. (Only forum reports are read for people.)
struct ParticipantBuilder {
    package let parties: PartyCatalog

    /// - Parameter challengersNamed: the article speaks of challengers ("Herausforderer"), so the
    ///   one office-holder it names runs again.
    package func people(
        _ named: [NamedPerson], descriptions: [Description], given: [ArticleCandidate],
        challengersNamed: Bool = false
    ) -> [ArticlePerson] {
        var groups: [Group] = given.map { Group(name: $0.name, given: $0) }
        var named = named
        attach(descriptions, to: &named)
        for mention in named {
            if let index = groups.firstIndex(where: { $0.matches(mention.name) }) {
                groups[index].add(mention)
            } else {
                var group = Group(name: mention.name)
                group.add(mention)
                groups.append(group)
            }
        }
        // A surname alone joins the one full name it belongs to.
        groups = merged(groups)
        // A list of names with one member who has a role off the panel elsewhere ("Redakteurin
        // A" … "A, B und C haben Stimmen eingefangen") is no list of candidates.
        let offPanelLists = Set(groups.filter { $0.mentions.contains { $0.cues.contains(where: \.excludesCandidacy) } }
            .flatMap { $0.mentions.compactMap(\.panelList) })
        var people = groups.map { person($0, offPanelLists: offPanelLists) }
        // "der amtierende Oberbürgermeister X (CDU) und seine Herausforderer": the incumbent runs.
        let incumbents = groups.indices.filter { index in
            let cues = groups[index].mentions.flatMap(\.cues)
            return people[index].role == .other && cues.contains(.incumbent) && !cues.contains(where: \.excludesCandidacy)
        }
        if challengersNamed, incumbents.count == 1 {
            people[incumbents[0]] = person(groups[incumbents[0]], runs: true, offPanelLists: offPanelLists)
        }
        // A report that presents no one as a candidate quotes its panel: those named in full,
        // with no role, after the verb of a quotation ("„…“, sagte Karla Beispiel"). Where the
        // panel is presented, such voices are the audience's.
        if !people.contains(where: { $0.role == .candidate }) {
            for index in groups.indices where people[index].role == .other && groups[index].speaksWithoutRole {
                people[index] = person(groups[index], runs: true, offPanelLists: offPanelLists)
            }
        }
        return people
    }

    private struct Group {
        var name: PersonName
        var given: ArticleCandidate?
        var mentions: [NamedPerson] = []

        /// The same family name, or one misspelt ("Kurzwitz" for "Kürwitz") with the same given
        /// name, and given names that agree.
        func matches(_ other: PersonName) -> Bool {
            let family = name.familyName.foldedForComparison
            let otherFamily = other.familyName.foldedForComparison
            if family == otherFamily { return PersonName.givenNamesAgree(name.givenName, other.givenName) }
            guard let given = name.givenName, let otherGiven = other.givenName, given == otherGiven,
                  family.count >= 5, otherFamily.count >= 5 else { return false }
            return editDistance(family, otherFamily) <= PersonResolver.maximumMisspelling
        }

        /// Named in full, with no role or description, as the speaker of a quotation.
        var speaksWithoutRole: Bool {
            name.givenName != nil && mentions.contains(where: \.speaksAfterQuotation)
                && mentions.allSatisfy { $0.cues.isEmpty && $0.description == nil }
        }

        mutating func add(_ mention: NamedPerson) {
            if name.givenName == nil, let given = mention.name.givenName { name.givenName = given }
            if name.title == nil { name.title = mention.name.title }
            mentions.append(mention)
        }
    }

    private func merged(_ groups: [Group]) -> [Group] {
        var result: [Group] = []
        for group in groups {
            if group.name.givenName == nil {
                let owners = result.indices.filter { result[$0].matches(group.name) }
                if owners.count == 1 {
                    result[owners[0]].mentions += group.mentions
                    continue
                }
            } else if let index = result.firstIndex(where: { $0.name.givenName == nil && $0.matches(group.name) }) {
                result[index].name = group.name
                result[index].mentions += group.mentions
                if result[index].given == nil { result[index].given = group.given }
                continue
            }
            result.append(group)
        }
        return result
    }

    /// "Die CDU-Kandidatin erhielt …": the cues go to the person named just before.
    private func attach(_ descriptions: [Description], to named: inout [NamedPerson]) {
        for description in descriptions {
            guard let index = named.lastIndex(where: {
                $0.paragraph < description.paragraph || ($0.paragraph == description.paragraph && $0.words.upperBound < description.word)
            }) else { continue }
            named[index].cues += description.cues
            named[index].roleWords += description.roleWords
            named[index].ownCues = true
            if named[index].partySpelling == nil { named[index].partySpelling = description.partySpelling }
        }
    }

    private func person(_ group: Group, runs: Bool = false, offPanelLists: Set<[Int]>) -> ArticlePerson {
        let cues = group.mentions.flatMap(\.cues)
        let framed = group.mentions.contains { $0.framed && !($0.panelList.map(offPanelLists.contains) ?? false) }
        let partySpelling = group.given?.partySpelling ?? group.mentions.lazy.compactMap(\.partySpelling).first
        let description = group.mentions.lazy.compactMap(\.description).first
        var role: ParticipantRole
        if group.given != nil {
            role = .candidate
        } else if cues.contains(.notRunning) {
            role = .other
        } else if cues.contains(.candidate), partySpelling != nil {
            // "Seine Konkurrenten A (parteilos) und B (Freie Wähler)" … "Sportmoderator B": a
            // candidate with a party keeps the candidacy whatever their job.
            role = .candidate
        } else if let excluding = cues.first(where: \.excludesCandidacy) {
            role = switch excluding {
            case .moderator: .moderator
            case .audience: .audience
            case .expert: .expert
            case .organiser: .organiser
            default: .other
            }
        } else if cues.contains(.candidate) || runs {
            role = .candidate
        } else if framed {
            role = .candidate
        } else if partySpelling != nil, !cues.contains(.office), !cues.contains(.incumbent) {
            role = .candidate
        } else if cues.isEmpty, description == nil, group.name.givenName != nil,
                  group.mentions.contains(where: { $0.arguesAsSubject || $0.asked }) {
            // In a forum report someone named in full, with no role, who argues as the subject
            // of a sentence ("Karla Beispiel verwies auf …") or is asked ("will von Karla
            // Beispiel wissen") stands on the panel.
            role = .candidate
        } else {
            role = .other
        }
        var person = ArticlePerson(
            name: group.name, role: role, description: role == .candidate ? nil : description,
            roleWords: group.mentions.flatMap(\.roleWords))
        if role == .candidate {
            person.partySpelling = partySpelling ?? group.mentions.lazy.compactMap(\.listSpelling).first
            person.party = group.given?.party ?? person.partySpelling.flatMap(parties.party(spelled:))
        }
        return person
    }
}
