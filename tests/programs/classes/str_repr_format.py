class Money:
    def __init__(self, amount, currency="USD"):
        self.amount = amount
        self.currency = currency

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __format__(self, spec):
        if spec == "short":
            return f"{self.amount:.0f}{self.currency[0]}"
        return format(str(self), spec)


m = Money(12.5)
print(m, repr(m), str(m), [m], f"{m}", f"{m!r}", f"{m:short}", f"[{m:>15}]")


class Plain:
    pass


text = repr(Plain())
print(text.startswith("<__main__.Plain object at 0x"), str(Plain) , repr(Plain))


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


print(OnlyRepr(), str(OnlyRepr()), "%s %r" % (OnlyRepr(), OnlyRepr()))
