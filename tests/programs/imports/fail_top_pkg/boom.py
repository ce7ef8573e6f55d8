print("fail_top_pkg.boom: start")


def helper(d):
    return 10 / d


value = helper(0)
print("fail_top_pkg.boom: never reached")
