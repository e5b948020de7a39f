/// HTML escaping for the markup docgen writes itself: heading ids, redirect
/// pages (templates escape their own values).
public enum HTMLEscaping {
    public static func text(_ value: String) -> String {
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

    public static func attribute(_ value: String) -> String { text(value) }
}
