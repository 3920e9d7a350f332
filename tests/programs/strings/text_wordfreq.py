text = """The quick brown fox jumps over the lazy dog. The dog barks;
the fox runs away! Quick, quick: the fox is gone, and the dog sleeps."""

words = []
for raw in text.lower().split():
    word = raw.strip(".,;:!?")
    if word:
        words.append(word)

freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1

for word, count in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{word:<8}{count:>3}")
print(len(words), len(freq))
longest = max(words, key=len)
print(longest, [w for w in freq if len(w) == len(longest)])
caps = " ".join(w.capitalize() for w in text.split()[:5])
print(caps)
