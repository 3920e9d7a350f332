import configparser
import io

text = """[DEFAULT]
base = /srv
Debug = no

[server]
host = localhost
port: 8080
path = %(base)s/www
; comment
# another
multi = line one
  line two

  line four
ratio = 0.75
flag = on

[empty]
"""
c = configparser.ConfigParser()
c.read_string(text)
print(c.sections(), c["server"]["path"], c.getint("server", "port"), c.getboolean("server", "debug"), c.getfloat("server", "ratio"))
print(list(c["server"]), c.items("server"))
print(repr(c["server"]["multi"]), c["server"].getboolean("flag"), c.get("server", "missing", fallback="fb"), c["empty"].get("x", "dflt"))
out = io.StringIO()
c.write(out)
print(out.getvalue())
print(repr(c["server"]), c.has_option("server", "base"), c.has_section("empty"), c.defaults(), "server" in c, len(c), list(c))
c["new"] = {"a": "1", "B": "two"}
c.set("new", "c", "%(a)s%(b)s!")
print(dict(c["new"]), c.get("new", "c"), c.get("new", "c", raw=True))
print(c.remove_option("new", "a"), c.remove_section("empty"), c.sections())
raw = configparser.RawConfigParser()
raw.read_string("[s]\nv = 100%\n")
print(raw.get("s", "v"))
for bad in ["[a]\nx=1\n[a]\n", "[a]\nx=1\nx=2\n", "x=1\n", "[a]\ngarbage line\nok = 1\nalso bad\n"]:
    try:
        configparser.ConfigParser().read_string(bad)
    except configparser.Error as e:
        print(type(e).__name__, "|", e)
for action in [lambda: c.get("nope", "x"), lambda: c.get("server", "nope"), lambda: c.getint("server", "host"),
               lambda: c.getboolean("server", "host"), lambda: c.add_section("server"), lambda: c.add_section("DEFAULT")]:
    try:
        action()
    except (configparser.Error, ValueError) as e:
        print(type(e).__name__, "|", e)
bad_interp = configparser.ConfigParser()
bad_interp.read_string("[s]\na = %(missing)s\nb = 50%\n")
for key in ["a", "b"]:
    try:
        bad_interp.get("s", key)
    except configparser.InterpolationError as e:
        print(type(e).__name__, "|", e)
noval = configparser.ConfigParser(allow_no_value=True)
noval.read_string("[mysqld]\nskip-bdb\nport = 3306\n")
print(noval.items("mysqld"))
d = configparser.ConfigParser(defaults={"Color": "red"})
d.read_dict({"one": {"size": 3}, "two": {"color": "blue"}})
print(d.get("one", "color"), d.get("two", "color"), d.getint("one", "size"), d.sections())
