class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self.balance})"


alice = Account("alice", 100)
bob = Account("bob")
alice.transfer(bob, 30)
bob.deposit(5)
print(alice, bob)
for action in [lambda: bob.withdraw(100), lambda: alice.deposit(-5), lambda: alice.transfer(bob, 70)]:
    try:
        action()
    except InsufficientFunds as e:
        print("insufficient:", e, e.needed, e.available)
    except ValueError as e:
        print("invalid:", e)
print(alice, bob, alice.history, bob.history)
