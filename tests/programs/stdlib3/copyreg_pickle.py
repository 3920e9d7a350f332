import copyreg, pickle, io
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Point({self.x}, {self.y})'
def reduce_point(p): return (Point, (p.x, p.y))
copyreg.pickle(Point, reduce_point)
data = pickle.dumps(Point(1, 2)); print(data, pickle.loads(data))
class Custom(pickle.Pickler):
    dispatch_table = {Point: lambda p: (Point, (p.y, p.x))}
buf = io.BytesIO(); Custom(buf).dump([Point(3, 4)]); print(pickle.loads(buf.getvalue()))
try:
    copyreg.pickle(Point, 5)
except TypeError as e:
    print(e)
print(copyreg.__newobj__(Point.__mro__[0].__mro__[-1]) is not None)
