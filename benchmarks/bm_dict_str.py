# Dicts and strings: word counting over generated text, string building
# with join and f-strings, %-formatting and str.format, split/strip/replace,
# dict and set operations. Prints counts and digests of the built strings.
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "an", "el", "on", "ur"]


def make_words(count, seed):
    state = seed
    words = []
    for _ in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        length = 1 + (state >> 16) % 3
        word = ""
        for k in range(length):
            word += SYLLABLES[(state >> (4 * k)) % len(SYLLABLES)]
        words.append(word)
    return words


def digest(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def main(n):
    words = make_words(n, 7)
    text = " ".join(words)
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:5]
    print("distinct words: %d" % len(counts))
    print("top: " + ", ".join("%s=%d" % pair for pair in top))
    lines = []
    for i, word in enumerate(words[: n // 4]):
        lines.append(f"{i:06d}|{word:<8}|{len(word):>3}|{word.upper()}")
    table = "\n".join(lines)
    print("table digest: %d (%d chars)" % (digest(table), len(table)))
    formatted = []
    for i in range(n // 4):
        formatted.append("{0}-{1:.2f}-{2!r}".format(i, i / 7, words[i]))
    print("format digest: %d" % digest("".join(formatted)))
    letters = {}
    for word in words:
        first = word[0]
        if first not in letters:
            letters[first] = set()
        letters[first].add(word)
    print("by letter: " + " ".join("%s:%d" % (k, len(v)) for k, v in sorted(letters.items())))
    cleaned = text.replace("ka", "KA").strip().title()
    print("cleaned: %d upper, starts %r" % (sum(1 for c in cleaned if c.isupper()), cleaned[:24]))
    merged = dict(counts)
    for word in list(merged):
        if merged[word] < 3:
            del merged[word]
    print("frequent: %d" % len(merged))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 180000)
