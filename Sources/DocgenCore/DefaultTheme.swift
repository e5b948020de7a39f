/// Placeholder; regenerated from templates/ by DefaultThemeTests.
enum DefaultTheme {
    static let files: [String: String] = [:]
}
