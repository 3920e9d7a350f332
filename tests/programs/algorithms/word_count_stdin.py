import sys
from collections import Counter

text = sys.stdin.read().lower()
for ch in ".,;:!?\"'()":
    text = text.replace(ch, " ")
counts = Counter(text.split())
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{n:3} {word}")
print("distinct:", len(counts))
