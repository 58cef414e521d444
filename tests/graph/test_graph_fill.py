"""Filling a graph with the cyclic collector paused, and what the collector sees after."""

from __future__ import annotations

import gc

from kg.graph.fill import collector_paused


def test_what_was_made_while_paused_is_not_scanned_as_young() -> None:
    with collector_paused():
        made = [[n] for n in range(20_000)]
        assert not gc.isenabled() and gc.get_count()[0] >= 20_000
    assert gc.isenabled() and gc.get_count()[0] < 1_000  # moved to the oldest generation
    assert gc.get_freeze_count() == 0 and len(made) == 20_000


def test_a_freeze_of_the_caller_stays() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            _ = [[n] for n in range(1_000)]
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
