/// Escaping for the little HTML docgen writes itself (templates escape their own).
enum HTMLEscaping {
    static func text(_ value: String) -> String {
        var output = ""
        output.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    static func attribute(_ value: String) -> String { text(value) }
}
