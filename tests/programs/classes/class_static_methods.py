class Date:
    count = 0

    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day
        Date.count += 1

    @classmethod
    def from_string(cls, text):
        return cls(*map(int, text.split("-")))

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"


class FancyDate(Date):
    pass


print(Date.from_string("2024-02-29"), FancyDate.from_string("2000-1-1"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(2020, 1, 1).is_leap(2024), Date.count)
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
