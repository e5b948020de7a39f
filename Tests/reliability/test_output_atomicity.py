"""The output folder is always whole: at every instant, including under
`kill -9` and a full disk, it is the complete previous site or the complete
new one; unchanged files keep their inode and mtime; what a killed run left
is removed by the next; an unusable output path is refused with `output`
and exit 2, nothing changed.

Mounting a small tmpfs (the disk-full cases) needs root; those cases skip
with a message where the machine does not allow it.
"""

import os
import random
import shutil
import signal
import subprocess
import time
import unittest

from harness import DOCGEN, SiteCase, tree_contents, tree_state

KILL_TRIALS = int(os.environ.get("DOCGEN_KILL_TRIALS", "24"))
BIG_SITE_PAGES = 5000


def leftovers(folder):
    """Entries beside an output folder that a docgen run made and did not remove."""
    return sorted(n for n in os.listdir(folder) if ".docgen-staging-" in n or ".docgen-old-" in n)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def docgen_new_files(folder):
    """Temporary files of an in-place update left inside the output folder."""
    return sorted(p for p in tree_state(folder) if ".docgen-new-" in p)



def inode(path):
    """The folder's inode, or None while it is missing."""
    try:
        return os.stat(path).st_ino
    except FileNotFoundError:
        return None

class TmpfsMixin:
    def mount_tmpfs(self, path, size):
        """Mounts a tmpfs of `size` at `path` (created), or skips the case."""
        os.makedirs(path, exist_ok=True)
        proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=%s" % size, "tmpfs", path],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if proc.returncode != 0:
            self.skipTest("cannot mount a tmpfs here (needs root): %s"
                          % proc.stderr.decode("utf-8", "replace").strip())
        self.addCleanup(subprocess.run, ["umount", "-l", path])


class KillDuringUpdateTests(SiteCase):
    """kill -9 at random moments of an update of a 5,000-page site."""

    def write_version(self, version):
        """Site content `content-<version>`: version b edits every page's text,
        drops 200 pages and adds 200 others, so an update rewrites, removes and
        adds files across the whole tree."""
        for i in range(BIG_SITE_PAGES):
            if version == "a" and i >= BIG_SITE_PAGES - 200:
                continue
            number = i if version == "a" or i >= 200 else BIG_SITE_PAGES + i
            self.write("content-%s/s%02d/p%05d.md" % (version, number % 50, number),
                       "---\ntitle: Page %d\n---\n# Page %d\n\nVersion %s of page %d. %s\n"
                       % (number, number, version, number, "Lorem ipsum dolor sit amet. " * 10))
        for s in range(50):
            self.write("content-%s/s%02d/index.md" % (version, s), "---\ntitle: Section %d\n---\nS.\n" % s)
        self.write("content-%s/index.md" % version, "---\ntitle: Home\n---\nHome %s\n" % version)
        self.write("content-%s/img/logo.png" % version, bytes(range(256)) * (4 if version == "a" else 5))

    def use(self, version):
        self.write("docgen.yml", "title: Big\ncontent_dir: content-%s\n" % version)

    def test_kill9_at_random_moments_leaves_the_old_or_the_new_site(self):
        self.write_version("a")
        self.write_version("b")
        shutil.rmtree(os.path.join(self.site, "content"))
        trees = {}
        for version in "ab":
            self.use(version)
            run = self.docgen("build", self.site, "--output", os.path.join(self.tmp, "ref-" + version),
                              timeout=120)
            self.assertStatus(run, 0)
            trees[version] = tree_contents(os.path.join(self.tmp, "ref-" + version))
        self.assertNotEqual(trees["a"], trees["b"])
        self.assertIn("s00/p00000/index.html", trees["a"])
        self.assertNotIn("s00/p00000/index.html", trees["b"])
        self.assertIn("s00/p05000/index.html", trees["b"])

        # Uninterrupted updates a -> b -> a, timed to spread the kills over one.
        # Each starts as one after a kill does: the folder skeleton a completed
        # update keeps for the next (`.public.docgen-spare`) is a killed run's
        # staging leftover instead. The machine's load varies: the longer of
        # the two is the scale.
        self.use("a")
        self.assertStatus(self.build(timeout=120), 0)
        durations = []
        spare = os.path.join(self.site, ".public.docgen-spare")
        for version in "ba":
            self.use(version)
            if os.path.exists(spare):
                os.rename(spare, os.path.join(self.site, ".public.docgen-staging-999999"))
            started = time.monotonic()
            self.assertStatus(self.build("--no-cache", timeout=120), 0)
            durations.append(time.monotonic() - started)
            self.assertEqual(tree_contents(self.public), trees[version])
        duration = max(durations)

        rng = random.Random(int(os.environ.get("DOCGEN_KILL_SEED", "10")))
        holds = "a"
        # Where the kills landed: before the staging folder, during it (the
        # previous site stays), after the swap (the new site).
        landed = {"before staging": 0, "while staging": 0, "after the swap": 0}
        trial = 0
        # Random delays first; then, while no kill has landed after the swap
        # (a loaded machine stretches every update), a few kills timed by the
        # swap itself: the moment the output folder's inode changes.
        while trial < KILL_TRIALS or (landed["after the swap"] == 0 and trial < KILL_TRIALS + 3):
            target = "a" if holds == "b" else "b"
            self.use(target)
            before = inode(self.public)
            proc = subprocess.Popen([DOCGEN, "build", self.site, "--no-cache", "--format", "json"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if trial < KILL_TRIALS:
                delay = rng.uniform(0.05, duration * 1.3)
                time.sleep(delay)
            else:
                started = time.monotonic()
                while proc.poll() is None and inode(self.public) == before:
                    time.sleep(0.0005)
                delay = time.monotonic() - started
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=60)
            now = tree_contents(self.public)
            matches = [v for v in "ab" if now == trees[v]]
            self.assertTrue(
                matches,
                "trial %d (kill after %.2fs of an update to %s): the output is neither site; "
                "%d files differ from a, %d from b"
                % (trial, delay, target, len(set(now.items()) ^ set(trees["a"].items())),
                   len(set(now.items()) ^ set(trees["b"].items()))))
            if matches[0] == target:
                landed["after the swap"] += 1
            else:
                landed["while staging" if leftovers(self.site) else "before staging"] += 1
            holds = matches[0]
            trial += 1
        if os.environ.get("DOCGEN_KILL_REPORT"):
            print("\n%d kills over updates of ~%.2fs: %s" % (trial, duration, landed))
        # The kills must have landed both before and after the swap to prove anything.
        self.assertGreater(landed["while staging"], 0, landed)
        self.assertGreater(landed["after the swap"], 0, landed)

        # The next run completes the site and removes what the killed ones left.
        self.use("a")
        self.assertStatus(self.build("--no-cache", timeout=120), 0)
        self.assertEqual(tree_contents(self.public), trees["a"])
        self.assertEqual(leftovers(self.site), [])


class LeftoverTests(SiteCase):
    def small_site(self, pages=3):
        for i in range(pages):
            self.page("p%d.md" % i, "Text %d.\n" % i, title="P%d" % i)
        self.page("index.md", "Home.\n", title="Home")

    def test_leftovers_of_a_killed_first_build_are_removed(self):
        self.small_site()
        # What a first build killed before its rename leaves: a staging folder.
        self.write(".public.docgen-staging-999999/p0/index.html", "half")
        run = self.build()
        self.assertStatus(run, 0)
        self.assertEqual(leftovers(self.site), [])
        self.assertIn("p0/index.html", tree_contents(self.public))

    def test_a_real_killed_first_build_leaves_nothing_after_the_next_run(self):
        for i in range(2000):
            self.page("s%d/p%d.md" % (i % 20, i), "Text %d.\n" % i, title="P%d" % i)
        killed_with_leftover = False
        for delay in (0.3, 0.5, 0.8, 0.2, 1.0, 0.1):
            shutil.rmtree(self.public, ignore_errors=True)
            proc = subprocess.Popen([DOCGEN, "build", self.site, "--format", "json"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=60)
            if leftovers(self.site):
                killed_with_leftover = True
                self.assertFalse(os.path.exists(self.public), "a killed first build publishes nothing")
                break
        if not killed_with_leftover:
            self.skipTest("no kill landed while the staging folder existed")
        self.assertStatus(self.build(timeout=60), 0)
        self.assertEqual(leftovers(self.site), [])
        self.assertIn("s0/p0/index.html", tree_contents(self.public))

    def test_leftovers_of_a_killed_update_are_removed(self):
        self.small_site()
        self.assertStatus(self.build(), 0)
        # A staging folder (killed before or just after the swap: then it
        # holds the previous site), a previous site moved aside by the
        # two-rename fallback, and a temporary file of the in-place update.
        self.write(".public.docgen-staging-999999/p0/index.html", "half")
        self.write(".public.docgen-old-999998/p1/index.html", "old")
        self.write("public/p2/index.html.docgen-new-999997", "temp")
        self.page("p0.md", "Changed.\n", title="P0")
        run = self.build()
        self.assertStatus(run, 0)
        self.assertEqual(leftovers(self.site), [])
        self.assertEqual(docgen_new_files(self.public), [])
        # Another output folder's leftovers beside it are not ours to remove.
        self.write(".other.docgen-staging-1/x", "x")
        self.page("p1.md", "Changed.\n", title="P1")
        self.assertStatus(self.build(), 0)
        self.assertEqual(leftovers(self.site), [".other.docgen-staging-1"])

    def test_a_previous_site_moved_aside_is_put_back_when_the_output_is_missing(self):
        # The two-rename fallback killed between its renames: no output folder,
        # the previous site whole beside it. Its unchanged files are reused.
        self.small_site()
        self.assertStatus(self.build(), 0)
        before = tree_state(self.public)
        os.rename(self.public, os.path.join(self.site, ".public.docgen-old-999999"))
        self.page("p0.md", "Changed.\n", title="P0")
        self.assertStatus(self.build(), 0)
        after = tree_state(self.public)
        self.assertEqual(leftovers(self.site), [])
        self.assertEqual(after["p1/index.html"], before["p1/index.html"])
        self.assertNotEqual(after["p0/index.html"][1], before["p0/index.html"][1])


class UnchangedFilesTests(SiteCase):
    def test_unchanged_files_keep_inode_and_mtime_across_an_update(self):
        for i in range(30):
            self.page("s%d/p%d.md" % (i % 3, i), "Text %d.\n" % i, title="P%d" % i)
        self.write("content/img/a.png", b"\x89PNG" + bytes(100))
        self.assertStatus(self.build(), 0)
        self.write("public/.nojekyll", "")
        self.write("public/.git/HEAD", "ref: refs/heads/gh-pages\n")
        self.write("public/s1/.keep", "")
        before = tree_state(self.public)
        time.sleep(0.05)
        # A body edit changes that page and the search index only.
        self.page("s0/p3.md", "Edited text.\n", title="P3")
        self.assertStatus(self.build(), 0)
        after = tree_state(self.public)
        changed = sorted(p for p in after if p in before and after[p][1] != before[p][1])
        self.assertEqual(changed, ["s0/p3/index.html", "search-index.json"])
        for path, (kind, digest, inode, mtime) in before.items():
            if kind == "file" and path not in changed:
                self.assertEqual(after[path], (kind, digest, inode, mtime), path)
        self.assertEqual(leftovers(self.site), [])

    def test_a_rebuild_that_changes_nothing_touches_nothing(self):
        for i in range(10):
            self.page("p%d.md" % i, "Text %d.\n" % i, title="P%d" % i)
        self.assertStatus(self.build(), 0)
        site_before = os.stat(self.site).st_mtime_ns
        before = tree_state(self.public)
        public_inode = os.stat(self.public).st_ino
        time.sleep(0.05)
        self.assertStatus(self.build("--no-cache"), 0)
        self.assertEqual(tree_state(self.public), before)
        self.assertEqual(os.stat(self.public).st_ino, public_inode, "the folder was not replaced")
        self.assertEqual(os.stat(self.site).st_mtime_ns, site_before, "no staging folder was made")


class DiskFullTests(TmpfsMixin, SiteCase):
    def small_site(self):
        for i in range(5):
            self.page("p%d.md" % i, "Text %d.\n" % i, title="P%d" % i)

    def fill_and_update(self, output, disk):
        """Builds into `output`, then adds a 2 MB asset the disk `disk` cannot hold."""
        self.small_site()
        run = self.docgen("build", self.site, "--output", output)
        self.assertStatus(run, 0)
        before = tree_state(output)
        beside = sorted(os.listdir(os.path.dirname(output)))
        self.write("content/big.bin", os.urandom(2 * 1024 * 1024))
        self.page("p0.md", "Changed.\n", title="P0")
        run = self.docgen("build", self.site, "--output", output)
        self.assertStatus(run, 2)
        diagnostic = self.assertDiagnostic(run, "output")
        self.assertIn("left as it was", diagnostic["message"])
        self.assertEqual(tree_state(output), before, "the previous site, untouched")
        self.assertEqual(sorted(os.listdir(os.path.dirname(output))), beside, "no leftovers beside it")
        self.assertEqual(docgen_new_files(output), [])
        self.assertGreater(shutil.disk_usage(disk).free, 512 * 1024, "the space was given back")
        # With room again, the update goes through.
        os.remove(os.path.join(self.site, "content", "big.bin"))
        self.assertStatus(self.docgen("build", self.site, "--output", output), 0)
        self.assertIn("Changed.", read(os.path.join(output, "p0", "index.html")))

    def test_disk_full_during_an_update_leaves_the_previous_site(self):
        disk = os.path.join(self.tmp, "disk")
        self.mount_tmpfs(disk, "1m")
        self.fill_and_update(os.path.join(disk, "public"), disk)

    def test_disk_full_in_an_output_mount_point_leaves_the_previous_site(self):
        # An output folder that is itself a mount point (a container volume)
        # cannot be swapped: it is updated in place, still all or nothing on a full disk.
        output = os.path.join(self.tmp, "public")
        self.mount_tmpfs(output, "1m")
        self.fill_and_update(output, output)

    def test_disk_full_during_a_first_build_writes_nothing(self):
        disk = os.path.join(self.tmp, "disk")
        self.mount_tmpfs(disk, "1m")
        self.small_site()
        self.write("content/big.bin", os.urandom(2 * 1024 * 1024))
        run = self.docgen("build", self.site, "--output", os.path.join(disk, "public"))
        self.assertStatus(run, 2)
        self.assertDiagnostic(run, "output")
        self.assertEqual(os.listdir(disk), [])


class UnusableOutputTests(SiteCase):
    def setUp(self):
        super().setUp()
        self.page("index.md", "Home.\n", title="Home")
        self.page("a.md", "A.\n", title="A")

    def assertRefused(self, run, before):
        self.assertStatus(run, 2)
        self.assertDiagnostic(run, "output")
        self.assertEqual(tree_state(self.site), before, "nothing changed")

    def test_an_output_path_that_is_a_file_is_refused(self):
        self.write("public", "not a folder")
        before = tree_state(self.site)
        self.assertRefused(self.build(), before)

    def test_an_output_folder_under_a_file_is_refused(self):
        self.write("notes.txt", "a file")
        before = tree_state(self.site)
        run = self.build("--output", os.path.join(self.site, "notes.txt", "public"))
        self.assertRefused(run, before)
        self.assertIn("the folder that holds the output folder", run.find("output")[0]["message"])

    def test_an_output_folder_that_cannot_be_written_is_refused(self):
        os.makedirs(self.public)
        self.write("public/keep.html", "keep")
        if os.geteuid() != 0:
            os.chmod(self.public, 0o555)
            self.addCleanup(os.chmod, self.public, 0o755)
        else:
            # Root writes through permission bits: a read-only bind mount.
            ok = subprocess.run(["mount", "--bind", self.public, self.public],
                                stderr=subprocess.DEVNULL).returncode == 0
            if ok:
                self.addCleanup(subprocess.run, ["umount", "-l", self.public])
                ok = subprocess.run(["mount", "-o", "remount,ro,bind", self.public],
                                    stderr=subprocess.DEVNULL).returncode == 0
            if not ok:
                self.skipTest("cannot make a read-only folder as root here (no bind mount)")
        before = tree_state(self.site)
        run = self.build()
        self.assertRefused(run, before)
        self.assertIn("cannot be written", run.find("output")[0]["message"])

    def test_an_output_folder_inside_the_content_is_refused(self):
        before = tree_state(self.site)
        self.assertRefused(self.build("--output", os.path.join(self.site, "content", "out")), before)
        self.assertRefused(self.build("--output", os.path.join(self.site, "content")), before)

    def test_the_site_folder_or_one_holding_it_is_refused_as_output(self):
        before = tree_state(self.site)
        self.assertRefused(self.build("--output", self.site), before)
        self.assertRefused(self.build("--output", self.tmp), before)

    def test_an_output_symlink_keeps_pointing_at_the_replaced_folder(self):
        real = os.path.join(self.tmp, "www")
        os.makedirs(real)
        os.symlink(real, self.public)
        self.assertStatus(self.build(), 0)
        self.page("a.md", "A2.\n", title="A")
        self.assertStatus(self.build(), 0)
        self.assertTrue(os.path.islink(self.public))
        self.assertIn("A2.", read(os.path.join(real, "a", "index.html")))
        self.assertEqual(leftovers(self.tmp), [])


if __name__ == "__main__":
    unittest.main()
