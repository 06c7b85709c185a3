// swift-tools-version:6.1
import PackageDescription

// `make fuzz` sets PODIUM_FUZZ: the library and the harness are then built for libFuzzer with
// AddressSanitizer. Only the harness links libFuzzer, so the plugin's tool still builds.
let fuzzing = Context.environment["PODIUM_FUZZ"] != nil
let fuzzFlags: [String] = ["-sanitize=fuzzer,address"]

let package = Package(
    name: "podium",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Podium", targets: ["PodiumImport", "PodiumQuery", "PodiumRendering"]),
        .executable(name: "podium", targets: ["podium"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Turns migrations/*.sql and data/*.csv into Swift source, so that the installed binary
        // needs no resource bundle beside it (Bundle.module is not found once the binary is copied).
        .executableTarget(name: "ResourceEmbedder"),
        .plugin(
            name: "EmbedResources",
            capability: .buildTool(),
            dependencies: ["ResourceEmbedder"]),
        // libxml2's HTML parser, for saved news pages (Debian: libxml2-dev).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        // sqlite3_db_config, which is variadic, for the one setting import needs (no triggers
        // while it indexes its own paragraphs).
        .target(
            name: "CSQLiteConfig",
            linkerSettings: [.linkedLibrary("sqlite3")]),
        // Normalising, tokenising and stemming German text, and the byte-level string helpers
        // every later stage uses; depends on nothing.
        .target(
            name: "PodiumText",
            swiftSettings: fuzzing ? [.unsafeFlags(fuzzFlags)] : []),
        // What every stage speaks of: calendar dates, errors, the gazetteer, and the built-in
        // tables and migrations, embedded at build time.
        .target(
            name: "PodiumModel",
            dependencies: ["PodiumText"],
            swiftSettings: fuzzing ? [.unsafeFlags(fuzzFlags)] : [],
            plugins: ["EmbedResources"]),
        // What an article says: its kind, place, dates, election, people, parties, quotes,
        // organisers and topics. Pure: values in, values out, no database.
        .target(
            name: "PodiumExtraction",
            dependencies: ["PodiumModel", "PodiumText"],
            swiftSettings: fuzzing ? [.unsafeFlags(fuzzFlags)] : []),
        // From a file to a source article: encodings, text, Markdown with front matter, JSON,
        // JSON Lines, saved HTML pages; the article's layout (headings, paragraphs, links).
        .target(
            name: "PodiumReaders",
            dependencies: [
                "PodiumModel",
                "PodiumText",
                "CLibXML2",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: fuzzing ? [.unsafeFlags(fuzzFlags)] : []),
        // The archive: its schema and migrations, storing prepared articles with what they say,
        // the search index and its checks, reextracting, the catalogues of parties and topics.
        .target(
            name: "PodiumArchive",
            dependencies: [
                "PodiumExtraction",
                "PodiumReaders",
                "PodiumModel",
                "PodiumText",
                "CSQLiteConfig",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: fuzzing ? [.unsafeFlags(fuzzFlags)] : []),
        // From files to the archive: reading and preparing articles ahead of the one writer.
        .target(
            name: "PodiumImport",
            dependencies: ["PodiumArchive", "PodiumExtraction", "PodiumReaders", "PodiumModel"],
            swiftSettings: fuzzing ? [.unsafeFlags(fuzzFlags)] : []),
        // From the archive to answers: the query language and search, the listings with their
        // filters, and the models of the reports. Reads the archive, never writes it.
        .target(
            name: "PodiumQuery",
            dependencies: [
                "PodiumArchive",
                "PodiumExtraction",
                "PodiumModel",
                "PodiumText",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: fuzzing ? [.unsafeFlags(fuzzFlags)] : []),
        // From answers to what people read: tables, JSON, NDJSON and CSV, Markdown and HTML
        // reports with their SVG charts, and output files. Runs no SQL.
        .target(
            name: "PodiumRendering",
            dependencies: ["PodiumQuery", "PodiumModel"],
            swiftSettings: fuzzing ? [.unsafeFlags(fuzzFlags)] : []),
        .executableTarget(
            name: "podium",
            dependencies: [
                "PodiumImport",
                "PodiumQuery",
                "PodiumRendering",
                "PodiumArchive",
                "PodiumReaders",
                "PodiumModel",
                "PodiumText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Corpus generator and latency measurements for `make bench`.
        .executableTarget(
            name: "PodiumBench",
            dependencies: ["PodiumQuery", "PodiumArchive", "PodiumExtraction", "PodiumReaders", "PodiumModel", "PodiumText"]),
        // libFuzzer harnesses for the readers and the query language (`make fuzz`); without the
        // fuzzer it replays the inputs given, as the regression tests do.
        .executableTarget(
            name: "PodiumFuzz",
            dependencies: ["PodiumImport", "PodiumQuery", "PodiumArchive", "PodiumReaders"],
            swiftSettings: fuzzing ? [.unsafeFlags(fuzzFlags)] : [],
            linkerSettings: fuzzing ? [.unsafeFlags(fuzzFlags + ["-Xlinker", "--export-dynamic"])] : []),
        // The repository's folder and scratch folders removed when the tests end, for the test targets.
        .target(
            name: "PodiumTestSupport",
            path: "Tests/PodiumTestSupport"),
        .testTarget(
            name: "PodiumTextTests",
            dependencies: ["PodiumText"],
            // The Snowball vocabulary, read through #filePath.
            exclude: ["Fixtures"]),
        .testTarget(
            name: "PodiumModelTests",
            dependencies: ["PodiumModel"]),
        .testTarget(
            name: "PodiumLibraryTests",
            // libxml2 directly, to parse every HTML report as strict XML.
            dependencies: ["PodiumImport", "PodiumQuery", "PodiumRendering", "PodiumTestSupport", "CLibXML2"]),
        .testTarget(
            name: "PodiumCLITests",
            // Depending on the executables makes `swift test` build them; the tests run the
            // binaries (PodiumBench generates corpora for the crash and concurrency tests;
            // PodiumFuzz replays the fuzzing regressions).
            dependencies: ["podium", "PodiumBench", "PodiumFuzz", "PodiumTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
