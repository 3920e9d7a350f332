import time

start = time.time()
t0 = time.perf_counter()
total = sum(range(100000))
elapsed = time.perf_counter() - t0
print(total, elapsed >= 0, time.time() >= start, isinstance(time.monotonic(), float))
st = time.gmtime(0)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, tuple(st)[:6])
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))
