import pprint, struct, array
data = {'name': 'pvm', 'versions': list(range(30)), 'nested': {'a': [{'x': 1, 'y': (1, 2)}, {'z': {'deep': ['k' * 20] * 3}}], 'b': set(range(5))}, 'empty': {}, 'tup': (1,)}
pprint.pprint(data)
pprint.pprint(data, width=40, compact=True)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, width=60, indent=2)
print(pprint.pformat(list(range(50)), width=30, compact=True))
print(pprint.pformat('a long string ' * 10, width=30))
print(pprint.pformat({'b': 1, 'a': 2}), pprint.pformat([]), pprint.pformat(frozenset({3, 1, 2})), pprint.pformat((1, [2, {3: 4}])))
r = [1, 2]; r.append(r); print(pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1]))
pprint.pprint([b'bytes' * 10, bytearray(b'xy')], width=30)
from collections import OrderedDict, defaultdict, Counter, deque
pprint.pprint(OrderedDict((str(i), i) for i in range(8)), width=30)
pprint.pprint(defaultdict(list, {'k': list(range(15))}), width=30)
pprint.pprint(Counter('mississippi'), width=20)
pprint.pprint(deque(range(20), maxlen=25), width=30)
pp = pprint.PrettyPrinter(width=20, indent=4); pp.pprint({'key%d' % i: i for i in range(4)})
print(struct.pack('<hhl', 1, 2, 3), struct.pack('>I', 0xdeadbeef), struct.pack('!d', 1.5), struct.pack('3s', b'abcdef'), struct.pack('?', 5))
print(struct.unpack('<hhl', b'\x01\x00\x02\x00\x03\x00\x00\x00'), struct.calcsize('@ihq'), struct.calcsize('=ihq'), struct.calcsize('5s2x'), struct.unpack('>f', struct.pack('>f', 0.1)))
print(struct.pack('e', 1.5), struct.unpack('<Q', b'\xff' * 8), struct.pack('<5p', b'hi'), list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')))
s = struct.Struct('<2sH'); print(s.size, s.format, s.pack(b'ok', 7), s.unpack(b'ok\x07\x00'))
for bad in [lambda: struct.pack('b', 200), lambda: struct.pack('<H', -1), lambda: struct.unpack('<I', b'\x00'), lambda: struct.pack('i', 1.5), lambda: struct.pack('z', 1), lambda: struct.pack('2i', 1)]:
    try:
        bad()
    except struct.error as e:
        print('struct.error', e)
a = array.array('i', [1, 2, 3]); a.append(4); a.extend([5]); print(a, a[1:3], a.tolist(), a.itemsize, a.typecode, len(a), sum(a), a * 2)
b = array.array('d', [1.5, 2.5]); print(b, b.tobytes(), array.array('b', b'\x01\xff'), array.array('u', 'hi'), array.array('B'), repr(array.array('f', [0.1])))
a.reverse(); a.insert(0, 9); a.remove(2); print(a, a.pop(), a.index(3), a.count(9), array.array('h', range(3)) == array.array('h', [0, 1, 2]))
try:
    array.array('b', [300])
except OverflowError as e:
    print(e)
try:
    array.array('q', [1.5])
except TypeError as e:
    print(e)
try:
    array.array('x')
except ValueError as e:
    print(e)
c = array.array('H', [1, 2]); c.frombytes(b'\x03\x00'); print(c, c.buffer_info()[1], list(reversed(c)), c[::-1], sorted(array.array('i', [3, 1, 2])))
d = array.array('i', [1, 256, -2]); print(d.tobytes()); d.byteswap(); print(d); e = array.array('u', 'hé'); print(e.tobytes(), array.array('l', [5]).tobytes())
try:
    array.array('h', b'\x01')
except ValueError as ex:
    print(ex)
print(array.array('d', b'\x00' * 8), array.array('h', bytearray(b'\x01\x02')), array.array('f', [1.5]).tobytes())
