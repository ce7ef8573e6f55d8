[].reverse(1)
