"""Work shared with forked processes. What they run, and everything it reads (the whole fact
sheet), they inherit from the fork: nothing is pickled on the way there; only each result
comes back, pickled. Fork is POSIX's: the command line's builds use it, MkDocs' hook does not."""

from __future__ import annotations

import multiprocessing
import pickle
import queue
from collections.abc import Callable
from types import TracebackType
from typing import Generic, TypeVar

R = TypeVar("R")
CONTEXT = multiprocessing.get_context("fork")


class WorkerDied(RuntimeError):
    """A forked process ended without giving its results (killed, or out of memory)."""


class Forked(Generic[R]):
    """`work(0)` … `work(count - 1)`, shared by `workers` forked processes, started at once; a
    `with` block ends any still running."""

    def __init__(self, work: Callable[[int], R], count: int, workers: int) -> None:
        self.count = count
        self._tasks = CONTEXT.SimpleQueue()
        self._results = CONTEXT.Queue()
        for n in [*range(count), *[None] * workers]:
            self._tasks.put(n)
        self._processes = [CONTEXT.Process(target=_serve, args=(work, self._tasks, self._results), daemon=True)
                           for _ in range(workers)]
        for process in self._processes:
            process.start()

    def results(self) -> list[R]:
        """Every result, in the order they came back; the first error of a worker is raised here."""
        found = [self._next() for _ in range(self.count)]
        for process in self._processes:
            process.join()
        return found

    def _next(self) -> R:
        while True:
            try:
                ok, value = self._results.get(timeout=0.5)
            except queue.Empty:
                ended = [p.exitcode for p in self._processes if p.exitcode is not None]
                if any(ended) or len(ended) == len(self._processes):  # killed, or all gone with results missing
                    raise WorkerDied("a forked worker ended before giving its results") from None
                continue
            if not ok:
                raise value
            return value

    def __enter__(self) -> Forked[R]:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        for process in self._processes:
            if process.is_alive():
                process.terminate()
            process.join()


def _serve(work: Callable[[int], R], tasks: multiprocessing.SimpleQueue, results: multiprocessing.Queue) -> None:
    """A worker: the next task's result, until there is none."""
    while (n := tasks.get()) is not None:
        try:
            results.put((True, work(n)))
        except Exception as error:  # every error goes back to the parent, which raises it
            results.put((False, _picklable(error)))


def _picklable(error: Exception) -> Exception:
    try:
        pickle.dumps(error)
        return error
    except Exception:  # an error that cannot travel is described instead
        return RuntimeError(f"{type(error).__name__}: {error}")


def map_forked(work: Callable[[int], R], count: int, workers: int) -> list[R]:
    """[work(0), …, work(count - 1)] in some order, computed by `workers` forked processes."""
    with Forked(work, count, workers) as forked:
        return forked.results()
