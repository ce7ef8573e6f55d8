print("err_raises: body runs")
STARTED = True
raise ValueError("err_raises refuses to load")
