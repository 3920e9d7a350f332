# copy (shallow vs deep, __copy__/__deepcopy__, shared references) and the
# operator module (itemgetter, attrgetter, methodcaller, arithmetic functions).
import copy
import operator

nested = {'list': [1, [2, 3]], 'tuple': (4, [5])}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested['list'][1].append('x')
nested['tuple'][1].append('y')
print(shallow['list'], deep['list'], shallow['tuple'], deep['tuple'])
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        return f'Node({self.value}, {self.children})'


tree = Node(1, [Node(2), Node(3)])
t2 = copy.deepcopy(tree)
t2.children[0].value = 99
print(tree, t2)


class Custom:
    def __init__(self, x):
        self.x = x

    def __copy__(self):
        print('custom copy')
        return Custom(self.x)

    def __deepcopy__(self, memo):
        print('custom deepcopy')
        return Custom(copy.deepcopy(self.x, memo))


c1 = copy.copy(Custom([1]))
c2 = copy.deepcopy(Custom([2]))
print(c1.x, c2.x, copy.copy(5), copy.deepcopy('s'), copy.copy((1, 2)))
print(operator.add(2, 3), operator.mul('ab', 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3), operator.neg(5), operator.pow(2, 10))
print(operator.eq(1, 1.0), operator.lt('a', 'b'), operator.not_(0), operator.truth([]), operator.contains([1, 2], 2), operator.is_(None, None))
print(operator.itemgetter(1)('abc'), operator.itemgetter(0, 2)([7, 8, 9]), operator.itemgetter('k')({'k': 'v'}))
print(operator.attrgetter('real')(3 + 4j), operator.attrgetter('children', 'value')(tree)[1], operator.methodcaller('split', ',')('a,b'))
print(operator.concat([1], [2]), operator.getitem([5, 6], 1), operator.index(7), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(0))
lst = [1, 2, 3]
operator.setitem(lst, 0, 'x')
operator.delitem(lst, 1)
print(lst, operator.length_hint([1, 2]), operator.iadd([1], [2]), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'))
print(sorted([('b', 2), ('a', 2), ('c', 1)], key=operator.itemgetter(1, 0)), list(map(operator.mul, [1, 2], [3, 4])))
