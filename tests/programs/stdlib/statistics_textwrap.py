import statistics
import textwrap

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data))
print(statistics.stdev(data), statistics.pstdev(data), statistics.variance(data))
print(statistics.median([1, 3, 2, 4]), statistics.mean([1.5, 2.5]), statistics.multimode("aabbc"))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(text, width=30))
print(textwrap.wrap("a well-known hyphenated-word example", 12))
print(textwrap.dedent("""
    indented
      more
    back
"""))
print(textwrap.indent("a\nb\n", "> "), end="")
print(textwrap.shorten("Hello world, this is long", width=15))
