# A course-style exercise set on text: word frequencies, palindromes,
# anagram groups, Caesar cipher, run-length encoding, title formatting.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief."""
words = [w.strip('.,').lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, count in top:
    print(f'{word:<8}{count:>3} {"*" * count}')
print(len(words), len(set(words)), max(words, key=len), min(words, key=len))


def is_palindrome(s):
    cleaned = ''.join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]


for s in ['A man, a plan, a canal: Panama', 'racecar', 'hello', '', 'No lemon, no melon']:
    print(repr(s), is_palindrome(s))
groups = {}
for w in ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog']:
    groups.setdefault(''.join(sorted(w)), []).append(w)
print(sorted(groups.values(), key=lambda g: (-len(g), g)))


def caesar(s, shift):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return ''.join(out)


secret = caesar('Hello, World! xyz', 3)
print(secret, caesar(secret, -3))


def rle(s):
    if not s:
        return ''
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f'{count}{prev}')
            prev, count = ch, 1
    out.append(f'{count}{prev}')
    return ''.join(out)


print(rle('aaabccddddde'), rle(''), rle('x'))
print(' '.join(w.capitalize() for w in 'the quick brown fox'.split()), 'the quick'.title().swapcase())
table = str.maketrans('aeiou', '12345', 'xyz')
print('hexagonal xylophone'.translate(table), str.maketrans({'a': None, 'b': 'B'}))
lines = ['name,age,city', 'Ann,30,Oslo', 'Bob,25,Rome']
header, *rows = [line.split(',') for line in lines]
records = [dict(zip(header, row)) for row in rows]
print(records)
print('\n'.join(f"{r['name']:>5} | {int(r['age']):03d} | {r['city']:^6}" for r in records))
vowels = sum(1 for c in text.lower() if c in 'aeiou')
print(vowels, text.count('was'), text.find('age'), text.rfind('age'), text.replace('was', 'is', 2)[:30])
print(sorted('hello world'.split(), key=lambda w: w[::-1]), '-'.join(reversed('a b c'.split())))
