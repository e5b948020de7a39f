"""The site's files as the file system can make them: FIFOs, sockets and
devices, symlinks out of the site, loops, dangling links, unreadable files and
folders, paths longer than PATH_MAX, in content/, templates/ and docgen.yml.

What docgen promises (README, "Limits and guarantees"):
- in content/ such an entry is an error diagnostic naming it and is left out
  of the site; the rest is built (exit status 1);
- in docgen.yml or templates/ it stops the build (exit status 2), nothing is
  written;
- no read ever blocks, and nothing outside the site folder is published;
- a symlink to a file or folder inside the site is published as a copy.
"""

import os
import shutil
import socket
import subprocess
import unittest

from harness import DEFAULT_TIMEOUT, DOCGEN, Run, SiteCase, tree_state

PATH_MAX = os.pathconf("/", "PC_PATH_MAX")
SECRET = b"TOP-SECRET-KEY-4b1d"
THEME = {
    "templates/layout.mustache": "<title>{{page.title}}</title>\n{{{content}}}\n",
    "templates/page.mustache": "{{{page.content}}}",
    "templates/section.mustache": "{{{page.content}}}",
    "templates/static/site.css": "body {}\n",
}


class FilesCase(SiteCase):
    """A site with a home page and one ordinary page, plus helpers to put
    odd things beside them and to look at what was published."""

    def setUp(self):
        super().setUp()
        self.page("index.md", "home\n", title="Home")
        self.page("guide.md", "guide\n", title="Guide")

    def content(self, rel):
        return os.path.join(self.site, "content", rel)

    def published(self):
        """Paths of every regular file under public/, sorted."""
        return sorted(p for p, v in tree_state(self.public).items() if v[0] == "file")

    def assertPublishedNormally(self):
        """The ordinary pages made it: a problem elsewhere did not stop the build."""
        files = self.published()
        self.assertIn("index.html", files)
        self.assertIn("guide/index.html", files)

    def assertNoSecretPublished(self):
        for rel in self.published():
            with open(os.path.join(self.public, rel), "rb") as f:
                self.assertNotIn(SECRET, f.read(), "%s holds the secret" % rel)

    def assertOnly(self, run, code, files):
        """Exactly these files have a diagnostic with this code."""
        self.assertEqual(sorted(d["file"] for d in run.find(code)), sorted(files), run.describe())

    def assertNothingWritten(self, run):
        self.assertStatus(run, 2)
        self.assertFalse(os.path.lexists(self.public), run.describe())

    def secret_outside(self, name="secret.txt"):
        """A file beside the site folder (in the case's temporary folder), as a home folder's key would be."""
        path = os.path.join(self.tmp, name)
        with open(path, "wb") as f:
            f.write(SECRET + b"\n")
        return path

    def theme(self):
        for rel, text in THEME.items():
            self.write(rel, text)


class SpecialFilesTest(FilesCase):
    """FIFOs, sockets and devices are reported and never opened."""

    def test_fifo_page_is_reported_and_not_read(self):
        os.mkfifo(self.content("pipe.md"))
        run = self.build()
        self.assertStatus(run, 1)
        self.assertOnly(run, "special-file", ["content/pipe.md"])
        self.assertIn("FIFO", run.find("special-file")[0]["message"])
        self.assertPublishedNormally()
        self.assertNotIn("pipe/index.html", self.published())

    def test_fifo_page_does_not_hang_check(self):
        os.mkfifo(self.content("pipe.md"))
        run = self.check()
        self.assertStatus(run, 1)
        self.assertDiagnostic(run, "special-file", "content/pipe.md")

    def test_fifo_asset_is_reported_and_not_copied(self):
        os.makedirs(self.content("img"))
        os.mkfifo(self.content("img/pipe.png"))
        run = self.build()
        self.assertStatus(run, 1)
        self.assertOnly(run, "special-file", ["content/img/pipe.png"])
        self.assertPublishedNormally()
        self.assertNotIn("img/pipe.png", self.published())

    def test_link_to_a_fifo_asset_is_also_a_missing_asset(self):
        os.mkfifo(self.content("pipe.png"))
        self.page("linking.md", "![x](pipe.png)\n")
        run = self.build()
        self.assertStatus(run, 1)
        self.assertDiagnostic(run, "special-file", "content/pipe.png")
        self.assertDiagnostic(run, "missing-asset", "content/linking.md", 4)

    def test_socket_is_reported(self):
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.addCleanup(sock.close)
        sock.bind(self.content("server.sock"))
        run = self.build()
        self.assertStatus(run, 1)
        self.assertOnly(run, "special-file", ["content/server.sock"])
        self.assertIn("socket", run.find("special-file")[0]["message"])
        self.assertPublishedNormally()
        self.assertNotIn("server.sock", self.published())

    def test_device_inside_the_site_is_reported(self):
        try:
            os.mknod(self.content("zero.md"), 0o600 | 0o020000, os.makedev(1, 5))
        except (PermissionError, OSError) as error:
            self.skipTest("cannot make a device node here: %s" % error)
        run = self.build()
        self.assertStatus(run, 1)
        self.assertOnly(run, "special-file", ["content/zero.md"])
        self.assertIn("character device", run.find("special-file")[0]["message"])
        self.assertPublishedNormally()
        self.assertNotIn("zero/index.html", self.published())

    def test_symlink_to_dev_null_is_outside_the_site(self):
        os.symlink("/dev/null", self.content("null.md"))
        os.symlink("/dev/zero", self.content("zero.bin"))
        run = self.build()
        self.assertStatus(run, 1)
        self.assertOnly(run, "unsafe-symlink", ["content/null.md", "content/zero.bin"])
        self.assertPublishedNormally()
        self.assertNotIn("null/index.html", self.published())
        self.assertNotIn("zero.bin", self.published())

    def test_symlink_to_a_fifo_inside_the_site_is_a_special_file(self):
        os.mkfifo(os.path.join(self.site, "pipe"))
        os.symlink("../pipe", self.content("pipe.md"))
        run = self.build()
        self.assertStatus(run, 1)
        self.assertOnly(run, "special-file", ["content/pipe.md"])
        self.assertPublishedNormally()


class SymlinkLoopTest(FilesCase):
    """Loops of links are reported, never walked."""

    def test_symlink_to_itself(self):
        os.symlink("self.md", self.content("self.md"))
        os.symlink("loop", self.content("loop"))
        run = self.build()
        self.assertStatus(run, 1)
        self.assertOnly(run, "broken-symlink", ["content/loop", "content/self.md"])
        self.assertIn("loop", run.find("broken-symlink", "content/self.md")[0]["message"])
        self.assertPublishedNormally()

    def test_two_symlinks_to_each_other_in_check(self):
        os.symlink("b", self.content("a"))
        os.symlink("a", self.content("b"))
        os.symlink("d.md", self.content("c.md"))
        os.symlink("c.md", self.content("d.md"))
        run = self.check()
        self.assertStatus(run, 1)
        self.assertOnly(run, "broken-symlink", ["content/a", "content/b", "content/c.md", "content/d.md"])

    def test_two_symlinks_to_each_other_in_build(self):
        os.symlink("b", self.content("a"))
        os.symlink("a", self.content("b"))
        run = self.build()
        self.assertStatus(run, 1)
        self.assertOnly(run, "broken-symlink", ["content/a", "content/b"])
        self.assertPublishedNormally()

    def test_symlink_to_a_folder_above_it(self):
        self.page("docs/page.md", "x\n")
        os.symlink("..", self.content("docs/up"))
        os.symlink(".", self.content("docs/here"))
        os.symlink(self.site, self.content("docs/site"))
        run = self.build()
        self.assertStatus(run, 1)
        self.assertOnly(run, "broken-symlink", ["content/docs/here", "content/docs/site", "content/docs/up"])
        self.assertPublishedNormally()
        self.assertIn("docs/page/index.html", self.published())
        self.assertFalse([p for p in self.published() if "/up/" in p or "/here/" in p or "/site/" in p])

    def test_loop_through_two_folders(self):
        self.page("a/page.md", "x\n")
        self.page("b/page.md", "y\n")
        os.symlink("../b", self.content("a/to-b"))
        os.symlink("../a", self.content("b/to-a"))
        run = self.build()
        self.assertStatus(run, 1)
        # a/to-b is a copy of b until b/to-a leads back to a; and the other way round.
        self.assertOnly(run, "broken-symlink", ["content/a/to-b/to-a", "content/b/to-a/to-b"])
        self.assertIn("a/to-b/page/index.html", self.published())
        self.assertIn("b/to-a/page/index.html", self.published())


class SymlinkOutsideTest(FilesCase):
    """Nothing outside the site folder is published through a link."""

    def test_relative_symlink_to_a_file_outside(self):
        self.secret_outside()
        os.symlink("../../secret.txt", self.content("keys.txt"))
        run = self.build()
        self.assertStatus(run, 1)
        diagnostic = self.assertDiagnostic(run, "unsafe-symlink", "content/keys.txt")
        self.assertIn("../../secret.txt", diagnostic["message"])
        self.assertEqual(diagnostic["severity"], "error")
        self.assertNotIn("keys.txt", self.published())
        self.assertNoSecretPublished()
        self.assertPublishedNormally()

    def test_absolute_symlink_to_a_page_outside(self):
        secret = self.secret_outside("secret.md")
        os.symlink(secret, self.content("notes.md"))
        for run in (self.check(), self.build()):
            self.assertStatus(run, 1)
            self.assertOnly(run, "unsafe-symlink", ["content/notes.md"])
        self.assertNotIn("notes/index.html", self.published())
        self.assertNoSecretPublished()

    def test_symlink_to_a_folder_outside(self):
        home = os.path.join(self.tmp, "home")
        os.makedirs(os.path.join(home, ".ssh"))
        with open(os.path.join(home, ".ssh", "id_ed25519"), "wb") as f:
            f.write(SECRET)
        with open(os.path.join(home, "notes.md"), "wb") as f:
            f.write(SECRET)
        os.symlink(home, self.content("home"))
        run = self.build()
        self.assertStatus(run, 1)
        self.assertOnly(run, "unsafe-symlink", ["content/home"])
        self.assertFalse([p for p in self.published() if p.startswith("home")])
        self.assertNoSecretPublished()
        self.assertPublishedNormally()

    def test_symlink_through_an_inside_link_to_outside(self):
        """A chain that starts inside the site but ends outside is judged by its end."""
        self.secret_outside()
        os.symlink("../secret.txt", os.path.join(self.site, "hop"))
        os.symlink("../hop", self.content("chained.txt"))
        run = self.build()
        self.assertStatus(run, 1)
        self.assertOnly(run, "unsafe-symlink", ["content/chained.txt"])
        self.assertNoSecretPublished()

    def test_symlink_into_a_hidden_folder_of_the_site(self):
        self.write(".git/config", SECRET)
        self.write(".env", SECRET)
        os.symlink("../.git/config", self.content("config.txt"))
        os.symlink("../.env", self.content("env.txt"))
        os.symlink("../.git", self.content("git"))
        run = self.build()
        self.assertStatus(run, 1)
        self.assertOnly(run, "unsafe-symlink", ["content/config.txt", "content/env.txt", "content/git"])
        self.assertNoSecretPublished()
        self.assertPublishedNormally()

    def test_symlinked_folder_cannot_reach_outside_from_within(self):
        """A folder copied through a link is checked like the content folder itself."""
        self.secret_outside()
        os.makedirs(os.path.join(self.site, "shared"))
        self.write("shared/page.md", "---\ntitle: Shared\n---\n")
        os.symlink("../../secret.txt", os.path.join(self.site, "shared", "key.txt"))
        os.symlink("../shared", self.content("shared"))
        run = self.build()
        self.assertStatus(run, 1)
        self.assertOnly(run, "unsafe-symlink", ["content/shared/key.txt"])
        self.assertIn("shared/page/index.html", self.published())
        self.assertNoSecretPublished()


class SymlinkInsideTest(FilesCase):
    """A link to a file or folder inside the site is a copy of it."""

    def test_symlink_to_a_file_inside_is_published_as_a_copy(self):
        self.write("assets/logo.png", b"\x89PNG-logo")
        os.symlink("../assets/logo.png", self.content("logo.png"))
        os.symlink("guide.md", self.content("manual.md"))
        self.page("linking.md", "![logo](logo.png) [manual](manual.md)\n")
        run = self.build()
        self.assertStatus(run, 0)
        self.assertEqual(run.diagnostics, [])
        with open(os.path.join(self.public, "logo.png"), "rb") as f:
            self.assertEqual(f.read(), b"\x89PNG-logo")
        self.assertFalse(os.path.islink(os.path.join(self.public, "logo.png")))
        with open(os.path.join(self.public, "manual/index.html"), "rb") as f:
            self.assertIn(b"guide", f.read())
        self.assertIn("guide/index.html", self.published())

    def test_symlink_to_a_folder_inside_is_published_as_a_copy(self):
        self.page("v2/install.md", "install\n", title="Install")
        self.write("content/v2/shot.png", b"png")
        os.symlink("v2", self.content("latest"))
        self.write("guides/intro.md", "---\ntitle: Intro\n---\nintro\n")
        os.symlink("../guides", self.content("guides"))
        run = self.build()
        self.assertStatus(run, 0)
        files = self.published()
        for rel in ("v2/install/index.html", "latest/install/index.html", "latest/shot.png",
                    "guides/intro/index.html"):
            self.assertIn(rel, files)

    def test_two_links_to_one_folder_are_two_copies(self):
        self.page("v2/install.md", "install\n")
        os.symlink("v2", self.content("latest"))
        os.symlink("v2", self.content("stable"))
        run = self.build()
        self.assertStatus(run, 0)
        for rel in ("latest/install/index.html", "stable/install/index.html", "v2/install/index.html"):
            self.assertIn(rel, self.published())

    def test_dangling_symlink(self):
        os.symlink("missing.png", self.content("gone.png"))
        os.symlink("nowhere.md", self.content("gone.md"))
        os.symlink("no-folder", self.content("gone"))
        run = self.build()
        self.assertStatus(run, 1)
        self.assertOnly(run, "broken-symlink", ["content/gone", "content/gone.md", "content/gone.png"])
        self.assertIn("missing.png", run.find("broken-symlink", "content/gone.png")[0]["message"])
        self.assertPublishedNormally()
        self.assertNotIn("gone.png", self.published())


class LongPathTest(FilesCase):
    """A path longer than PATH_MAX is named in a diagnostic, never silently skipped."""

    def setUp(self):
        super().setUp()
        # Runs before the harness's cleanup, whose os.walk cannot go this deep.
        self.addCleanup(subprocess.run, ["rm", "-rf", os.path.join(self.site, "content")])

    def make_deep_page(self):
        """content/<d>/<d>/…/deep.md whose full path passes PATH_MAX, made with
        openat-style calls (dir_fd) since no path-based call accepts it."""
        segment = "d" * 200
        depth = PATH_MAX // (len(segment) + 1) + 2
        fd = os.open(self.content(""), os.O_RDONLY | os.O_DIRECTORY)
        try:
            for _ in range(depth):
                os.mkdir(segment, dir_fd=fd)
                child = os.open(segment, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
                os.close(fd)
                fd = child
            page = os.open("deep.md", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
            os.write(page, b"---\ntitle: Deep\n---\n")
            os.close(page)
        finally:
            os.close(fd)
        return "/".join([segment] * depth + ["deep.md"])

    def test_folders_nested_as_deep_as_path_max_allows(self):
        """Thousands of levels: no stack overflow, no descriptor per level."""
        depth = (PATH_MAX - len(self.site) - 100) // 2
        fd = os.open(self.content(""), os.O_RDONLY | os.O_DIRECTORY)
        try:
            for _ in range(depth):
                os.mkdir("d", dir_fd=fd)
                child = os.open("d", os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
                os.close(fd)
                fd = child
            page = os.open("deep.md", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
            os.write(page, b"---\ntitle: Deep\n---\n")
            os.close(page)
        finally:
            os.close(fd)
        self.assertGreater(depth, 1500)
        # `check`: rendering thousands of nested sections is slow (not this case's subject).
        run = self.check()
        self.assertStatus(run, 0)
        self.assertEqual(run.diagnostics, [])
        self.assertIn("checked 3 Markdown files", run.stderr.decode())

    def test_path_longer_than_path_max(self):
        deep = self.make_deep_page()
        self.assertGreater(len(os.path.join(self.site, "content", deep)), PATH_MAX)
        for run in (self.check(), self.build()):
            self.assertStatus(run, 1)
            found = run.find("unreadable-file")
            self.assertEqual(len(found), 1, run.describe())
            named = found[0]["file"]
            self.assertTrue(("content/" + deep).startswith(named), named)
            self.assertGreaterEqual(len(os.path.join(self.site, named)), PATH_MAX)
            self.assertIn("PATH_MAX", found[0]["message"])
        self.assertPublishedNormally()
        self.assertFalse([p for p in self.published() if p.startswith("ddd")])


class FileNameTest(FilesCase):
    """A name that is not UTF-8 cannot be a URL: reported, not mangled."""

    def test_name_that_is_not_utf8(self):
        with open(os.path.join(os.fsencode(self.site), b"content", b"caf\xe9.md"), "wb") as f:
            f.write(b"---\ntitle: Cafe\n---\n")
        with open(os.path.join(os.fsencode(self.site), b"content", b"logo-\xff.png"), "wb") as f:
            f.write(b"png")
        run = self.build()
        self.assertStatus(run, 1)
        self.assertOnly(run, "invalid-encoding", ["content/caf\ufffd.md", "content/logo-\ufffd.png"])
        self.assertPublishedNormally()
        self.assertFalse([p for p in self.published() if "caf" in p or "logo" in p])


class UnreadableTest(FilesCase):
    """Files and folders docgen may not read. Root reads everything, so these
    cases run the binary as `nobody` (setpriv) when the suite runs as root."""

    def docgen_as_reader(self, *args):
        argv = [DOCGEN] + list(args) + ["--format", "json"]
        if os.geteuid() == 0:
            setpriv = shutil.which("setpriv")
            if not setpriv:
                self.skipTest("running as root without setpriv: chmod 000 would not stop a read")
            for base, dirs, files in os.walk(self.tmp):
                for name in [base] + [os.path.join(base, n) for n in dirs + files]:
                    os.lchown(name, 65534, 65534)
            argv = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] + argv
        try:
            proc = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, timeout=DEFAULT_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.fail("hang: %s" % " ".join(argv))
        run = Run(list(args), proc.returncode, proc.stdout, proc.stderr)
        self.assertGreaterEqual(proc.returncode, 0, "crash\n" + run.describe())
        return run

    def test_unreadable_page_and_asset(self):
        self.page("private.md", "x\n")
        self.write("content/private.png", b"png")
        os.chmod(self.content("private.md"), 0)
        os.chmod(self.content("private.png"), 0)
        run = self.docgen_as_reader("build", self.site)
        self.assertStatus(run, 1)
        self.assertOnly(run, "unreadable-file", ["content/private.md", "content/private.png"])
        self.assertIn("Permission denied", run.find("unreadable-file", "content/private.md")[0]["message"])
        self.assertPublishedNormally()
        self.assertNotIn("private.png", self.published())
        self.assertNotIn("private/index.html", self.published())

    def test_unreadable_folder(self):
        self.page("private/a.md", "x\n")
        os.chmod(self.content("private"), 0)
        run = self.docgen_as_reader("check", self.site)
        self.assertStatus(run, 1)
        self.assertOnly(run, "unreadable-file", ["content/private"])
        run = self.docgen_as_reader("build", self.site)
        self.assertStatus(run, 1)
        self.assertOnly(run, "unreadable-file", ["content/private"])
        self.assertPublishedNormally()
        self.assertFalse([p for p in self.published() if p.startswith("private/")])

    def test_fixing_an_unreadable_file_rebuilds(self):
        """The build stamp must not replay the old report once the file can be read."""
        self.page("private.md", "x\n")
        os.chmod(self.content("private.md"), 0)
        self.assertStatus(self.docgen_as_reader("build", self.site), 1)
        os.chmod(self.content("private.md"), 0o644)
        run = self.docgen_as_reader("build", self.site)
        self.assertStatus(run, 0)
        self.assertIn("private/index.html", self.published())

    def test_unreadable_content_folder_is_a_setup_error(self):
        os.chmod(os.path.join(self.site, "content"), 0)
        run = self.docgen_as_reader("build", self.site)
        self.assertNothingWritten(run)
        self.assertDiagnostic(run, "unreadable-file", "content")

    def test_unreadable_template(self):
        self.theme()
        os.chmod(os.path.join(self.site, "templates/page.mustache"), 0)
        run = self.docgen_as_reader("build", self.site)
        self.assertNothingWritten(run)
        self.assertDiagnostic(run, "unreadable-file", "templates/page.mustache")

    def test_unreadable_docgen_yml(self):
        self.write("docgen.yml", "title: T\n")
        os.chmod(os.path.join(self.site, "docgen.yml"), 0)
        run = self.docgen_as_reader("check", self.site)
        self.assertStatus(run, 2)
        self.assertDiagnostic(run, "unreadable-file", "docgen.yml")


class SetupFilesTest(FilesCase):
    """docgen.yml and the theme: a file that cannot be read stops the build."""

    def test_fifo_as_docgen_yml(self):
        os.mkfifo(os.path.join(self.site, "docgen.yml"))
        for run in (self.check(), self.build()):
            self.assertNothingWritten(run)
            self.assertOnly(run, "special-file", ["docgen.yml"])

    def test_docgen_yml_symlinked_outside(self):
        secret = self.secret_outside("docgen.yml")
        os.symlink(secret, os.path.join(self.site, "docgen.yml"))
        run = self.build()
        self.assertNothingWritten(run)
        self.assertOnly(run, "unsafe-symlink", ["docgen.yml"])

    def test_docgen_yml_symlinked_inside_is_read(self):
        self.write("config/site.yml", "title: Linked Title\n")
        os.symlink("config/site.yml", os.path.join(self.site, "docgen.yml"))
        run = self.build()
        self.assertStatus(run, 0)
        with open(os.path.join(self.public, "index.html"), "rb") as f:
            self.assertIn(b"Linked Title", f.read())

    def test_dangling_docgen_yml_is_not_silently_ignored(self):
        os.symlink("nowhere.yml", os.path.join(self.site, "docgen.yml"))
        run = self.check()
        self.assertStatus(run, 2)
        self.assertOnly(run, "broken-symlink", ["docgen.yml"])

    def test_fifo_as_template(self):
        self.theme()
        path = os.path.join(self.site, "templates/page.mustache")
        os.remove(path)
        os.mkfifo(path)
        run = self.build()
        self.assertNothingWritten(run)
        self.assertOnly(run, "special-file", ["templates/page.mustache"])

    def test_fifo_as_theme_static_file(self):
        self.theme()
        os.mkfifo(os.path.join(self.site, "templates/static/pipe.css"))
        run = self.build()
        self.assertNothingWritten(run)
        self.assertOnly(run, "special-file", ["templates/static/pipe.css"])

    def test_theme_static_symlink_outside(self):
        self.theme()
        os.symlink(self.secret_outside(), os.path.join(self.site, "templates/static/key.txt"))
        run = self.build()
        self.assertNothingWritten(run)
        self.assertOnly(run, "unsafe-symlink", ["templates/static/key.txt"])

    def test_theme_symlink_loop(self):
        self.theme()
        os.symlink("partials", os.path.join(self.site, "templates/partials"))
        run = self.build()
        self.assertNothingWritten(run)
        self.assertOnly(run, "broken-symlink", ["templates/partials"])

    def test_theme_symlink_inside_is_read(self):
        self.theme()
        self.write("brand/site.css", "body { color: red }\n")
        os.remove(os.path.join(self.site, "templates/static/site.css"))
        os.symlink("../../brand/site.css", os.path.join(self.site, "templates/static/site.css"))
        run = self.build()
        self.assertStatus(run, 0)
        with open(os.path.join(self.public, "site.css"), "rb") as f:
            self.assertEqual(f.read(), b"body { color: red }\n")

    def test_dangling_templates_folder_is_not_the_built_in_theme(self):
        os.symlink("no-theme", os.path.join(self.site, "templates"))
        run = self.build()
        self.assertNothingWritten(run)
        self.assertOnly(run, "broken-symlink", ["templates"])

    def test_fifo_as_content_folder(self):
        shutil.rmtree(os.path.join(self.site, "content"))
        os.mkfifo(os.path.join(self.site, "content"))
        run = self.check()
        self.assertStatus(run, 2)
        self.assertOnly(run, "special-file", ["content"])


class RebuildTest(FilesCase):
    """Files reached through links are inputs of the build like any other."""

    def test_fifo_left_in_the_output_folder_does_not_hang(self):
        self.assertStatus(self.build(), 0)
        target = os.path.join(self.public, "guide", "index.html")
        os.remove(target)
        os.mkfifo(target)
        run = self.build()
        self.assertStatus(run, 0)
        self.assertEqual(tree_state(self.public)["guide/index.html"][0], "file")

    def test_editing_a_theme_file_through_a_linked_folder_rebuilds(self):
        self.theme()
        shutil.rmtree(os.path.join(self.site, "templates/static"))
        self.write("brand/site.css", "a { color: red }\n")
        os.symlink("../brand", os.path.join(self.site, "templates/static"))
        self.assertStatus(self.build(), 0)
        self.write("brand/site.css", "a { color: blue }\n")
        run = self.build()
        self.assertStatus(run, 0)
        with open(os.path.join(self.public, "site.css"), "rb") as f:
            self.assertEqual(f.read(), b"a { color: blue }\n")

    def test_editing_a_page_through_a_linked_folder_rebuilds(self):
        self.write("shared/intro.md", "---\ntitle: Intro\n---\nfirst\n")
        os.symlink("../shared", self.content("shared"))
        self.assertStatus(self.build(), 0)
        self.write("shared/intro.md", "---\ntitle: Intro\n---\nsecond, longer\n")
        self.assertStatus(self.build(), 0)
        with open(os.path.join(self.public, "shared/intro/index.html"), "rb") as f:
            self.assertIn(b"second, longer", f.read())


class EverythingAtOnceTest(FilesCase):
    """All the odd entries in one site: one diagnostic each, sorted, the same on every run."""

    def test_every_problem_reported_once_and_deterministically(self):
        self.secret_outside()
        os.mkfifo(self.content("pipe.md"))
        os.symlink("loop", self.content("loop"))
        os.symlink("../../secret.txt", self.content("key.txt"))
        os.symlink("missing", self.content("dangling"))
        os.symlink("..", self.content("up"))
        runs = [self.check(), self.build(), self.build("--no-cache")]
        for run in runs:
            self.assertStatus(run, 1)
            self.assertEqual(
                [(d["file"], d["code"]) for d in run.diagnostics],
                [("content/dangling", "broken-symlink"), ("content/key.txt", "unsafe-symlink"),
                 ("content/loop", "broken-symlink"), ("content/pipe.md", "special-file"),
                 ("content/up", "broken-symlink")])
        self.assertEqual(runs[1].diagnostics, runs[2].diagnostics)
        self.assertNoSecretPublished()


if __name__ == "__main__":
    unittest.main()
