import Foundation
import PodiumModel
import PodiumReaders

extension ArticleMetadata {
    /// The metadata as stored in `articles.metadata`: the snake_case keys of front matter and
    /// JSON, only those that are set. For example `{"municipality":"Mainz","forum_date":"2019-10-09"}`.
    public var json: String {
        var fields: [OutputField] = []
        func add(_ key: String, _ value: String?) {
            if let value { fields.append(OutputField(key, .string(value))) }
        }
        add("municipality", municipality)
        add("state", state)
        add("forum_date", forumDate?.description)
        add("election", election)
        add("election_date", electionDate?.description)
        add("title", title)
        add("outlet", outlet)
        add("url", url)
        add("author", author)
        add("published_date", publishedDate?.description)
        add("venue", venue)
        add("kind", kind?.rawValue)
        if let candidates {
            fields.append(OutputField("candidates", .list(candidates.map { candidate in
                .object([OutputField("name", .string(candidate.name)), OutputField("party", .optional(candidate.party))])
            })))
        }
        return OutputValue.object(fields).json
    }

    /// Reads what ``json`` wrote.
    public init(json: String, path: String) throws {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        guard case let .map(entries) = JSONArticleReader.value(object) else {
            throw PodiumError.invalidInput(path: path, reason: "stored metadata is not a JSON object")
        }
        self = try MetadataParser(path: path, record: nil).parse(entries).metadata
    }
}
