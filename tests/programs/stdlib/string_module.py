import string
from string import Template

print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits)
print(string.punctuation, repr(string.whitespace))
print(string.capwords("hello   big world"))
t = Template("$name has $$${amount}")
print(t.substitute(name="Ann", amount=5), t.substitute({"name": "Bo", "amount": 1}))
print(Template("$a $b").safe_substitute(a=1))
try:
    Template("$a $b").substitute(a=1)
except KeyError as e:
    print("KeyError:", e)
try:
    Template("cost: $").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Formatter().format("{0}-{name}", 1, name="x"))
