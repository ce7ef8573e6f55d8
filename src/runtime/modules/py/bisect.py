"""Bisection algorithms, Spindle's `bisect`: the functions of `_bisect` under their names."""

from _bisect import bisect_right, bisect_left, insort_right, insort_left

bisect = bisect_right
insort = insort_right
