from typing import *
print(List[None], Callable[[None], None], Dict[str, None], Tuple[None], Union[None, int], Optional[None], Callable[[int], None].__args__, Tuple[()], list[None])
