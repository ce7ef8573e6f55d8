print("err_pkg: __init__")
EXISTS = "exists"
