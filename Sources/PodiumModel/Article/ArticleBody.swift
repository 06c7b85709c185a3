/// An article's text as podium stores it: sections under headings, paragraphs, and the links
/// that stood on lines of their own.
public struct ArticleBody: Equatable, Sendable {
    public struct Section: Equatable, Sendable {
        /// nil for the part before the first heading.
        public var heading: String?
        public var paragraphs: [String]

        package init(heading: String?, paragraphs: [String]) {
            self.heading = heading
            self.paragraphs = paragraphs
        }
    }

    public struct Link: Equatable, Sendable {
        public var url: String
        public var kind: LinkKind
        /// The words that introduced the link, such as "im Netz gesehen".
        public var label: String?

        package init(url: String, kind: LinkKind, label: String?) {
            self.url = url
            self.kind = kind
            self.label = label
        }
    }

    public var sections: [Section]
    public var links: [Link]

    package init(sections: [Section], links: [Link]) {
        self.sections = sections
        self.links = links
    }

    public var paragraphs: [String] { sections.flatMap(\.paragraphs) }
}

/// What a link points to.
public enum LinkKind: String, Sendable {
    /// A recording or live stream of the forum.
    case video
    /// A page the article is based on or points to.
    case source
    /// The article's own address, from its metadata or page.
    case canonical

    /// The kind of a URL found in an article's text.
    package static func classify(_ url: String) -> LinkKind {
        let lowered = url.lowercased()
        let videoMarkers = [
            "youtube.com", "youtu.be", "vimeo.com", "twitch.tv", "/stream", "livestream",
            "mediathek", "/video",
        ]
        return videoMarkers.contains(where: lowered.contains) ? .video : .source
    }
}
