import PodiumModel
import PodiumQuery

/// The JSON rendering: the report value itself, its properties as snake_case keys in the order
/// the model declares them, `null` for what is unknown, so that every key of the documented
/// shape (`docs/report-json.md`) is always present.
public enum ReportJSON {
    public static func render(_ report: Report) -> String {
        value(of: report).prettyJSON() + "\n"
    }

    /// The model as an output value, read by reflection so that a property added to the model
    /// cannot be forgotten here.
    static func value(of any: Any) -> OutputValue {
        switch any {
        case let text as String: return .string(text)
        case let number as Int: return .int(Int64(number))
        case let number as Int64: return .int(number)
        case let number as Double: return .double(number)
        case let flag as Bool: return .bool(flag)
        case let kind as Report.Kind: return .string(kind.rawValue)
        case let table as [String: String]: return .object(table.sorted { $0.key < $1.key }.map { OutputField($0.key, .string($0.value)) })
        case let table as [String: Int]: return .object(table.sorted { $0.key < $1.key }.map { OutputField($0.key, .int(Int64($0.value))) })
        default: break
        }
        let mirror = Mirror(reflecting: any)
        switch mirror.displayStyle {
        case .optional: return mirror.children.first.map { value(of: $0.value) } ?? .null
        case .collection: return .list(mirror.children.map { value(of: $0.value) })
        default:
            return .object(mirror.children.compactMap { child in
                child.label.map { OutputField(snakeCase($0), value(of: child.value)) }
            })
        }
    }

    /// "personId" → "person_id".
    static func snakeCase(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase {
                result += "_" + character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}
