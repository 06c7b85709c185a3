import Foundation

/// Checks a JSON value against a JSON Schema, for the keywords `docs/report.schema.json` uses:
/// `type`, `const`, `enum`, `required`, `properties`, `additionalProperties`, `items`, `oneOf`,
/// `$ref` (to `#/$defs/…`), `minimum`, `maximum`, `minItems`, `maxItems`. Returns the
/// violations with their JSON paths; an unknown keyword is itself a violation, so that the
/// schema cannot silently outgrow this checker.
struct JSONSchemaSubset {
    let root: [String: Any]

    private static let known: Set<String> = [
        "$schema", "$id", "title", "description", "$defs", "type", "const", "enum", "required", "properties",
        "additionalProperties", "items", "oneOf", "$ref", "minimum", "maximum", "minItems", "maxItems",
    ]

    func violations(_ value: Any, _ schema: [String: Any]? = nil, at path: String = "$") -> [String] {
        let schema = schema ?? root
        var found: [String] = schema.keys.filter { !Self.known.contains($0) }.map { "\(path): unknown keyword \($0)" }
        if let reference = schema["$ref"] as? String {
            let name = reference.replacingOccurrences(of: "#/$defs/", with: "")
            guard let target = (root["$defs"] as? [String: Any])?[name] as? [String: Any] else { return ["\(path): bad $ref \(reference)"] }
            found += violations(value, target, at: path)
        }
        if let types = schema["type"] {
            let allowed = (types as? [String]) ?? [types as! String]
            if !allowed.contains(where: { Self.matches(value, type: $0) }) { found.append("\(path): not \(allowed)") }
        }
        if let constant = schema["const"], !Self.equal(constant, value) { found.append("\(path): not \(constant)") }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal($0, value) }) {
            found.append("\(path): \(value) not in \(options)")
        }
        if let options = schema["oneOf"] as? [[String: Any]] {
            let passing = options.filter { violations(value, $0, at: path).isEmpty }.count
            if passing != 1 { found.append("\(path): matches \(passing) of oneOf") }
        }
        if let number = value as? Double, !(value is Bool) {
            if let minimum = schema["minimum"] as? Double, number < minimum { found.append("\(path): below \(minimum)") }
            if let maximum = schema["maximum"] as? Double, number > maximum { found.append("\(path): above \(maximum)") }
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { found.append("\(path): missing \(key)") }
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            for (key, item) in object {
                if let property = properties[key] {
                    found += violations(item, property, at: "\(path).\(key)")
                } else if let extra = schema["additionalProperties"] {
                    if let allowed = extra as? Bool, !allowed { found.append("\(path): unexpected key \(key)") }
                    if let extraSchema = extra as? [String: Any] { found += violations(item, extraSchema, at: "\(path).\(key)") }
                }
            }
        }
        if let array = value as? [Any] {
            if let minimum = schema["minItems"] as? Int, array.count < minimum { found.append("\(path): fewer than \(minimum) items") }
            if let maximum = schema["maxItems"] as? Int, array.count > maximum { found.append("\(path): more than \(maximum) items") }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() { found += violations(item, items, at: "\(path)[\(index)]") }
            }
        }
        return found
    }

    private static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "boolean": return isBool(value)
        case "integer": return !isBool(value) && (value as? NSNumber).map { $0.doubleValue == $0.doubleValue.rounded() } ?? false
        case "number": return !isBool(value) && value is NSNumber
        case "string": return value is String
        case "array": return value is [Any]
        case "object": return value is [String: Any]
        default: return false
        }
    }

    private static func isBool(_ value: Any) -> Bool {
        // Foundation decodes true and false as NSNumbers of the C type `char`.
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    private static func equal(_ a: Any, _ b: Any) -> Bool {
        (a as? NSObject)?.isEqual(b) ?? false
    }
}
