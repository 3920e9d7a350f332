import hashlib
import queue

for name in ["md5", "sha1", "sha256", "sha512"]:
    h = hashlib.new(name)
    h.update(b"The quick brown fox ")
    h.update(b"jumps over the lazy dog")
    print(name, h.digest_size, h.hexdigest()[:32])
print(hashlib.sha256("héllo".encode()).hexdigest(), hashlib.md5(b"").digest()[:4])
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
jobs = queue.PriorityQueue()
for priority, job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    jobs.put((priority, job))
while not jobs.empty():
    print(jobs.get())
fifo = queue.Queue(maxsize=2)
fifo.put("a")
fifo.put("b")
try:
    fifo.put_nowait("c")
except queue.Full:
    print("queue full at", fifo.qsize())
print(fifo.get(), fifo.get())
try:
    fifo.get_nowait()
except queue.Empty:
    print("queue empty")
stack = queue.LifoQueue()
for i in range(3):
    stack.put(i)
print([stack.get() for _ in range(3)])
