from pathlib import PurePath, PurePosixPath, Path, PosixPath

paths = ["", ".", "/", "//", "///", "a/b/c.txt", "/usr//local/./bin/", "//host/share", "./x/../y", "archive.tar.gz", ".bashrc", "dir/", "a/b."]
for s in paths:
    p = PurePosixPath(s)
    print(repr(p), str(p), p.parts, repr(p.root), repr(p.anchor), repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), p.is_absolute(), repr(p.parent))
p = PurePath("/home/user/docs/report.final.pdf")
print(type(p).__name__, [str(x) for x in p.parents], p.parents[0], len(p.parents))
print(p.with_name("summary.txt"), p.with_suffix(".txt"), p.with_suffix(""), p.with_stem("draft"))
print(p.relative_to("/home/user"), p.relative_to("/home", "user/docs"), p.is_relative_to("/etc"), p.is_relative_to("/home"))
print(p / "x" / "y", "/tmp" / PurePosixPath("z"), PurePosixPath("a").joinpath("b", "/c", "d"), PurePosixPath("a", PurePosixPath("b")))
print(p.match("*.pdf"), p.match("docs/*.pdf"), p.match("/docs/*.pdf"), p.match("/home/*/*/*.pdf"), PurePosixPath("a/b").match("A/b"))
print(PurePosixPath("a/b") == PurePosixPath("a//b/"), PurePosixPath("a") < PurePosixPath("b"), sorted([PurePosixPath("b/a"), PurePosixPath("a/z"), PurePosixPath("/r")]))
print(hash(PurePosixPath("x/y")) == hash(PurePosixPath("x//y")), PurePosixPath("/a b/ü").as_uri(), p.as_posix())
for bad in [lambda: p.relative_to("/etc"), lambda: PurePosixPath("/").with_name("x"), lambda: p.with_suffix("txt"), lambda: p.with_name("a/b"), lambda: PurePosixPath("a").relative_to()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    PurePosixPath(5)
except TypeError as e:
    print("TypeError", e)
q = Path("data/file.txt")
print(type(q).__name__, isinstance(q, PurePosixPath), isinstance(q, PosixPath), q.suffix, str(q.parent))
print(Path(__file__).name, Path(__file__).suffix, Path(__file__).exists(), Path(__file__).is_file(), Path("no/such/file").exists())
print(Path(__file__).read_text().splitlines()[0])
