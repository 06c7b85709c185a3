// podium-bench: generates a corpus and measures search latency over an archive.
//   podium-bench generate COUNT SEED OUTPUT.jsonl
//   podium-bench search DB
import Foundation
import PodiumCore

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "generate" where arguments.count == 4:
    var generator = CorpusGenerator(seed: UInt64(arguments[2]) ?? 1)
    let count = Int(arguments[1]) ?? 1_000
    guard FileManager.default.createFile(atPath: arguments[3], contents: nil),
          let handle = FileHandle(forWritingAtPath: arguments[3]) else {
        FileHandle.standardError.write(Data("error: \(arguments[3]): cannot write the corpus\n".utf8))
        exit(1)
    }
    var buffer = ""
    for number in 1...count {
        buffer += generator.article(number: number) + "\n"
        if buffer.utf8.count > 1 << 20 {
            handle.write(Data(buffer.utf8))
            buffer = ""
        }
    }
    handle.write(Data(buffer.utf8))
    try handle.close()
case "search" where arguments.count == 2:
    let archive = try Archive.open(path: arguments[1], mode: .readOnly)
    let queries: [(String, String, FilterRequest)] = [
        ("rare term", "Glasfasernetz", FilterRequest()),
        ("mid-frequency term", "Hochwasserschutz", FilterRequest()),
        ("common term", "Stadt", FilterRequest()),
        ("very common term", "die", FilterRequest()),
        ("phrase", "\"Der Verkehr muss fließen\"", FilterRequest()),
        ("prefix", "Digital*", FilterRequest()),
        ("stemmed form", "Schulen", FilterRequest()),
        ("common + municipality", "Stadt", FilterRequest(municipalities: ["Mainz"])),
        ("common + years", "Stadt", FilterRequest(from: "2010", to: "2015")),
        ("term + candidate", "Schulen", FilterRequest(candidate: "Pfeiffer")),
    ]
    for (label, query, request) in queries {
        let filters = try archive.filters(for: request)
        var times: [Double] = []
        for _ in 0..<7 {
            let start = Date()
            _ = try archive.search(query, filters: filters, limit: 20)
            times.append(Date().timeIntervalSince(start) * 1000)
        }
        let sorted = times.sorted()
        print(String(format: "%-24@ first %7.1f ms  p50 %7.1f ms  max %7.1f ms", label as NSString, times[0], sorted[sorted.count / 2], sorted.last!))
    }
case "stages" where arguments.count == 2:
    // Where import time goes, stage by stage, over the articles of one file.
    var times: [String: Double] = [:]
    func timed<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let start = Date()
        defer { times[stage, default: 0] += Date().timeIntervalSince(start) }
        return try body()
    }
    let articles = timed("read") { ArticleFileReader().read(path: arguments[1]).articles }
    let extractor = ArticleExtractor()
    let detector = MunicipalityDetector()
    for source in articles {
        let text = timed("normalize") { TextNormalizer.normalize(source.body) }
        let body = timed("prepare (layout)") { try? PreparedArticle(source, extractor: ArticleExtractor(parties: PartyCatalog(parties: []), topics: TopicTaxonomy(terms: []))) }!.body
        _ = timed("stems") { body.paragraphs.map(TextAnalyzer.stemsColumn(for:)) }
        _ = timed("hash") { SHA256.hexDigest(of: Array(text.utf8)) }
        _ = timed("detect municipality") { detector.detect(in: text) }
        let paragraphs = body.paragraphs
        _ = timed("extract: topics") { paragraphs.map(TopicTaxonomy.builtIn.topics(of:)) }
        _ = timed("extract: all") { extractor.extract(body, metadata: source.metadata) }
    }
    for (stage, seconds) in times.sorted(by: { $0.value > $1.value }) {
        print(String(format: "%-24@ %8.1f ms  %6.2f ms/article", stage as NSString, seconds * 1000, seconds * 1000 / Double(max(articles.count, 1))))
    }
default:
    FileHandle.standardError.write(Data("usage: podium-bench generate COUNT SEED OUT.jsonl | podium-bench search DB\n".utf8))
    exit(64)
}
