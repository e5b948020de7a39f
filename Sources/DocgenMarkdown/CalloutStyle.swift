/// How a callout of a given type looks: the theme's five styles (GitHub's
/// alert types), the names other docs tools use for them, and a neutral
/// style for any other type.
enum CalloutStyle {
    static let styles: Set<String> = ["note", "tip", "important", "warning", "caution"]
    static let aliases: [String: String] = [
        "info": "note", "hint": "tip", "success": "tip", "danger": "caution", "error": "caution",
        "attention": "warning",
    ]

    /// The opening HTML of a callout: its box and its title line.
    static func openingHTML(type: String, title: String?) -> String {
        let style = styles.contains(type) ? type : aliases[type]
        let classes = style.map { "callout callout-\($0)" } ?? "callout"
        let shownTitle = title ?? (type.prefix(1).uppercased() + type.dropFirst())
        return "<div class=\"\(classes)\" data-callout=\"\(HTMLEscaping.attribute(type))\">\n"
            + "<p class=\"callout-title\">\(HTMLEscaping.text(shownTitle))</p>"
    }

    static let closingHTML = "</div>"
}
