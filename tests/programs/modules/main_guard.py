def main():
    print("running main, __name__ =", __name__)


if __name__ == "__main__":
    main()
import _geometry
print(_geometry.__name__ == "_geometry")
