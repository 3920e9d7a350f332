lines = []
while True:
    try:
        line = input()
    except EOFError:
        print("EOF reached")
        break
    lines.append(line)
print(len(lines), lines)
