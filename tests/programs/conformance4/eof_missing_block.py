# A block left empty at the end of the main script: CPython reports it on the last line, without a caret
def report(values):
    for v in values:
        print(v)

class Inventory:
    def add(self, item):
