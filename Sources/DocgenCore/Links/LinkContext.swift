/// Where a link was written, for resolving and reporting it: the folder its
/// file links are relative to (the partial's, for included text), and
/// whether it came in through an include.
struct LinkContext: Sendable {
    var folder: String
    var isIncluded: Bool
}
