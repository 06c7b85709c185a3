extension EmbeddedResources {
    /// The text of `data/NAME` as embedded at build time; empty if the build had no such file.
    static func dataTable(named name: String) -> String {
        dataTables.first { $0.name == name }?.text ?? ""
    }
}
