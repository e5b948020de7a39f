/// A kind of difference between docgen's HTML and cmark-gfm's that the
/// differential tests accept, with the reason it is acceptable.
///
/// A class is a rewrite of one document's two normalized outputs that takes
/// exactly its difference away (as narrowly as the reason allows). The
/// classes are applied in turn; a document is explained when the outputs are
/// equal afterwards, by the classes whose rewrite changed something.
struct GFMDifferenceClass: Sendable {
    struct Case: Equatable {
        var markdown: String
        var docgen: String
        var cmarkGFM: String
    }

    var name: String
    var reason: String
    var rewrite: @Sendable (Case) -> Case

    /// A class that rewrites line by line, where both outputs have a line of
    /// the same index (the block structure agrees).
    static func lines(
        name: String, reason: String, applies: @escaping @Sendable (String) -> Bool = { _ in true },
        rewrite: @escaping @Sendable (_ docgen: String, _ cmarkGFM: String) -> (String, String)
    ) -> GFMDifferenceClass {
        GFMDifferenceClass(name: name, reason: reason) { difference in
            guard applies(difference.markdown) else { return difference }
            let ours = difference.docgen.components(separatedBy: "\n")
            let theirs = difference.cmarkGFM.components(separatedBy: "\n")
            guard ours.count == theirs.count else { return difference }
            var result = difference
            var newOurs: [String] = []
            var newTheirs: [String] = []
            for (docgen, cmarkGFM) in zip(ours, theirs) {
                if docgen == cmarkGFM {
                    newOurs.append(docgen)
                    newTheirs.append(cmarkGFM)
                } else {
                    let (a, b) = rewrite(docgen, cmarkGFM)
                    newOurs.append(a)
                    newTheirs.append(b)
                }
            }
            result.docgen = newOurs.joined(separator: "\n")
            result.cmarkGFM = newTheirs.joined(separator: "\n")
            return result
        }
    }
}
