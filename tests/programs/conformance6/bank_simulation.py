# A bank simulation: ABC accounts, Decimal money, frozen ordered dataclass transactions, Enum kinds, dates; then text statistics.
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from enum import Enum, auto
from decimal import Decimal, ROUND_HALF_UP
import datetime
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner}: cannot withdraw {amount}, balance {account.balance}')
        self.amount = amount
class Kind(Enum):
    DEPOSIT = auto(); WITHDRAW = auto(); TRANSFER = auto()
@dataclass(order=True, frozen=True)
class Tx:
    when: datetime.date
    kind: Kind = field(compare=False)
    amount: Decimal
    memo: str = ''
class Account(ABC):
    _next = 1000
    def __init__(self, owner, balance=Decimal('0')):
        self.owner, self.balance, self.history = owner, Decimal(balance), []
        Account._next += 1; self.number = Account._next
    @abstractmethod
    def fee(self, amount): ...
    def deposit(self, amount, when):
        if amount <= 0: raise ValueError('deposit must be positive')
        self.balance += amount; self.history.append(Tx(when, Kind.DEPOSIT, amount))
    def withdraw(self, amount, when):
        total = amount + self.fee(amount)
        if total > self.balance: raise InsufficientFunds(self, total)
        self.balance -= total; self.history.append(Tx(when, Kind.WITHDRAW, total))
    def __repr__(self): return f'{type(self).__name__}(#{self.number}, {self.owner!r}, {self.balance})'
class Checking(Account):
    def fee(self, amount): return Decimal('0.25')
class Savings(Account):
    RATE = Decimal('0.035')
    def fee(self, amount): return (amount * Decimal('0.01')).quantize(Decimal('0.01'), ROUND_HALF_UP)
    def add_interest(self, when):
        i = (self.balance * self.RATE / 12).quantize(Decimal('0.01'), ROUND_HALF_UP)
        self.deposit(i, when); return i
try: Account('x')
except TypeError as e: print(e)
d0 = datetime.date(2024, 1, 31)
c = Checking('ann', '100.00'); s = Savings('bob', 2500)
c.deposit(Decimal('50.5'), d0); c.withdraw(Decimal('20'), d0 + datetime.timedelta(days=1))
print(c, s, s.add_interest(d0 + datetime.timedelta(days=30)))
for amt in [Decimal('1000'), Decimal('2600'), Decimal('-5')]:
    try:
        s.withdraw(amt, d0) if amt > 0 else s.deposit(amt, d0)
        print('ok', s.balance)
    except InsufficientFunds as e: print('InsufficientFunds:', e, e.amount)
    except ValueError as e: print('ValueError:', e)
print(sorted(c.history + s.history)[0], max(s.history).amount, [t.kind.name for t in s.history], Kind.DEPOSIT, Kind['WITHDRAW'].value, list(Kind))
t = s.history[0]
try: t.amount = 0
except Exception as e: print(type(e).__name__, e)
print(hash(t) == hash(Tx(t.when, Kind.TRANSFER, t.amount)), t == Tx(t.when, Kind.TRANSFER, t.amount), repr(t))
print(f'{sum(a.balance for a in (c, s)):,.2f}', (d0 + datetime.timedelta(days=30)).strftime('%A %d %B %Y'), d0.isocalendar(), d0.replace(day=1).weekday())
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
import re, collections, string
words = re.findall(r"[a-z']+", text.lower())
freq = collections.Counter(words)
print(len(words), len(freq), freq.most_common(4), sorted(w for w, n in freq.items() if n == 1)[:5])
print(max(words, key=len), sum(map(len, words)) / len(words), text.count('it was'), text.translate(str.maketrans('', '', string.punctuation))[:30])
print({ch: text.lower().count(ch) for ch in 'aeiou'}, sorted(set(text.lower()) & set(string.ascii_lowercase)) == list('abcdefghilmnopstuwy'))
