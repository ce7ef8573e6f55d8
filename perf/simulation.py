# A discrete-event simulation of a queueing network, the kind of script issue 10 is about:
# seeded `random` draws, a `heapq` event queue, `collections.deque` waiting lines, a
# `Counter` of outcomes, `math.sqrt` for statistics. Prints a checksum of everything.
import heapq
import math
import random
from collections import Counter, deque

random.seed(2024)

SERVERS = 3
CUSTOMERS = 300000
ARRIVAL_RATE = 2.7
SERVICE_RATE = 1.0

events = []
sequence = 0


def schedule(time, kind, who):
    global sequence
    sequence += 1
    heapq.heappush(events, (time, sequence, kind, who))


waiting = deque()
busy = 0
arrived_at = {}
waits = []
outcomes = Counter()
clock = 0.0
next_arrival = 0.0
for customer in range(CUSTOMERS):
    next_arrival += random.expovariate(ARRIVAL_RATE)
    schedule(next_arrival, "arrive", customer)

while events:
    clock, _, kind, who = heapq.heappop(events)
    if kind == "arrive":
        arrived_at[who] = clock
        if busy < SERVERS:
            busy += 1
            waits.append(0.0)
            outcomes["served at once"] += 1
            schedule(clock + random.expovariate(SERVICE_RATE), "leave", who)
        elif len(waiting) >= 40:
            outcomes["balked"] += 1
        else:
            waiting.append(who)
            outcomes["queued"] += 1
    else:
        if waiting:
            nxt = waiting.popleft()
            waits.append(clock - arrived_at[nxt])
            schedule(clock + random.expovariate(SERVICE_RATE), "leave", nxt)
        else:
            busy -= 1

mean = sum(waits) / len(waits)
spread = math.sqrt(sum((w - mean) ** 2 for w in waits) / len(waits))
print("clock", round(clock, 6))
print("served", len(waits), "mean wait", round(mean, 6), "stdev", round(spread, 6))
print(sorted(outcomes.items()))
print("longest waits", [round(w, 4) for w in heapq.nlargest(3, waits)])
