import logging
import sys

log = logging.getLogger("app")
log.warning("no handlers: %s", "last resort")
log.info("not shown")
print(log, logging.getLogger(), log.getEffectiveLevel(), log.parent is logging.root)

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s|%(name)s|%(funcName)s|%(lineno)d|%(message)s", stream=sys.stdout)
log.debug("debug %d", 1)
logging.info("root info")


def work():
    log.error("in function %s", "work")


work()
child = logging.getLogger("app.db")
print(child.parent is log, child.name, log.getChild("db") is child)
child.setLevel(logging.ERROR)
child.warning("filtered")
child.error("child error")
print(child.isEnabledFor(logging.WARNING), child.getEffectiveLevel(), logging.getLevelName(40), logging.getLevelName("INFO"), logging.getLevelName(15))

class PathHidingStream:
    """stdout with this file's absolute path (in tracebacks) shown as FILE."""

    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))

    def flush(self):
        sys.stdout.flush()


handler = logging.StreamHandler(PathHidingStream())
handler.setFormatter(logging.Formatter("{name}:{levelname}:{message}", style="{"))
other = logging.getLogger("other")
other.propagate = False
other.addHandler(handler)
other.setLevel(logging.INFO)
other.info("brace style")
handler.setFormatter(logging.Formatter("$name-$levelname-${message}", style="$"))
other.info("dollar style")
handler.setFormatter(logging.Formatter("%(name)s %(message)s %(custom)s", defaults={"custom": "dflt"}))
other.info("with defaults")
other.info("extra wins", extra={"custom": "given"})
print(other.hasHandlers(), handler.level, repr(handler))


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


handler.addFilter(OnlyOdd())
handler.setFormatter(logging.Formatter("%(levelname)-8s[%(message)s]"))
for i in range(4):
    other.warning("n=%d", i)
handler.filters.clear()

try:
    1 / 0
except ZeroDivisionError:
    other.exception("caught")
handler.setFormatter(logging.Formatter("%(message)s"))
other.error("exc_info object", exc_info=ZeroDivisionError("boom"))

adapter = logging.LoggerAdapter(other, {"custom": "ctx"})
handler.setFormatter(logging.Formatter("%(custom)s>%(message)s"))
adapter.warning("adapted %s", "msg")
print(repr(adapter))
handler.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))

rec = logging.makeLogRecord({"msg": "hello %s", "args": ("x",), "levelno": 20})
print(rec.getMessage(), rec.msg)
rec2 = logging.LogRecord("n", logging.INFO, "/a/b/mod.py", 7, "%(k)s", ({"k": "mapping"},), None)
print(rec2.getMessage(), rec2.filename, rec2.module, rec2.levelname)

logging.addLevelName(25, "NOTICE")
other.log(25, "custom level")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
try:
    other.setLevel("BOGUS")
except ValueError as e:
    print(e)

logging.disable(logging.ERROR)
other.error("disabled")
other.critical("still on")
logging.disable(logging.NOTSET)
null = logging.getLogger("lib")
null.addHandler(logging.NullHandler())
null.propagate = False
null.error("silent")
f = logging.Formatter()
print(f.format(rec), repr(logging.Formatter("%(message)s")._fmt))
try:
    logging.Formatter("no fields")
except ValueError as e:
    print(e)
logging.warning("to root at end")
