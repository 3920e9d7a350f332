class Deck:
    RANKS = "23456789TJQKA"
    SUITS = "cdhs"

    def __init__(self):
        self.cards = [r + s for s in self.SUITS for r in self.RANKS]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __reversed__(self):
        return reversed(self.cards)


deck = Deck()
print(len(deck), deck[0], deck[-1], deck[10:13], "As" in deck, "Xx" in deck)
print(list(reversed(deck))[:3], sorted(deck, key=lambda c: Deck.RANKS.index(c[0]))[-4:])
for i, card in enumerate(deck):
    if i >= 3:
        break
    print(card)
print(max(deck), min(deck), list(zip(deck, range(3))))
