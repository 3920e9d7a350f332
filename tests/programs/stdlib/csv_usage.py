import csv
import io

data = ('name,dept,salary\n"Smith, John",eng,120000\n'
        'Ana,"sales ""east"" office",95000\nBo,eng,101000\n')
reader = csv.reader(io.StringIO(data))
header = next(reader)
rows = list(reader)
print(header, rows, reader.line_num)
by_dept = {}
for row in csv.DictReader(io.StringIO(data)):
    by_dept.setdefault(row["dept"], []).append(int(row["salary"]))
print({d: sum(v) // len(v) for d, v in sorted(by_dept.items())})
out = io.StringIO()
w = csv.writer(out)
w.writerow(["id", "note", "value"])
w.writerows([[1, "plain", 2.5], [2, "has,comma", None], [3, 'say "hi"', True], [4, "multi\nline", ""]])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["a", "b"], lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
dw.writeheader()
dw.writerow({"a": 1, "b": "x"})
print(out.getvalue(), end="")
print(list(csv.reader(["a;b;c", "1;2;3"], delimiter=";")))
try:
    list(csv.reader(['"bad"x'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
