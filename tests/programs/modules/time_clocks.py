# The time module's clocks and sleep: result types, monotonic clocks never going back, sleep
# lasting at least its argument, the clocks agreeing with each other, and sleep's errors.
import time

print(type(time.time()).__name__, type(time.time_ns()).__name__)
print(type(time.perf_counter()).__name__, type(time.perf_counter_ns()).__name__)
print(type(time.monotonic()).__name__, type(time.monotonic_ns()).__name__)
print(type(time.process_time()).__name__, type(time.process_time_ns()).__name__)
print(time.time() > 1.6e9, time.time_ns() > 1.6e18)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0)

stamps = [time.monotonic() for _ in range(100)]
print(all(a <= b for a, b in zip(stamps, stamps[1:])))
counters = [time.perf_counter_ns() for _ in range(100)]
print(all(a <= b for a, b in zip(counters, counters[1:])))

start = time.perf_counter()
wall = time.time()
print(time.sleep(0.02))
elapsed = time.perf_counter() - start
print(elapsed >= 0.02, elapsed < 5.0, time.time() - wall >= 0.019)
time.sleep(0)
time.sleep(True)

cpu = time.process_time()
total = 0
for i in range(200000):
    total += i
print(total, time.process_time() >= cpu)

for bad in (-1, -0.5, float("nan"), "1", None, [1]):
    try:
        time.sleep(bad)
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ":", err)
try:
    time.sleep(10**30)
except OverflowError as err:
    print("OverflowError:", err)
try:
    time.sleep()
except TypeError as err:
    print("TypeError:", err)
try:
    time.time(1)
except TypeError as err:
    print("TypeError:", err)
