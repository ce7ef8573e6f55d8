# An uncaught user-defined exception raised three calls deep.
class InventoryError(Exception):
    pass

class OutOfStock(InventoryError):
    def __init__(self, item, wanted, have):
        super().__init__("%s: wanted %d, have %d" % (item, wanted, have))
        self.item = item

stock = {"apple": 3, "pear": 0}

def take(item, n):
    have = stock[item]
    if n > have:
        raise OutOfStock(item, n, have)
    stock[item] = have - n
    return stock[item]

def order(items):
    for item, n in items:
        print("took", item, "left", take(item, n))

def main():
    order([("apple", 2), ("apple", 1), ("pear", 1)])

main()
