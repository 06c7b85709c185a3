// podium-bench: generates a corpus and measures search latency over an archive.
//   podium-bench generate COUNT SEED OUTPUT.jsonl
//   podium-bench search DB [--json] [--only LABEL]
import Foundation
import PodiumArchive
import PodiumQuery
import PodiumExtraction
import PodiumReaders
import PodiumText

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "generate" where arguments.count == 4 || (arguments.count == 6 && arguments[4] == "--real"):
    // OUT.jsonl: one JSON Lines file. Any other OUT: a folder with every import format.
    var generator = CorpusGenerator(seed: UInt64(arguments[2]) ?? 1)
    let real = arguments.count == 6 ? RealArticles(path: arguments[5]) : RealArticles(path: "")
    let summary = try CorpusWriter(output: arguments[3]).write(count: Int(arguments[1]) ?? 1_000, generator: &generator, real: real)
    print(CorpusFormat.json(summary))
case "search" where arguments.count >= 2:
    // podium-bench search DB [--json]: latency per query class, top 20 with snippets, the
    // filters' names resolved in each run; the first run of each query is on a fresh
    // connection (cold), then 39 warm runs; the percentiles are over all 40.
    let archive = try Archive.open(path: arguments[1], mode: .readOnly)
    let substrings = try archive.substringIndexEnabled()
    var queries: [(String, String, FilterRequest, Bool)] = [
        ("rare_term", "Glasfasernetz", FilterRequest(), false),
        ("mid_frequency_term", "Hochwasserschutz", FilterRequest(), false),
        ("common_term", "Stadt", FilterRequest(), false),
        ("term_in_most_paragraphs", "die", FilterRequest(), false),
        ("phrase", "\"Der Verkehr muss fließen\"", FilterRequest(), false),
        ("prefix", "Digital*", FilterRequest(), false),
        ("stemmed_form", "Schulen", FilterRequest(), false),
        ("common_with_municipality", "Stadt", FilterRequest(municipalities: ["Mainz"]), false),
        ("common_with_years", "Stadt", FilterRequest(from: "2010", to: "2015"), false),
        ("term_with_candidate", "Schulen", FilterRequest(candidate: "Claudia Pfeiffer"), false),
    ]
    if substrings { queries.append(("substring", "platz", FilterRequest(), true)) }
    // --only LABEL: one query class, for profiling it.
    if let only = arguments.firstIndex(of: "--only").map({ arguments.index(after: $0) }), only < arguments.count {
        queries = queries.filter { $0.0 == arguments[only] }
    }
    var figures: [String: [String: Double]] = [:]
    for (label, query, request, substring) in queries {
        // As `podium search` does it: the names of the filters resolved, then the search.
        func run(_ archive: Archive) throws -> Double {
            let start = Date()
            _ = try archive.search(query, filters: archive.filters(for: request), limit: 20, substrings: substring)
            return Date().timeIntervalSince(start) * 1000
        }
        let first = try run(Archive.open(path: arguments[1], mode: .readOnly))
        var times: [Double] = [first]
        for _ in 0..<39 { times.append(try run(archive)) }
        let sorted = times.sorted()
        let p95 = sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.95).rounded(.up)) - 1)]
        figures[label] = ["cold_ms": first, "p50_ms": sorted[sorted.count / 2], "p95_ms": p95, "max_ms": sorted.last!]
        if !arguments.contains("--json") {
            print(String(format: "%-26@ cold %7.1f ms  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms", label as NSString,
                         first, sorted[sorted.count / 2], p95, sorted.last!))
        }
    }
    if arguments.contains("--json") {
        let data = try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
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
case "extract" where arguments.count == 2:
    // What extraction finds in each article of one file: kind, people, quotes with speakers.
    for source in ArticleFileReader().read(path: arguments[1]).articles {
        guard let prepared = try? PreparedArticle(source, extractor: ArticleExtractor()) else { continue }
        let extraction = prepared.extraction
        print("kind: \(extraction.kind.rawValue)")
        for candidate in extraction.candidates {
            print("candidate: \(candidate.name.fullName) (\(candidate.partySpelling ?? "-"))")
        }
        for other in extraction.others { print("\(other.role.rawValue): \(other.name.fullName) [\(other.description ?? "")]") }
        for quote in extraction.quotes {
            let speaker = quote.candidate.map { extraction.candidates[$0].name.fullName }
                ?? quote.other.map { extraction.others[$0].name.fullName } ?? "-"
            print("quote: \(speaker) [\(quote.attribution.rawValue)] \(quote.text.prefix(50))")
        }
    }
default:
    FileHandle.standardError.write(Data("usage: podium-bench generate COUNT SEED OUT.jsonl|FOLDER [--real 10kGNAD.csv] | podium-bench search DB [--json] | podium-bench stages FILE | podium-bench extract FILE\n".utf8))
    exit(64)
}
