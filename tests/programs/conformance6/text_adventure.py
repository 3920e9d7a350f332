# A text adventure as a state machine: command dispatch through getattr, rooms with sets of items, errors as messages.
class Room:
    def __init__(self, name, desc, exits=None, items=()):
        self.name, self.desc, self.exits, self.items = name, desc, dict(exits or {}), set(items)
    def __str__(self):
        ex = ', '.join(sorted(self.exits)) or 'none'
        it = ', '.join(sorted(self.items)) or 'nothing'
        return f'== {self.name} ==\n{self.desc}\nExits: {ex}. You see: {it}.'
class Game:
    def __init__(self):
        self.rooms = {
            'hall': Room('Hall', 'A dusty hall.', {'north': 'library', 'east': 'kitchen'}, ['lamp']),
            'library': Room('Library', 'Books everywhere.', {'south': 'hall'}, ['book', 'key']),
            'kitchen': Room('Kitchen', 'Smells of bread.', {'west': 'hall', 'down': 'cellar'}),
            'cellar': Room('Cellar', 'Dark and damp.', {'up': 'kitchen'}, ['treasure']),
        }
        self.here, self.inv, self.state, self.moves = 'hall', [], 'playing', 0
    def do(self, line):
        verb, _, obj = line.strip().partition(' ')
        handler = getattr(self, 'cmd_' + verb, None)
        if handler is None: return f"I don't know how to {verb!r}."
        self.moves += 1
        try: return handler(obj)
        except KeyError as e: return f'No such thing: {e.args[0]}'
    def cmd_look(self, _): return str(self.rooms[self.here])
    def cmd_go(self, d):
        room = self.rooms[self.here]
        if d not in room.exits: return f"You can't go {d or 'nowhere'}."
        if room.exits[d] == 'cellar' and 'lamp' not in self.inv: return 'Too dark to go down without a lamp.'
        self.here = room.exits[d]; return self.cmd_look('')
    def cmd_take(self, what):
        room = self.rooms[self.here]
        room.items.remove(what); self.inv.append(what)
        if what == 'treasure': self.state = 'won'
        return f'Taken: {what}.'
    def cmd_drop(self, what):
        self.inv.remove(what); self.rooms[self.here].items.add(what); return f'Dropped {what}.'
    def cmd_inventory(self, _): return 'You carry: ' + (', '.join(self.inv) or 'nothing')
script = ['look', 'take lamp', 'go north', 'take key', 'take sword', 'go south', 'go east', 'dance', 'go down', 'take treasure', 'inventory', 'drop key', 'go up', 'go']
g = Game()
for cmd in script:
    print('>', cmd)
    print(g.do(cmd))
    if g.state == 'won': print(f'*** You won in {g.moves} moves! ***'); g.state = 'done'
try: g.cmd_drop('ghost')
except ValueError as e: print(type(e).__name__, e)
try: g.rooms['attic']
except KeyError as e: print(repr(e))
