"""Module doc."""
from __future__ import annotations
List = list
class C:
    x: List[int]
    y: dict[str, 'C'] = None
print(C.__annotations__)
import __future__
print(__future__.annotations)
