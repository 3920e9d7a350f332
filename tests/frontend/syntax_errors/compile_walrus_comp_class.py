class C:
    [(y := i) for i in range(3)]
