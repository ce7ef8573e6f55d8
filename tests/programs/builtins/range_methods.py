# range objects' attributes and methods: start, stop, step, count, index.
r = range(2, 20, 3)
print(r.start, r.stop, r.step, r.count(5), r.count(6), r.index(8), range(10).count(3.0))
try: r.index(7)
except ValueError as e: print(e)
print(range(-5, 5, 2).index(3), range(10**20, 10**21).start)
