# floor division and modulo in every sign combination
nums = [7, -7, 6, -6, 1, -1, 0]
dens = [2, -2, 3, -3, 7, -7, 1]
for a in nums:
    for b in dens:
        print(a, b, a // b, a % b)
print(-1 // 10, -1 % 10)
print(1 // -10, 1 % -10)
print(-9223372036854775808 // -1)
print(-9223372036854775808 % -1)
print(-9223372036854775807 // 2, -9223372036854775807 % 2)
