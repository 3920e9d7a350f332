import _faulty

print("calling")
_faulty.explode(-1)
