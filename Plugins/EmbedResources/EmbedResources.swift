import Foundation
import PackagePlugin

/// Embeds the schema migrations and the built-in data tables into the library as Swift source.
///
/// The package's `migrations/*.sql` stay the single source of truth of the schema; this plugin
/// only copies them, `data/*.csv` and `templates/*.css`, into a generated `EmbeddedResources.swift` at build time.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let inputs = try files(in: root.appending(path: "migrations"), withExtension: "sql")
            + files(in: root.appending(path: "data"), withExtension: "csv")
            + files(in: root.appending(path: "templates"), withExtension: "css")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) resource files",
                executable: try context.tool(named: "ResourceEmbedder").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }

    private func files(in directory: URL, withExtension ext: String) throws -> [URL] {
        try FileManager.default
            .contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == ext }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
