import re

log = """2024-03-01 12:00:01 INFO user=alice action=login
2024-03-01 12:05:42 WARN user=bob action=retry count=3
2024-03-02 08:15:00 ERROR user=alice action=upload size=12MB
"""
pattern = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+) (?P<rest>.*)$", re.M)
for m in pattern.finditer(log):
    fields = dict(re.findall(r"(\w+)=(\w+)", m["rest"]))
    print(m.group("date"), m.group("level"), fields)
print(re.findall(r"\b[A-Z]{4,5}\b", log))
print(re.sub(r"user=(\w+)", lambda m: "user=" + m.group(1).upper(), log.splitlines()[0]))
print(re.sub(r"(\d+)-(\d+)-(\d+)", r"\3/\2/\1", "2024-03-01"), re.subn(r"\s+", " ", "a  b \t c"))
print(re.split(r"\s*[,;]\s*", "a , b;c ;d"), re.split(r"(\d)", "a1b2c"), re.split(r"\W+", "Hello, world!"))
print(re.match(r"\d+", "123abc"), re.match(r"\d+", "abc"), re.search(r"b+", "aabbbcc").span())
print(re.fullmatch(r"[\w.]+@\w+\.\w+", "first.last@example.com") is not None, re.escape("1+1=2?"))
email = re.compile(r"(?i)^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$")
for addr in ["Ann@Mail.COM", "bad@", "x.y@z.io"]:
    print(addr, bool(email.match(addr)))
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "costs $12.50 or $7"), re.findall(r"a(?!b)", "ab ac ad"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
