# Instances stored in lists, dicts and sets; identity versus equality.
class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price

    def __repr__(self):
        return "Item(%s, %d)" % (self.name, self.price)


items = [Item("pen", 3), Item("book", 12), Item("cup", 5), Item("bag", 12)]
print(sorted(items, key=lambda i: i.price))
print(sorted(items, key=lambda i: (-i.price, i.name)))
print(max(items, key=lambda i: i.price), min(items, key=lambda i: i.name))
by_name = {i.name: i for i in items}
print(by_name["cup"], by_name["cup"] is items[2])
first = items[0]
print(first in items, Item("pen", 3) in items, items.index(first), items.count(first))
seen = set()
for i in items + items[:2]:
    seen.add(i)
print(len(seen), first in seen, Item("pen", 3) in seen)
by_obj = {first: "first"}
print(by_obj[first], by_obj.get(Item("pen", 3), "other"))
totals = {}
for i in items:
    totals[i.price] = totals.get(i.price, []) + [i.name]
print(totals)
grid = [[Item("c%d%d" % (r, c), r * c) for c in range(3)] for r in range(2)]
print(grid[1][2], [x.price for row in grid for x in row])
copy = items[:]
copy[0].price = 99
print(items[0], copy is items, copy[0] is items[0])
