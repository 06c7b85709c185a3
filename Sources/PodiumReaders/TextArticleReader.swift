/// Reads a `.txt` or `.md` file: optional YAML front matter, then the article body.
///
/// The seed article, plain text with no metadata at all, reads as one article whose body is the
/// whole file.
enum TextArticleReader {
    package static func read(_ text: String, path: String, format: SourceFormat, encoding: String) throws -> SourceArticle {
        let (fields, body) = try FrontMatter.split(text, path: path)
        let (metadata, warnings) = try MetadataParser(path: path, record: nil).parse(fields ?? [])
        return SourceArticle(
            path: path, record: nil, format: format, encoding: encoding,
            metadata: metadata, body: body, warnings: warnings)
    }
}
