"""forked.py: work shared with forked processes that inherit it; results come back, errors too."""

from __future__ import annotations

import os
import signal

import pytest

from generator.site.forked import Forked, WorkerDied, map_forked

BIG = list(range(100_000))
"""Inherited by the workers, never pickled on the way there."""


def test_every_result_comes_back_whatever_the_order():
    assert sorted(map_forked(lambda n: sum(BIG[n::7]), 7, 2)) == sorted(sum(BIG[n::7]) for n in range(7))


def test_a_workers_error_is_raised_in_the_parent():
    def work(n: int) -> int:
        if n == 3:
            raise ValueError(f"share {n} failed")
        return n

    with pytest.raises(ValueError, match="share 3 failed"):
        map_forked(work, 5, 2)


def test_a_worker_that_dies_is_reported_not_waited_for():
    def work(n: int) -> int:
        os.kill(os.getpid(), signal.SIGKILL)
        return n

    with pytest.raises(WorkerDied):
        map_forked(work, 2, 1)


def test_a_with_block_ends_the_workers_still_running():
    with Forked(lambda n: signal.pause(), 1, 1) as forked:
        processes = list(forked._processes)
    assert all(not p.is_alive() for p in processes)


def test_a_result_that_cannot_come_back_is_reported_not_waited_for():
    """An unpicklable result is dropped by the queue's thread in the worker, which then ends
    normally: the parent notices that every worker is gone."""
    with pytest.raises(WorkerDied):
        map_forked(lambda n: (lambda: n), 1, 1)
