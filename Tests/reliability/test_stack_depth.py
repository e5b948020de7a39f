"""Pages at the deepest nesting docgen reads (100 levels of nodes, one under
the limit of `nesting-too-deep`) are read, checked and rendered without
overflowing a thread's stack: on the calling thread (a site of one page)
and on worker threads (many pages, several workers).  Meant above all for a
sanitizer build (`DOCGEN=.build-asan/debug/docgen`, Tests/sanitizers/run.sh),
whose frames are several times larger: every walk over a page recurses once
per level."""

import os
import unittest
from unittest import mock

from harness import SiteCase

# The deepest page of each shape that is still read (found by probing: one
# more level is refused), and that page's body.  Levels count the document,
# the paragraph, a link and its text: 96 quotes around a link are 100
# nodes deep.
SHAPES = {
    "quotes": (96, lambda k: "> " * k + "x [a](/deep-0/)\n"),
    "emphasis": (97, lambda k: "*a " * k + "x" + "*" * k + "\n"),
    "lists": (48, lambda k: "- " * k + "x [a](/deep-0/)\n"),
    "images": (97, lambda k: "![a " * k + "x" + "](/i.png)" * k + "\n"),
    "callouts": (97, lambda k: "".join(":" * (3 + k - i) + "note\n" for i in range(k)) + "x\n"
                 + "".join(":" * (4 + i) + "\n" for i in range(k))),
}


class DeepestReadPages(SiteCase):
    def write_pages(self, shape, count, levels):
        self.write("content/i.png", b"PNG")
        body = SHAPES[shape][1](levels)
        for index in range(count):
            self.page("deep-%d.md" % index, body, title="Deep %d" % index)

    def assertBuilt(self, shape, count):
        levels = SHAPES[shape][0]
        self.write_pages(shape, count, levels)
        run = self.build("--no-cache", timeout=120)
        self.assertStatus(run, 0)
        self.assertEqual(run.codes(), [])
        for index in range(count):
            self.assertTrue(os.path.isfile(os.path.join(self.public, "deep-%d" % index, "index.html")))

    def test_deepest_pages_on_the_calling_thread(self):
        for shape in SHAPES:
            with self.subTest(shape=shape):
                self.setUp()
                self.assertBuilt(shape, 1)

    def test_deepest_pages_on_worker_threads(self):
        with mock.patch.dict(os.environ, {"DOCGEN_WORKERS": "4"}):
            for shape in SHAPES:
                with self.subTest(shape=shape):
                    self.setUp()
                    self.assertBuilt(shape, 16)

    def test_one_level_more_is_refused(self):
        for shape, (levels, _) in SHAPES.items():
            with self.subTest(shape=shape):
                self.setUp()
                self.write_pages(shape, 1, levels + 1)
                run = self.check("--no-cache", timeout=120)
                self.assertStatus(run, 1)
                self.assertDiagnostic(run, "nesting-too-deep", "content/deep-0.md")


if __name__ == "__main__":
    unittest.main()
