import argparse
import sys


def run(parser, args):
    try:
        ns = parser.parse_args(args)
        print(ns)
        return ns
    except SystemExit as e:
        print("exit", e.code)


p = argparse.ArgumentParser(prog="tool", description="A demo tool that does several things with files.", epilog="See the manual for more.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("-n", "--num", type=int, default=3, metavar="N", help="how many times to repeat the operation, which is a long help text that wraps")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append", help="add a tag")
p.add_argument("-q", action="store_true", help="quiet")
p.add_argument("--no-cache", dest="cache", action="store_false")
p.add_argument("--ratio", type=float)
p.add_argument("--pair", nargs=2, metavar=("K", "V"))
p.add_argument("--items", nargs="+")
p.add_argument("--opt", nargs="*", default=[])
p.add_argument("--version", action="version", version="%(prog)s 1.0")
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="use colors")
p.print_help()
print(p.format_usage(), end="")
run(p, ["a.txt"])
run(p, ["a.txt", "b.txt", "-vvv", "--num", "7", "--mode=slow", "--tag", "x", "--tag", "y", "-q", "--no-cache"])
run(p, ["--ratio", "0.5", "--pair", "k", "v", "--items", "1", "2", "--", "s", "d"])
run(p, ["s", "--opt", "--verb"])
run(p, ["s", "--no-color", "-n5"])
run(p, [])
run(p, ["s", "--num", "abc"])
run(p, ["s", "--mode", "medium"])
run(p, ["s", "d", "extra"])
run(p, ["s", "--pair", "only"])
run(p, ["s", "--bogus"])
run(p, ["s", "--ver"])
run(p, ["--version"])
run(p, ["s", "-h"])

g = argparse.ArgumentParser(prog="grp")
mx = g.add_mutually_exclusive_group(required=True)
mx.add_argument("--json", action="store_true")
mx.add_argument("--xml", action="store_true")
grp = g.add_argument_group("network", "Network options")
grp.add_argument("--host", default="localhost")
grp.add_argument("--port", type=int, default=80)
g.print_help()
run(g, ["--json"])
run(g, ["--json", "--xml"])
run(g, [])

s = argparse.ArgumentParser(prog="git")
s.add_argument("--debug", action="store_true")
sub = s.add_subparsers(dest="command", help="sub-command help")
c = sub.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
pu = sub.add_parser("push", aliases=["p"], help="send changes")
pu.add_argument("remote", nargs="?", default="origin")
s.print_help()
c.print_help()
run(s, ["commit", "-m", "msg"])
run(s, ["--debug", "p", "upstream"])
run(s, ["commit"])
run(s, ["pull"])
print(s.parse_known_args(["push", "--force", "x"]))

d = argparse.ArgumentParser(prog="defaults", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument("--size", type=int, default=10, help="the size")
d.add_argument("files", nargs="*", help="input files")
d.set_defaults(extra="yes")
d.print_help()
print(run(d, ["a", "b"]).extra, d.get_default("size"))

e = argparse.ArgumentParser(prog="ext", add_help=False, prefix_chars="-+")
e.add_argument("+x", action="store_const", const=42)
e.add_argument("--list", action="extend", nargs="+", type=int)
e.add_argument("-1", dest="one", action="store_true")
run(e, ["+x", "--list", "1", "2", "--list", "3", "-1"])
e.print_help()


def positive(value):
    n = int(value)
    if n <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not positive")
    return n


t = argparse.ArgumentParser(prog="typed", exit_on_error=False)
t.add_argument("count", type=positive)
try:
    t.parse_args(["-3"])
except argparse.ArgumentError as err:
    print("ArgumentError:", err)
print(t.parse_args(["4"]))
try:
    t.add_argument("count")
except argparse.ArgumentError as err:
    print(err)
try:
    argparse.ArgumentParser().add_argument("--a", "-a").__class__
    argparse.ArgumentParser().add_argument("x", required=True)
except TypeError as err:
    print(err)
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(a=1, b="x"), "a" in ns, vars(ns))
long = argparse.ArgumentParser(prog="a-program-with-a-rather-long-name-for-testing-wrapping")
for i in range(8):
    long.add_argument(f"--option-number-{i}", metavar="VALUE")
long.add_argument("inputs", nargs="+")
long.print_usage()
