"""Hostile answers a student may pass to a checker, shared by the exercise tests: objects that
claim to equal everything, that raise from every method, and functions that never return."""


class AlwaysEqual:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __hash__(self):
        return 0


class SneakyStr(str):
    def __eq__(self, other):
        return True

    __hash__ = str.__hash__

    def strip(self, *args):
        raise RuntimeError("never called")


class SneakyInt(int):
    def __eq__(self, other):
        return True

    __hash__ = int.__hash__


class Touchy:
    """Every method raises: the checker must call none of them."""

    def _boom(self, *args):
        raise RuntimeError("the checker called a method of the answer")

    __eq__ = __ne__ = __lt__ = __hash__ = __len__ = __iter__ = __bool__ = __repr__ = _boom
    __str__ = __index__ = __float__ = __contains__ = _boom


def forever(*args):
    while True:
        pass
