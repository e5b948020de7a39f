/// One entry of `search-index.json`: a part of a page that a search result
/// can jump to. The part before the first `##`/`###` heading has an empty
/// heading and id; every other part starts at a heading, whose id is the
/// anchor of the result.
struct SearchIndexSection: Equatable, Sendable {
    var heading: String
    var id: String
    /// The first words of the section's plain text: a snippet to show and
    /// to match, never the whole text.
    var text: String
}
