# Transactions with rollback: a context manager that restores state when the body fails.
class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        super().__init__("account %s needs %d more" % (account, needed))
        self.account = account
        self.needed = needed

class UnknownAccount(KeyError):
    pass

class Bank:
    def __init__(self, balances):
        self.balances = dict(balances)
        self.log = []

    def withdraw(self, name, amount):
        if name not in self.balances:
            raise UnknownAccount(name)
        if self.balances[name] < amount:
            raise InsufficientFunds(name, amount - self.balances[name])
        self.balances[name] -= amount

    def deposit(self, name, amount):
        if name not in self.balances:
            raise UnknownAccount(name)
        self.balances[name] += amount

class Transaction:
    def __init__(self, bank):
        self.bank = bank

    def __enter__(self):
        self.saved = dict(self.bank.balances)
        return self.bank

    def __exit__(self, t, v, tb):
        if t is None:
            self.bank.log.append("commit")
            return False
        self.bank.balances = self.saved
        self.bank.log.append("rollback: " + t.__name__)
        return issubclass(t, InsufficientFunds)

bank = Bank({"a": 100, "b": 50})

def transfer(src, dst, amount):
    with Transaction(bank) as b:
        b.withdraw(src, amount)
        b.deposit(dst, amount)
    return sorted(bank.balances.items())

print(transfer("a", "b", 30))
print(transfer("b", "a", 500))
try:
    print(transfer("a", "zed", 10))
except UnknownAccount as e:
    print("unknown account", e, repr(e), isinstance(e, LookupError))
print(sorted(bank.balances.items()))
print(bank.log)

failures = 0
for src, dst, amount in [("a", "b", 10), ("b", "a", 1000), ("c", "a", 1), ("b", "a", 5)]:
    try:
        with Transaction(bank) as b:
            b.withdraw(src, amount)
            b.deposit(dst, amount)
    except LookupError as e:
        failures += 1
        print("failed:", type(e).__name__, e.args)
    finally:
        print("after", src, dst, amount, sorted(bank.balances.items()))
print("failures", failures, "log", bank.log[-4:])
