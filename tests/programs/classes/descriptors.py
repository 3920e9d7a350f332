class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)


class Product:
    price = Positive()
    quantity = Positive()

    def __init__(self, price, quantity):
        self.price = price
        self.quantity = quantity

    def total(self):
        return self.price * self.quantity


p = Product(5, 3)
print(p.total(), p.price, type(Product.price).__name__)
try:
    p.quantity = -1
except ValueError as e:
    print("ValueError:", e)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, cls):
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value


class Data:
    @Lazy
    def expensive(self):
        print("computing")
        return 42


d = Data()
print(d.expensive, d.expensive)
