extension EmbeddedResources {
    /// The text of `data/NAME` as embedded at build time; empty if the build had no such file.
    package static func dataTable(named name: String) -> String {
        dataTables.first { $0.name == name }?.text ?? ""
    }

    /// The text of `templates/NAME` as embedded at build time; empty if the build had no such file.
    package static func template(named name: String) -> String {
        templates.first { $0.name == name }?.text ?? ""
    }
}
