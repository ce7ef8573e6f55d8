# A recursion that outgrows one arena chunk (512 slots under Miri), returns, recurses again into
# the reused chunks, and finally fails at the bottom so that unwinding frees windows across chunk
# boundaries. The list display never runs: it only makes every frame reserve a larger stack region.
def deep(n, fail):
    if n < 0:
        return [n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n]
    if n == 0:
        if fail:
            return missing_name
        return 0
    return deep(n - 1, fail) + 1

print(deep(70, False))
print(deep(70, False))
print(deep(70, True))
