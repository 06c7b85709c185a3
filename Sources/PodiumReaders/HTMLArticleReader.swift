import Foundation
import PodiumModel
import PodiumText

/// Reads a saved news page: the article body without the page around it, and what the page
/// says of the article in its head.
///
/// - Body: the `<article>` with the most text, else `<main>` or `[role=main]`, else `<body>`;
///   without navigation, headers, footers, asides, scripts, styles, forms, figures, cookie
///   banners, related links, sharing and comments (by element and by class or id).
/// - Title: `og:title`, else the first `<h1>`, else `<title>` without the site's suffix.
/// - Author, date, address, outlet: meta tags (`author`, `article:published_time`,
///   `og:url`, `og:site_name`), JSON-LD (`author.name`, `datePublished`), `<time datetime>`,
///   `<link rel=canonical>`.
///
/// The body is written out as Markdown (headings as `##`, paragraphs and list items between
/// blank lines), which ``ArticleLayout`` then reads like any Markdown file.
enum HTMLArticleReader {
    package static func read(_ html: String, path: String, encoding: String) throws -> SourceArticle {
        guard let document = HTMLDocument(utf8: html), let root = document.root else {
            throw PodiumError.invalidInput(path: path, reason: "not an HTML page")
        }
        guard document.depth <= HTMLDocument.maxDepth else {
            throw PodiumError.invalidInput(path: path, reason: "HTML nested deeper than \(HTMLDocument.maxDepth) elements")
        }
        var metadata = ArticleMetadata()
        let meta = metaTags(root)
        let jsonLD = jsonLinkedData(root)
        metadata.title = clean(meta["og:title"]) ?? firstText(root, "h1") ?? siteTitle(root, siteName: meta["og:site_name"])
        metadata.author = clean(meta["author"]) ?? clean(meta["article:author"]).flatMap { $0.hasPrefix("http") ? nil : $0 }
            ?? jsonLD.author
        metadata.outlet = clean(meta["og:site_name"]) ?? jsonLD.publisher
        metadata.url = canonicalURL(root) ?? clean(meta["og:url"])
        let published = [meta["article:published_time"], meta["date"], meta["dc.date"], meta["pubdate"], jsonLD.datePublished, timeElement(root)]
        metadata.publishedDate = published.compactMap { $0.flatMap { CalendarDate(parsing: String($0.prefix(10))) } }.first

        let body = articleBody(root)
        removeBoilerplate(body)
        var lines: [String] = []
        writeMarkdown(body, title: metadata.title, into: &lines)
        let text = lines.joined(separator: "\n\n")
        guard text.contains(where: \.isLetter) else {
            throw PodiumError.invalidInput(path: path, reason: "no article text found in the HTML page")
        }
        return SourceArticle(path: path, record: nil, format: .html, encoding: encoding, metadata: metadata, body: text, warnings: [])
    }

    private static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let normalized = TextNormalizer.normalize(text).replacingOccurrences(of: "\n", with: " ")
        return normalized.isEmpty ? nil : normalized
    }

    private static func metaTags(_ root: HTMLDocument.Node) -> [String: String] {
        var tags: [String: String] = [:]
        for node in HTMLDocument.elements(in: root, where: { HTMLDocument.name($0) == "meta" }) {
            let key = (HTMLDocument.attribute("property", of: node) ?? HTMLDocument.attribute("name", of: node)
                ?? HTMLDocument.attribute("itemprop", of: node))?.lowercased()
            if let key, let content = HTMLDocument.attribute("content", of: node), tags[key] == nil {
                tags[key == "datepublished" ? "article:published_time" : key] = content
            }
        }
        return tags
    }

    private struct LinkedData {
        var author: String?
        var datePublished: String?
        var publisher: String?
    }

    /// The article facts of `<script type="application/ld+json">`, wherever they are nested.
    private static func jsonLinkedData(_ root: HTMLDocument.Node) -> LinkedData {
        var data = LinkedData()
        let scripts = HTMLDocument.elements(in: root) {
            HTMLDocument.name($0) == "script" && HTMLDocument.attribute("type", of: $0)?.lowercased() == "application/ld+json"
        }
        func name(_ value: Any?) -> String? {
            if let text = value as? String { return text }
            if let object = value as? [String: Any] { return object["name"] as? String }
            if let array = value as? [Any] { return array.compactMap(name).first }
            return nil
        }
        func visit(_ value: Any) {
            if let object = value as? [String: Any] {
                data.datePublished = data.datePublished ?? object["datePublished"] as? String
                data.author = data.author ?? name(object["author"])
                data.publisher = data.publisher ?? name(object["publisher"])
                object.values.forEach(visit)
            } else if let array = value as? [Any] {
                array.forEach(visit)
            }
        }
        for script in scripts {
            if let json = try? JSONSerialization.jsonObject(with: Data(HTMLDocument.text(script).utf8)) { visit(json) }
        }
        return data
    }

    private static func firstText(_ root: HTMLDocument.Node, _ element: String) -> String? {
        HTMLDocument.elements(in: root, where: { HTMLDocument.name($0) == element }).lazy
            .compactMap { clean(HTMLDocument.text($0)) }.first
    }

    /// `<title>` without " | Site" or " - Site".
    private static func siteTitle(_ root: HTMLDocument.Node, siteName: String?) -> String? {
        guard let title = firstText(root, "title") else { return nil }
        for separator in [" | ", " – ", " — ", " - ", " :: "] {
            if let range = title.range(of: separator, options: .backwards) {
                return String(title[..<range.lowerBound])
            }
        }
        return title
    }

    private static func canonicalURL(_ root: HTMLDocument.Node) -> String? {
        HTMLDocument.elements(in: root) {
            HTMLDocument.name($0) == "link" && HTMLDocument.attribute("rel", of: $0)?.lowercased() == "canonical"
        }.first.flatMap { HTMLDocument.attribute("href", of: $0) }
    }

    private static func timeElement(_ root: HTMLDocument.Node) -> String? {
        HTMLDocument.elements(in: root, where: { HTMLDocument.name($0) == "time" }).lazy
            .compactMap { HTMLDocument.attribute("datetime", of: $0) }.first
    }

    /// The element that holds the article.
    private static func articleBody(_ root: HTMLDocument.Node) -> HTMLDocument.Node {
        let articles = HTMLDocument.elements(in: root, where: { HTMLDocument.name($0) == "article" })
        if let longest = articles.max(by: { HTMLDocument.text($0).count < HTMLDocument.text($1).count }) { return longest }
        if let main = HTMLDocument.elements(in: root, where: {
            HTMLDocument.name($0) == "main" || HTMLDocument.attribute("role", of: $0) == "main"
        }).first {
            return main
        }
        return HTMLDocument.elements(in: root, where: { HTMLDocument.name($0) == "body" }).first ?? root
    }

    private static let boilerplateElements: Set<String> = [
        "nav", "header", "footer", "aside", "script", "style", "noscript", "form", "iframe", "button",
        "figure", "svg", "template", "select", "input", "menu",
    ]
    private static let boilerplateMarkers = [
        "cookie", "consent", "banner", "related", "comment", "share", "social", "newsletter", "advert",
        "ad-", "ads", "promo", "teaser", "breadcrumb", "navigation", "subscribe", "paywall", "footer",
        "sidebar", "recommend", "weitere", "lesen-sie-auch", "author-box", "byline", "meta",
    ]

    private static func removeBoilerplate(_ body: HTMLDocument.Node) {
        // The body itself stays, whatever its class says (found by fuzzing: an <article>
        // whose class named a cookie banner was freed, then read).
        let doomed = HTMLDocument.elements(in: body) { node in
            if node == body { return false }
            if boilerplateElements.contains(HTMLDocument.name(node)) { return true }
            let marks = ((HTMLDocument.attribute("class", of: node) ?? "") + " " + (HTMLDocument.attribute("id", of: node) ?? "")).lowercased()
            return boilerplateMarkers.contains { marker in
                marks.split(whereSeparator: { $0 == " " || $0 == "_" }).contains { $0 == marker || $0.hasPrefix(marker) }
            }
        }
        // Remove outermost first; a node inside a removed one is freed with it.
        var removed: [HTMLDocument.Node] = []
        for node in doomed where !removed.contains(where: { isAncestor($0, of: node) }) {
            removed.append(node)
        }
        removed.forEach(HTMLDocument.remove)
    }

    private static func isAncestor(_ ancestor: HTMLDocument.Node, of node: HTMLDocument.Node) -> Bool {
        var parent = node.pointee.parent
        while let current = parent {
            if current == ancestor { return true }
            parent = current.pointee.parent
        }
        return false
    }

    private static let blocks: Set<String> = ["p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "pre"]

    /// Writes block elements as Markdown blocks; text outside blocks becomes paragraphs too.
    private static func writeMarkdown(_ node: HTMLDocument.Node, title: String?, into lines: inout [String]) {
        for child in HTMLDocument.children(node) {
            if HTMLDocument.isText(child) {
                if let text = clean(HTMLDocument.text(child)) { lines.append(text) }
                continue
            }
            guard HTMLDocument.isElement(child) else { continue }
            let name = HTMLDocument.name(child)
            guard blocks.contains(name) else {
                writeMarkdown(child, title: title, into: &lines)
                continue
            }
            guard let text = clean(HTMLDocument.text(child)) else { continue }
            switch name {
            case "h1" where text == title:
                continue
            case "h1", "h2", "h3", "h4", "h5", "h6":
                lines.append("## " + text)
            default:
                lines.append(text)
                // A paragraph that is only a link ("Zum Livestream") keeps its address.
                let anchors = HTMLDocument.elements(in: child, where: { HTMLDocument.name($0) == "a" })
                if anchors.count == 1, let href = HTMLDocument.attribute("href", of: anchors[0]),
                   href.hasPrefix("http"), clean(HTMLDocument.text(anchors[0])) == text {
                    lines[lines.count - 1] = text + "\n" + href
                }
            }
        }
    }
}
