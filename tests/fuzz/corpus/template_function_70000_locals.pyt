def f():
{{70000*    v{#} = {#}\n}}    return v0 + v69999

print(f())
