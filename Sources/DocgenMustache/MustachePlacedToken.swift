/// A token with what its line says about it, once standalone lines are
/// resolved.
struct MustachePlacedToken {
    var token: MustacheToken
    /// For a partial, parent or block tag: the whitespace before it on its
    /// line (taken out of the output when the line is standalone).
    var indentation: [UInt8] = []
    /// The tag's line was standalone and is gone from the output.
    var standalone = false
    /// Nothing but whitespace follows the tag on its line: a block opened so
    /// starts its body on the next line, and may have intrinsic indentation.
    var endsLine = false
}
