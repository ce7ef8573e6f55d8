# append and pop in their different forms
lst = []
for i in range(6):
    lst.append(i * 10)
    print(lst)
print(lst.pop())
print(lst)
print(lst.pop(0))
print(lst)
print(lst.pop(-2))
print(lst)
print(lst.pop(1))
print(lst)
lst.append([1, 2])
lst.append("s")
print(lst, len(lst))
while len(lst) > 0:
    print("popped", lst.pop(), "left", len(lst))
print(lst)
stack = []
for ch in "abc":
    stack.append(ch)
out = ""
while stack:
    out = out + stack.pop()
print(out)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
r = lst.append(5)
print(r, lst)
alias = lst
alias.append(6)
print(lst, alias is lst)
