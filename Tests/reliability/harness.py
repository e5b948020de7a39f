"""Shared harness of the reliability suite: bad inputs and faults against the
real docgen binary, each run with a timeout.

A case builds a site in a temporary folder, runs the binary with
`--format json`, and asserts the exit status, the diagnostic codes and their
locations, and that nothing else changed.  A run that outlives its timeout is
a hang; a run killed by a signal is a crash: both fail the case whatever it
asserts next.

Env: DOCGEN=path/to/docgen (default: .build/debug/docgen of this repository).
"""

import hashlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
import unittest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DOCGEN = os.environ.get("DOCGEN") or os.path.join(REPO, ".build", "debug", "docgen")
DEFAULT_TIMEOUT = float(os.environ.get("DOCGEN_RELIABILITY_TIMEOUT", "30"))


class Run:
    """One finished run: exit status, parsed JSON diagnostics, raw streams."""

    def __init__(self, args, status, stdout, stderr):
        self.args = args
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.diagnostics = []
        try:
            self.diagnostics = json.loads(stdout.decode("utf-8")).get("diagnostics", [])
        except (ValueError, UnicodeDecodeError):
            pass

    def codes(self):
        return sorted(d["code"] for d in self.diagnostics)

    def find(self, code, file=None, line=None):
        return [
            d for d in self.diagnostics
            if d["code"] == code
            and (file is None or d.get("file") == file)
            and (line is None or d.get("line") == line)
        ]

    def describe(self):
        return "docgen %s -> %s\nstdout: %s\nstderr: %s" % (
            " ".join(self.args), self.status,
            self.stdout.decode("utf-8", "replace")[-3000:],
            self.stderr.decode("utf-8", "replace")[-3000:])


def tree_state(folder):
    """Every file and folder under `folder`: path -> (kind, sha256, inode, mtime_ns).

    Used to prove that a run changed nothing, or that an output folder is
    exactly a known tree."""
    state = {}
    if not os.path.lexists(folder):
        return state
    for base, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(dirs + files):
            path = os.path.join(base, name)
            rel = os.path.relpath(path, folder)
            st = os.lstat(path)
            if os.path.islink(path):
                state[rel] = ("link", os.readlink(path), st.st_ino, st.st_mtime_ns)
            elif os.path.isdir(path):
                state[rel] = ("dir", None, st.st_ino, None)
            elif os.path.isfile(path):
                with open(path, "rb") as f:
                    digest = hashlib.sha256(f.read()).hexdigest()
                state[rel] = ("file", digest, st.st_ino, st.st_mtime_ns)
            else:
                state[rel] = ("other", None, st.st_ino, None)
    return state


def tree_contents(folder):
    """path -> sha256 of every regular file: byte-for-byte identity of two trees."""
    return {p: v[1] for p, v in tree_state(folder).items() if v[0] == "file"}


class SiteCase(unittest.TestCase):
    """A temporary site folder (`self.site`) and a way to run docgen on it."""

    def setUp(self):
        if not os.access(DOCGEN, os.X_OK):
            self.fail("no docgen binary at %s (swift build first, or set DOCGEN)" % DOCGEN)
        self.tmp = tempfile.mkdtemp(prefix="docgen-reliability-")
        self.site = os.path.join(self.tmp, "site")
        os.makedirs(os.path.join(self.site, "content"))
        self.addCleanup(self._remove_tmp)

    def _remove_tmp(self):
        # Cases make folders unreadable on purpose: give rights back first.
        for base, dirs, _ in os.walk(self.tmp):
            for name in dirs:
                path = os.path.join(base, name)
                if not os.path.islink(path):
                    try:
                        os.chmod(path, 0o755)
                    except OSError:
                        pass
        shutil.rmtree(self.tmp, ignore_errors=True)

    def write(self, rel, data, site=None):
        """Writes `data` (str as UTF-8, or bytes) at `rel` under the site folder."""
        path = os.path.join(site or self.site, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    def page(self, rel, body="", title="Page", front=None):
        """Writes a Markdown page under content/ with a title and optional extra front matter."""
        extra = front if front is not None else ""
        return self.write(os.path.join("content", rel), "---\ntitle: %s\n%s---\n%s" % (title, extra, body))

    def docgen(self, *args, timeout=None, check_json=True):
        """Runs docgen with `args` (site folder not implied) and `--format json`."""
        argv = [DOCGEN] + list(args)
        if check_json and "--format" not in args:
            argv += ["--format", "json"]
        try:
            proc = subprocess.run(
                argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                timeout=timeout or DEFAULT_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.fail("hang: docgen %s ran longer than %ss" % (" ".join(args), timeout or DEFAULT_TIMEOUT))
        run = Run(list(args), proc.returncode, proc.stdout, proc.stderr)
        if proc.returncode < 0:
            self.fail("crash: killed by %s\n%s" % (signal.Signals(-proc.returncode).name, run.describe()))
        self.assertNotIn(b"Fatal error", proc.stderr, run.describe())
        self.assertNotIn(b"Stack dump", proc.stderr, run.describe())
        return run

    def check(self, *extra, **kw):
        return self.docgen("check", self.site, *extra, **kw)

    def build(self, *extra, **kw):
        return self.docgen("build", self.site, *extra, **kw)

    @property
    def public(self):
        return os.path.join(self.site, "public")

    def assertStatus(self, run, status):
        self.assertEqual(run.status, status, run.describe())

    def assertDiagnostic(self, run, code, file=None, line=None):
        """At least one diagnostic with this code (and file, and line when given)."""
        found = run.find(code, file, line)
        self.assertTrue(found, "no %s at %s:%s\n%s" % (code, file, line, run.describe()))
        return found[0]

    def assertNoDiagnostic(self, run, code):
        self.assertFalse(run.find(code), run.describe())
