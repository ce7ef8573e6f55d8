"""Heap queue algorithm (a.k.a. priority queue), Spindle's `heapq`.

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k; a[0] is the
smallest item. The list operations are the Rust functions of `_heapq`.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import heappush, heappop, heapify, heapreplace, heappushpop


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output, lazily.

    Equal items come out in the order of the iterables they come from.
    """
    sources = []
    for it in iterables:
        it = iter(it)
        for first in it:
            sources.append([first, first if key is None else key(first), it])
            break
    while sources:
        best = 0
        best_key = sources[0][1]
        for i in range(1, len(sources)):
            candidate = sources[i][1]
            if (best_key < candidate) if reverse else (candidate < best_key):
                best = i
                best_key = candidate
        source = sources[best]
        yield source[0]
        for value in source[2]:
            source[0] = value
            source[1] = value if key is None else key(value)
            break
        else:
            del sources[best]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable: sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable: sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
