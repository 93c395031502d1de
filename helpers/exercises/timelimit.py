"""Running a student's code with a time limit, so that ``check()`` always comes back.

>>> call_with_limit(sum, ([1, 2, 3],), seconds=1.0)
(6, None)
>>> def forever(text):
...     while True:
...         pass
>>> result, error = call_with_limit(forever, ("x",), seconds=0.2)
>>> type(error).__name__
'TimeUp'

How, and why this way:

- In the main thread (where a notebook runs its cells) a SIGALRM timer raises
  ``TimeUp`` *inside* the student's code, which stops an endless loop for good.
  A thread with ``join(timeout)`` would let ``check()`` return, but it cannot kill
  Python code: the loop would go on burning the CPU (and taking the GIL from the
  kernel) until the kernel restarts.
- ``TimeUp`` is a ``BaseException``, so a student's ``except Exception:`` does not
  swallow it; the timer fires again every 0.1 s in case a bare ``except:`` did.
- Elsewhere (Windows has no SIGALRM; signals only reach the main thread) the
  function runs in a worker thread whose trace function raises ``TimeUp`` at the
  deadline: slower, but it stops pure Python loops too. Code stuck inside one long
  C call (e.g. ``sum(range(10**12))``) cannot be interrupted by either method; then
  the worker thread is left running (a daemon) and the check returns anyway.
- Patterns do not need this: the ``regex`` package takes a ``timeout=`` itself.
"""

from __future__ import annotations

import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

TIME_LIMIT = 1.0
"""Seconds a check gives the student's function (all its cases together) or pattern; the
checks read it here at each call, so setting it here changes every one of them."""


class TimeUp(BaseException):
    """Raised inside the student's code at the deadline (not an ``Exception`` on purpose)."""


_state = threading.local()


def _can_use_alarm() -> bool:
    return (hasattr(signal, "setitimer") and hasattr(signal, "SIGALRM")
            and threading.current_thread() is threading.main_thread())


def call_with_limit(fn: Callable, args: tuple, seconds: float | None = None
                    ) -> tuple[Any, BaseException | None]:
    """``(fn(*args), None)``, or ``(None, error)`` if it raised, or ``(None, TimeUp())`` after
    ``seconds`` (by default :data:`TIME_LIMIT`, read at each call).

    ``KeyboardInterrupt`` (the kernel's stop button) comes back as an error too.

    >>> call_with_limit(len, ("chat",)), call_with_limit(int, ("x",))
    ((4, None), (None, ValueError("invalid literal for int() with base 10: 'x'")))
    """
    if seconds is None:
        seconds = TIME_LIMIT
    if seconds <= 0:
        return None, TimeUp()
    if getattr(_state, "active", False):  # already inside a limited call: no nesting
        return _call(fn, args)
    if _can_use_alarm():
        return _with_alarm(fn, args, seconds)
    return _with_tracer(fn, args, seconds)


def _call(fn: Callable, args: tuple) -> tuple[Any, BaseException | None]:
    try:
        return fn(*args), None
    except (Exception, TimeUp, KeyboardInterrupt, SystemExit, GeneratorExit) as error:
        return None, error


def _on_alarm(signum: int, frame: Any) -> None:
    if getattr(_state, "active", False):
        signal.setitimer(signal.ITIMER_REAL, 0.1)  # again, if a bare except: swallowed it
        raise TimeUp


def _with_alarm(fn: Callable, args: tuple, seconds: float) -> tuple[Any, BaseException | None]:
    start = time.monotonic()
    old_handler = signal.signal(signal.SIGALRM, _on_alarm)
    old_delay, old_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    _state.active = True
    try:
        return _call(fn, args)
    finally:
        _state.active = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        # None: the old handler was not set from Python; give back the default one
        signal.signal(signal.SIGALRM, old_handler if old_handler is not None else signal.SIG_DFL)
        if old_delay:  # someone else's timer (e.g. a test runner's): give it back
            left = max(old_delay - (time.monotonic() - start), 1e-3)
            signal.setitimer(signal.ITIMER_REAL, left, old_interval)


def _with_tracer(fn: Callable, args: tuple, seconds: float) -> tuple[Any, BaseException | None]:
    deadline = time.monotonic() + seconds
    outcome: list[tuple[Any, BaseException | None]] = []

    def tracer(frame: Any, event: str, arg: Any) -> Any:
        if time.monotonic() > deadline:
            raise TimeUp
        return tracer

    def work() -> None:
        _state.active = True
        sys.settrace(tracer)
        try:
            outcome.append(_call(fn, args))
        finally:
            sys.settrace(None)

    worker = threading.Thread(target=work, name="exercise-check", daemon=True)
    worker.start()
    worker.join(seconds + 0.2)
    return outcome[0] if outcome else (None, TimeUp())
