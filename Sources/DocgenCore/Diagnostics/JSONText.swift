/// JSON string literals, written by hand so key order and bytes are stable.
///
/// Besides the controls JSON requires escaped (below U+0020), DEL, the C1
/// controls, bidi controls and U+2028/U+2029 (`VisibleControls.needsEscape`)
/// are written `\uXXXX`: the value a parser reads is the same, and JSON shown
/// raw in a terminal or log drives nothing.
enum JSONText {
    static func string(_ value: String) -> String {
        var output = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where VisibleControls.needsEscape(scalar):
                output +=
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}
