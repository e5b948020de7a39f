import XCTest

@testable import DocgenCore

/// The bar of issue 11: after any sequence of edits, the site a
/// `SiteSession` serves (every output path's bytes), its diagnostics and the
/// URLs it reports as changed equal those of a fresh `docgen build` of the
/// same files. Seeded; `DOCGEN_SESSION_SEED` picks another seed,
/// `DOCGEN_SESSION_STEPS` runs longer, `DOCGEN_SESSION_VERBOSE` prints each step.
final class SessionRandomizedTests: XCTestCase {
    func testEveryStepServesWhatAFreshBuildWrites() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["DOCGEN_SESSION_SEED"].flatMap(UInt64.init) ?? 11
        let steps = environment["DOCGEN_SESSION_STEPS"].flatMap(Int.init) ?? 250
        let edits = try SessionRandomEdits(seed: seed)
        var options = BuildOptions(siteRoot: edits.site.root)
        // Odd seeds publish drafts (`--drafts`).
        options.includeDrafts = seed % 2 == 1
        let session = SiteSession(options: options)
        var reference = SessionReference.build(options)
        var lastGood = reference
        XCTAssertNil(reference.difference(from: session, diagnostics: session.initial.diagnostics))
        var rendered = 0
        var published = 0
        for step in 1...steps {
            let (edit, touched) = try edits.step()
            let build = session.rebuild(changed: touched)
            reference = SessionReference.build(options)
            let context = "seed \(seed), step \(step): \(edit)"
            if environment["DOCGEN_SESSION_VERBOSE"] != nil {
                print("\(context): rendered \(build.renderedPages), changed \(build.changedURLs.count) URLs")
            }
            XCTAssertEqual(build.number, step + 1)
            if let difference = reference.difference(from: session, diagnostics: build.diagnostics) {
                return XCTFail("\(context): \(difference)")
            }
            XCTAssertEqual(build.setupError == nil, reference.setupError == nil, context)
            guard reference.setupError == nil else {
                // The last good site is still served.
                XCTAssertNil(
                    lastGood.difference(from: session, diagnostics: lastGood.diagnostics, assetsMayBeGone: true),
                    context)
                continue
            }
            let basePath = session.basePath
            func url(_ path: String) -> String { SessionDifference.url(ofOutputPath: path, basePath: basePath) }
            let changed = Set(reference.files.filter { lastGood.files[$0.key] != $0.value }.keys.map(url))
            let removed = Set(lastGood.files.keys.filter { reference.files[$0] == nil }.map(url))
            XCTAssertEqual(build.changedURLs, changed.sorted(), context)
            XCTAssertEqual(build.removedURLs, removed.sorted(), context)
            rendered += build.renderedPages
            published += reference.files.keys.count { $0.hasSuffix("index.html") }
            lastGood = reference
        }
        print(
            "session randomized test: seed \(seed), \(steps) steps, rendered \(rendered) pages, full builds would render \(published)"
        )
        // Not a bound, a sanity check: most steps render a part of the site.
        XCTAssertLessThan(rendered, published, "rebuilds rendered as many pages as full builds would")
    }
}
