# Implicit chaining: an error inside an except block, in a method.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        try:
            if amount > self.balance:
                raise ValueError(f"insufficient funds: {self.balance} < {amount}")
            self.balance -= amount
        except ValueError:
            self.log["failures"] += 1
        return self.balance

acct = Account(10)
print(acct.withdraw(3))
acct.withdraw(100)
