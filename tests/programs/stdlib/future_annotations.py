from __future__ import annotations

import __future__


def f(x: UndefinedType, y: list[int]) -> Result:
    return x


print(f(1, []), f.__annotations__)


class Node:
    def link(self, other: Node) -> Node:
        return other


print(Node.link.__annotations__)
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS, "division" in __future__.all_feature_names)
