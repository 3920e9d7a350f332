# os.path string operations (join, split, splitext, normpath, commonpath, relpath) and os constants.
import os, os.path
from os.path import join, splitext
print(os.name, os.sep, os.linesep == "\n", os.curdir, os.pardir, os.pathsep, os.path is os.path, os.path.sep)
for a in [("a", "b", "c"), ("/a", "b"), ("a/", "b"), ("a", "/b"), ("", "x"), ("a", ""), ("a", "b/", "c")]:
    print(a, os.path.join(*a))
for p in ["a/b/c.txt", "/x/y/", "file", "/", "//a", "a.tar.gz", ".bashrc", "dir.d/file", "..", "a/.hidden", "a/b.", "///a//b"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p), os.path.isabs(p), os.path.normpath(p))
for p in ["a/./b/../c", "../../x", "/../a", "a//b///c/", "//x/y", "///x", "", ".", "a/.."]:
    print(repr(p), os.path.normpath(p))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), os.path.commonpath(["/usr/lib", "/usr/local/x"]), os.path.commonpath(["a/b", "a/c"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.abspath("/a/./b"), os.path.splitdrive("/x"), os.path.normcase("A/b"))
print(os.path.join(b"a", b"b"), os.path.splitext(b"x.py"), os.path.basename(b"/q/r"), os.fspath("p"), os.fsencode("é"), os.strerror(2))
class P:
    def __fspath__(self): return "/virtual/file.txt"
print(os.fspath(P()), os.path.basename(P()), isinstance(P(), os.PathLike), os.path.exists(__file__), os.path.isfile(__file__), os.path.isdir("."), os.path.exists("/no/such/file"))
for bad in [lambda: os.path.join("a", 1), lambda: os.path.join("a", b"b"), lambda: os.path.commonpath([]), lambda: os.path.commonpath(["/a", "b"]), lambda: os.fspath(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
