/// A kind of difference between docgen's HTML and cmark-gfm's that the
/// differential tests accept, with the reason it is acceptable. The predicate
/// sees the document and both normalized outputs, and should be as narrow as
/// the reason.
struct GFMDifferenceClass: Sendable {
    struct Case {
        var markdown: String
        var docgen: String
        var cmarkGFM: String
    }

    var name: String
    var reason: String
    var matches: @Sendable (Case) -> Bool
}
