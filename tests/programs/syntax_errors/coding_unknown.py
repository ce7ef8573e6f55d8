#!/usr/bin/env python3
# vim: set fileencoding=xyz :
print(1)
