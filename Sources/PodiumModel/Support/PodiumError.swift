/// An error podium reports to its user: what went wrong, and with which file.
///
/// Every case renders as one line, `FILE: reason` where a file is concerned, so that the
/// command line can print `error: ` followed by ``description``. For example:
///
/// ```swift
/// throw PodiumError.invalidInput(path: "a.json", reason: "truncated JSON")
/// // error: a.json: truncated JSON
/// ```
public enum PodiumError: Error, Equatable, CustomStringConvertible, Sendable {
    /// An input file that cannot be imported; `record` names the line or array element.
    case invalidInput(path: String, record: Int? = nil, reason: String)
    /// The archive file cannot be used (missing, not SQLite, newer schema, read-only).
    case archive(path: String, reason: String)
    /// A value the user gave on the command line or in a filter.
    case invalidArgument(String)
    /// A file podium writes (a report, an export) cannot be written.
    case output(path: String, reason: String)

    public var description: String {
        switch self {
        case let .invalidInput(path, record?, reason): "\(path): record \(record): \(reason)"
        case let .invalidInput(path, nil, reason): "\(path): \(reason)"
        case let .archive(path, reason): "\(path): \(reason)"
        case let .invalidArgument(reason): reason
        case let .output(path, reason): "\(path): \(reason)"
        }
    }

    /// The same error, placed at a record (a line of a JSON Lines file) when it names none.
    package func inRecord(_ record: Int) -> PodiumError {
        if case let .invalidInput(path, nil, reason) = self { return .invalidInput(path: path, record: record, reason: reason) }
        return self
    }
}
