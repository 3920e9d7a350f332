# Go: Monte-Carlo evaluation of opening moves on a 9x9 Go board, in the
# spirit of pyperformance's go benchmark: random playouts with captures,
# liberties found by flood fill, eye detection. A seeded linear congruential
# generator keeps every run identical. Prints the playout statistics.
import sys

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2


class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


def neighbours_table():
    table = []
    for pos in range(SIZE * SIZE):
        row, col = divmod(pos, SIZE)
        result = []
        if row > 0:
            result.append(pos - SIZE)
        if row < SIZE - 1:
            result.append(pos + SIZE)
        if col > 0:
            result.append(pos - 1)
        if col < SIZE - 1:
            result.append(pos + 1)
        table.append(tuple(result))
    return table


NEIGHBOURS = neighbours_table()


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.captures = {BLACK: 0, WHITE: 0}

    def copy(self):
        other = Board()
        other.cells = self.cells[:]
        other.captures = dict(self.captures)
        return other

    def group(self, pos):
        colour = self.cells[pos]
        stones = {pos}
        liberties = set()
        stack = [pos]
        while stack:
            p = stack.pop()
            for n in NEIGHBOURS[p]:
                c = self.cells[n]
                if c == EMPTY:
                    liberties.add(n)
                elif c == colour and n not in stones:
                    stones.add(n)
                    stack.append(n)
        return stones, liberties

    def is_eye(self, pos, colour):
        for n in NEIGHBOURS[pos]:
            if self.cells[n] != colour:
                return False
        return True

    def play(self, pos, colour):
        """Places a stone; returns False (and leaves the board unchanged) for suicide."""
        if self.cells[pos] != EMPTY:
            return False
        self.cells[pos] = colour
        enemy = 3 - colour
        captured = 0
        for n in NEIGHBOURS[pos]:
            if self.cells[n] == enemy:
                stones, liberties = self.group(n)
                if not liberties:
                    for s in stones:
                        self.cells[s] = EMPTY
                    captured += len(stones)
        if captured == 0:
            stones, liberties = self.group(pos)
            if not liberties:
                self.cells[pos] = EMPTY
                return False
        self.captures[colour] += captured
        return True

    def score(self):
        black = white = 0
        for pos in range(SIZE * SIZE):
            c = self.cells[pos]
            if c == BLACK:
                black += 1
            elif c == WHITE:
                white += 1
            else:
                around = set(self.cells[n] for n in NEIGHBOURS[pos])
                if around == {BLACK}:
                    black += 1
                elif around == {WHITE}:
                    white += 1
        return black - white


def playout(board, colour, rng):
    passes = 0
    moves = 0
    while passes < 2 and moves < 200:
        empties = [p for p in range(SIZE * SIZE)
                   if board.cells[p] == EMPTY and not board.is_eye(p, colour)]
        played = False
        while empties:
            i = rng.below(len(empties))
            pos = empties[i]
            empties[i] = empties[-1]
            empties.pop()
            if board.play(pos, colour):
                played = True
                break
        passes = 0 if played else passes + 1
        colour = 3 - colour
        moves += 1
    return board.score(), moves


def main(n):
    # The size counts playouts, dealt round-robin to the candidate moves.
    rng = Random(42)
    candidates = [40, 30, 20, 60, 10]
    total_moves = 0
    stats = {}
    for i in range(n):
        move = candidates[i % len(candidates)]
        board = Board()
        board.play(move, BLACK)
        result, moves = playout(board, WHITE, rng)
        total_moves += moves
        wins, margin, count = stats.get(move, (0, 0, 0))
        stats[move] = (wins + (1 if result > 0 else 0), margin + result, count + 1)
    for move in candidates:
        if move in stats:
            wins, margin, count = stats[move]
            print("move %2d: black wins %d/%d, margin %+d" % (move, wins, count, margin))
    print("moves played: %d" % total_moves)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 55)
