results = []
for token in ["10", "x", "0", "5", None, "2.5"]:
    try:
        value = 100 // int(token)
    except ValueError:
        results.append(f"bad number {token!r}")
        continue
    except ZeroDivisionError:
        results.append("div by zero")
        continue
    except TypeError as e:
        results.append(f"type: {e}")
        break
    finally:
        results.append("checked")
    results.append(value)
print(results)
