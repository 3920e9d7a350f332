# Chaos: the chaos game in the style of pyperformance's chaos benchmark. A
# point jumps towards randomly chosen control points of quadratic Bezier
# curves (vector objects with operator methods, a seeded linear congruential
# generator); visits are counted on a grid. Only + - * / and sqrt are used,
# so every IEEE-754 implementation computes the same bits. Prints the
# grid's statistics and a checksum.
import sys


class GVector:
    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __add__(self, other):
        return GVector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return GVector(self.x - other.x, self.y - other.y)

    def __mul__(self, factor):
        return GVector(self.x * factor, self.y * factor)

    def mag(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def linear_combination(self, other, l1, l2=None):
        if l2 is None:
            l2 = 1 - l1
        return GVector(self.x * l1 + other.x * l2, self.y * l1 + other.y * l2)

    def __repr__(self):
        return "<%f, %f>" % (self.x, self.y)


class Bezier:
    def __init__(self, p0, p1, p2):
        self.points = (p0, p1, p2)

    def __call__(self, t):
        p0, p1, p2 = self.points
        a = p0.linear_combination(p1, 1 - t, t)
        b = p1.linear_combination(p2, 1 - t, t)
        return a.linear_combination(b, 1 - t, t)

    def length(self, steps=16):
        total = 0.0
        previous = self(0.0)
        for i in range(1, steps + 1):
            current = self(i / steps)
            total += (current - previous).mag()
            previous = current
        return total


class Random:
    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state / 2147483648


class Chaosgame:
    def __init__(self, curves, thickness):
        self.curves = curves
        self.thickness = thickness
        lengths = [curve.length() for curve in curves]
        total = sum(lengths)
        self.cumulative = []
        running = 0.0
        for length in lengths:
            running += length / total
            self.cumulative.append(running)
        self.minx = min(p.x for c in curves for p in c.points) - thickness
        self.maxx = max(p.x for c in curves for p in c.points) + thickness
        self.miny = min(p.y for c in curves for p in c.points) - thickness
        self.maxy = max(p.y for c in curves for p in c.points) + thickness

    def pick_curve(self, rng):
        r = rng.random()
        for i, bound in enumerate(self.cumulative):
            if r < bound:
                return self.curves[i]
        return self.curves[-1]

    def step(self, point, rng):
        curve = self.pick_curve(rng)
        target = curve(rng.random())
        jitter = GVector(rng.random() - 0.5, rng.random() - 0.5) * self.thickness
        moved = point.linear_combination(target + jitter, 0.5)
        if moved.x < self.minx or moved.x > self.maxx or moved.y < self.miny or moved.y > self.maxy:
            return target
        return moved

    def create_image(self, width, height, iterations, rng):
        grid = [[0] * width for _ in range(height)]
        point = GVector((self.maxx + self.minx) / 2, (self.maxy + self.miny) / 2)
        for _ in range(iterations):
            point = self.step(point, rng)
            col = int((point.x - self.minx) / (self.maxx - self.minx) * (width - 1))
            row = int((point.y - self.miny) / (self.maxy - self.miny) * (height - 1))
            grid[row][col] += 1
        return grid


def main(n):
    curves = [
        Bezier(GVector(1.0, 1.0), GVector(1.5, 2.5), GVector(2.0, 1.0)),
        Bezier(GVector(2.0, 1.0), GVector(2.6, 0.2), GVector(3.2, 1.4)),
        Bezier(GVector(1.2, 0.4), GVector(2.1, 1.6), GVector(3.0, 0.6)),
    ]
    game = Chaosgame(curves, 0.25)
    grid = game.create_image(64, 48, n, Random(1234))
    visited = sum(1 for row in grid for count in row if count)
    busiest = max(count for row in grid for count in row)
    checksum = 0
    for row in grid:
        for count in row:
            checksum = (checksum * 33 + count) % 1000000007
    print("visited cells: %d of %d" % (visited, 64 * 48))
    print("busiest cell: %d" % busiest)
    print("checksum: %d" % checksum)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 160000)
