import random


class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, name, amount=0):
        self.accounts[name] = amount
        self.log.append(f"open {name} {amount}")

    def transfer(self, src, dst, amount):
        if self.accounts[src] < amount:
            self.log.append(f"denied {src}->{dst} {amount}")
            return False
        self.accounts[src] -= amount
        self.accounts[dst] += amount
        self.log.append(f"ok {src}->{dst} {amount}")
        return True


rng = random.Random(2024)
bank = Bank()
for name in ["ann", "bob", "cat", "dan"]:
    bank.open(name, rng.randint(50, 150))
total = sum(bank.accounts.values())
ok = 0
for _ in range(40):
    src, dst = rng.sample(sorted(bank.accounts), 2)
    ok += bank.transfer(src, dst, rng.randint(1, 80))
print(bank.accounts, sum(bank.accounts.values()) == total, ok)
print("\n".join(bank.log[:8]))
