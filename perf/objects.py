# Object kernel: a discrete-event scheduler simulation with many small objects.
# Tasks, events and workers are class instances; the hot loop is method calls
# and attribute reads/writes. A binary heap of events is kept by hand (list of
# Event objects compared with __lt__), and an LCG replaces the random module.


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


class Event:
    def __init__(self, time, seq, kind, task):
        self.time = time
        self.seq = seq
        self.kind = kind
        self.task = task

    def __lt__(self, other):
        if self.time != other.time:
            return self.time < other.time
        return self.seq < other.seq


class Heap:
    def __init__(self):
        self.items = []

    def push(self, ev):
        items = self.items
        items.append(ev)
        i = len(items) - 1
        while i > 0:
            p = (i - 1) // 2
            if items[i] < items[p]:
                items[i], items[p] = items[p], items[i]
                i = p
            else:
                break

    def pop(self):
        items = self.items
        top = items[0]
        last = items.pop()
        if items:
            items[0] = last
            n = len(items)
            i = 0
            while True:
                l = 2 * i + 1
                if l >= n:
                    break
                c = l
                r = l + 1
                if r < n and items[r] < items[l]:
                    c = r
                if items[c] < items[i]:
                    items[i], items[c] = items[c], items[i]
                    i = c
                else:
                    break
        return top

    def __len__(self):
        return len(self.items)


class Task:
    def __init__(self, ident, work, priority):
        self.ident = ident
        self.work = work
        self.priority = priority
        self.arrived = -1
        self.started = -1
        self.finished = -1
        self.worker = None


class Worker:
    def __init__(self, ident, speed):
        self.ident = ident
        self.speed = speed
        self.busy = False
        self.done = 0
        self.busy_time = 0

    def start(self, task, now):
        self.busy = True
        task.worker = self
        task.started = now
        cost = (task.work + self.speed - 1) // self.speed
        self.busy_time += cost
        return now + cost

    def finish(self, task, now):
        self.busy = False
        self.done += 1
        task.finished = now


class Scheduler:
    def __init__(self, nworkers, rng):
        self.rng = rng
        self.workers = [Worker(i, 1 + rng.next(4)) for i in range(nworkers)]
        self.events = Heap()
        self.queue = []
        self.seq = 0
        self.now = 0
        self.completed = []

    def schedule(self, time, kind, task):
        self.seq += 1
        self.events.push(Event(time, self.seq, kind, task))

    def free_worker(self):
        for w in self.workers:
            if not w.busy:
                return w
        return None

    def dispatch(self):
        while self.queue:
            w = self.free_worker()
            if w is None:
                return
            task = self.queue.pop(0)
            self.schedule(w.start(task, self.now), 1, task)

    def run(self, ntasks):
        rng = self.rng
        t = 0
        for i in range(ntasks):
            t += rng.next(6)
            self.schedule(t, 0, Task(i, 1 + rng.next(40), rng.next(3)))
        while len(self.events):
            ev = self.events.pop()
            self.now = ev.time
            if ev.kind == 0:
                ev.task.arrived = self.now
                self.queue.append(ev.task)
            else:
                ev.task.worker.finish(ev.task, self.now)
                self.completed.append(ev.task)
            self.dispatch()


def summarize(s):
    chk = 0
    wait = 0
    for task in s.completed:
        wait += task.started - task.arrived
        chk = (chk * 31 + task.ident * 7 + task.finished + task.worker.ident) % 1000000007
    per = [(w.ident, w.done, w.busy_time) for w in s.workers]
    return chk, wait, per


total = 0
for round_ in range(4):
    sched = Scheduler(6, Rng(12345 + round_))
    sched.run(35000)
    chk, wait, per = summarize(sched)
    print("round", round_, chk, wait, sched.now, len(sched.completed))
    print("workers", per)
    total = (total * 1000003 + chk + wait) % 1000000007
print("checksum", total)
