"""The self-contained docgen: `swift build -c release --static-swift-stdlib
--disable-default-traits` links the Swift runtime and Foundation into the
binary, so it runs on a machine with no Swift toolchain, needing only the C
runtime and libcmark. It leaves out `docgen serve` (the Serve trait), whose
HTTP library brings Foundation's networking and with it libcurl.

This builds that binary (its own release build, in .build-static so that it
disturbs no other build; a few minutes from scratch, incremental after) and
checks it:
- no Swift runtime library among its NEEDED entries (readelf -d);
- every NEEDED library is the C runtime (glibc, and libstdc++/libgcc_s, which
  every Debian and Ubuntu system has: apt itself needs them) or libcmark;
- with a bare environment (`env -i PATH=/usr/bin:/bin`) and from a folder of
  its own, it builds and checks a site, with the built-in theme.

Run: python3 -m unittest discover -s Tests/static -t Tests/static
Env: DOCGEN_STATIC=path/to/docgen to check a binary built elsewhere (no build);
     DOCGEN_STATIC_BUILD_PATH (default .build-static).
"""

import os
import re
import shutil
import subprocess
import tempfile
import unittest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD_PATH = os.environ.get("DOCGEN_STATIC_BUILD_PATH") or os.path.join(REPO, ".build-static")

# Libraries of the Swift toolchain: none may be needed at run time.
SWIFT_RUNTIME = re.compile(r"^lib(swift|Foundation|_Foundation|FoundationEssentials|FoundationInternationalization"
                           r"|FoundationNetworking|FoundationXML|dispatch|BlocksRuntime|icu|_InternalSwift)")
# What the binary may need: the C runtime of the base system, and libcmark.
ALLOWED = re.compile(r"^(libc|libm|libdl|libpthread|librt|libutil|ld-linux[-\w]*|libstdc\+\+|libgcc_s|libcmark)"
                     r"\.so(\.[\w.]+)?$")


def toolchain_root():
    """The Swift toolchain's folder (/opt/swift for /opt/swift/usr/bin/swift), or None."""
    swift = shutil.which("swift")
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(swift)))) if swift else None


def resolved_libraries(binary):
    """What the dynamic loader loads for `binary` in a bare environment: (name, path) pairs."""
    out = subprocess.run(["env", "-i", "PATH=/usr/bin:/bin", "ldd", binary], check=True, capture_output=True,
                         text=True).stdout
    return re.findall(r"^\s*(\S+) => (.+?)(?: \(0x[0-9a-f]+\))?$", out, re.M)


def needed_libraries(binary):
    """The NEEDED entries of an ELF file's dynamic section."""
    out = subprocess.run(["readelf", "-d", binary], check=True, capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


class StaticBinaryTests(unittest.TestCase):
    binary = None

    @classmethod
    def setUpClass(cls):
        if shutil.which("readelf") is None:
            raise unittest.SkipTest("readelf not found (Debian package binutils)")
        given = os.environ.get("DOCGEN_STATIC")
        if given:
            cls.binary = given
            return
        # Without the Serve trait: FlyingFox imports Foundation's networking,
        # which would link libcurl (see Package.swift).
        command = ["swift", "build", "-c", "release", "--static-swift-stdlib", "--disable-default-traits",
                   "--build-path", BUILD_PATH, "--product", "docgen"]
        subprocess.run(command, cwd=REPO, check=True)
        cls.binary = os.path.join(BUILD_PATH, "release", "docgen")

    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="docgen-static-")
        self.addCleanup(shutil.rmtree, self.folder, ignore_errors=True)

    def test_the_check_sees_a_swift_runtime_where_there_is_one(self):
        # The same check on an ordinary (dynamically linked) build must find
        # the Swift runtime, or the next test would pass for the wrong reason.
        dynamic = os.path.join(REPO, ".build", "debug", "docgen")
        if not os.path.exists(dynamic):
            self.skipTest("no .build/debug/docgen to compare with (run `swift build`)")
        self.assertTrue(any(SWIFT_RUNTIME.match(name) for name in needed_libraries(dynamic)),
                        needed_libraries(dynamic))

    def test_the_dynamic_build_loads_its_runtime_from_the_toolchain(self):
        # Why a bare PATH alone proves little: an ordinary build finds the
        # Swift runtime through its RUNPATH, in the toolchain's folder.
        dynamic = os.path.join(REPO, ".build", "debug", "docgen")
        root = toolchain_root()
        if not os.path.exists(dynamic) or root is None:
            self.skipTest("needs .build/debug/docgen and swift on PATH")
        self.assertTrue(any(path.startswith(root + "/") for _, path in resolved_libraries(dynamic)))

    def test_loads_nothing_from_the_toolchain(self):
        resolved = resolved_libraries(self.binary)
        self.assertEqual([name for name, path in resolved if path.startswith("not found")], [], resolved)
        root = toolchain_root()
        if root is not None:
            self.assertEqual([path for _, path in resolved if path.startswith(root + "/")], [], resolved)

    def test_no_swift_runtime_among_the_needed_libraries(self):
        needed = needed_libraries(self.binary)
        self.assertEqual([name for name in needed if SWIFT_RUNTIME.match(name)], [], needed)
        self.assertEqual([name for name in needed if not ALLOWED.match(name)], [], needed)
        self.assertTrue(any(name.startswith("libcmark") for name in needed), "cmark stays a shared library")
        self.assertTrue(any(name.startswith("libc.so") for name in needed), needed)

    def write(self, path, text):
        path = os.path.join(self.folder, path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    def run_bare(self, *args):
        """Runs the binary, copied to a folder of its own, with nothing of the
        toolchain in its environment: no PATH entry, no LD_LIBRARY_PATH."""
        copy = os.path.join(self.folder, "bin", "docgen")
        if not os.path.exists(copy):
            os.makedirs(os.path.dirname(copy))
            shutil.copy2(self.binary, copy)
        with open(os.path.join(self.folder, "stdout"), "w+b") as out, \
                open(os.path.join(self.folder, "stderr"), "w+b") as err:
            status = subprocess.run(["env", "-i", "PATH=/usr/bin:/bin", "HOME=" + self.folder, copy, *args],
                                    cwd=os.path.join(self.folder, "site"), stdout=out, stderr=err,
                                    stdin=subprocess.DEVNULL, timeout=120).returncode
            out.seek(0)
            err.seek(0)
            return status, out.read().decode(), err.read().decode()

    def test_builds_a_site_with_no_toolchain_on_path(self):
        self.write("site/content/index.md", "# Home\n\nSee [the guide](guide.md).\n")
        self.write("site/content/guide.md", "---\ntitle: Guide\n---\nBack [home](/).\n")
        status, out, err = self.run_bare("build")
        self.assertEqual(status, 0, out + err)
        self.assertIn("0 errors", err)
        with open(os.path.join(self.folder, "site/public/guide/index.html"), encoding="utf-8") as f:
            page = f.read()
        self.assertIn("<title>Guide · Documentation</title>", page)
        self.assertTrue(os.path.exists(os.path.join(self.folder, "site/public/docgen.css")), "the built-in theme")

    def test_reports_a_broken_link_with_no_toolchain_on_path(self):
        self.write("site/content/index.md", "# Home\n\n[gone](/nowhere/)\n")
        status, out, err = self.run_bare("check", "--format", "github")
        self.assertEqual(status, 1, out + err)
        self.assertIn("::error file=content/index.md,line=3,col=1,title=docgen missing-page::", out)

    def test_serve_says_it_is_left_out_instead_of_building_a_site_named_serve(self):
        self.write("site/content/index.md", "# Home\n")
        status, out, err = self.run_bare("serve")
        self.assertEqual(status, 2, out + err)
        self.assertIn("built without `serve`", err)
        self.assertFalse(os.path.exists(os.path.join(self.folder, "site/public")), "nothing built")


if __name__ == "__main__":
    unittest.main()
