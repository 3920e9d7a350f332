import pickle, json, copy
from dataclasses import dataclass, field, asdict
from enum import Enum, auto
from collections import defaultdict, Counter
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
class Category(Enum):
    TOOL = auto()
    FOOD = auto()
@dataclass(order=True)
class Item:
    sku: str
    price: Decimal
    category: Category = Category.TOOL
    tags: list = field(default_factory=list)
    added: date = date(2024, 1, 1)
stock = [Item('b-2', Decimal('9.99'), Category.FOOD, ['fresh']), Item('a-1', Decimal('19.50'), tags=['metal', 'heavy']), Item('c-3', Decimal('0.25'), Category.FOOD)]
blob = pickle.dumps(stock)
restored = pickle.loads(blob)
print(len(blob), restored == stock, restored[0], restored[0].category is Category.FOOD, sorted(restored)[0].sku)
by_cat = defaultdict(list)
for it in restored:
    by_cat[it.category.name].append(it.sku)
print(dict(by_cat), pickle.loads(pickle.dumps(by_cat)) == by_cat, type(pickle.loads(pickle.dumps(by_cat))).__name__)
extras = {'when': datetime(2024, 5, 6, 7, 8, 9), 'delta': timedelta(days=2, seconds=5), 'ratio': Fraction(3, 7), 'count': Counter('aab'), 'none': None}
back = pickle.loads(pickle.dumps(extras))
print(back, back == extras)
print(json.dumps([asdict(i) for i in stock], default=str, indent=1)[:300])
deep = copy.deepcopy(stock); deep[0].tags.append('x'); print(stock[0].tags, deep[0].tags)
for proto in range(2, 6):
    print(proto, len(pickle.dumps(stock, proto)), pickle.loads(pickle.dumps(stock, proto)) == stock)
print(pickle.dumps(Category.FOOD), pickle.dumps(Decimal('1.5')), pickle.dumps(date(2024, 1, 2)))
