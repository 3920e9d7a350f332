def resource():
    print("acquire")
    try:
        while True:
            try:
                yield "data"
            except ValueError as e:
                print("handled", e)
    finally:
        print("release")


r = resource()
print(next(r))
print(r.throw(ValueError("minor")))
try:
    r.throw(KeyError("major"))
except KeyError as e:
    print("propagated", e)
print(next(r, "exhausted"))
