# A failing assert with a message, uncaught.
def mean(values):
    assert len(values) > 0, "mean of empty list"
    return sum(values) / len(values)

print(mean([1, 2, 3]))
print(mean([]))
