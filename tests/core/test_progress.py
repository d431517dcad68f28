"""core.progress: the time a stage still needs, judged by its own rate."""

from __future__ import annotations

import pytest

from sote_navigator.core.progress import StageClock


def test_stage_clock_guesses_from_the_stage_rate_only() -> None:
    now = [100.0]
    clock = StageClock(lambda: now[0])
    assert clock.update(0, 1000, "store") is None  # a new stage: no guess yet
    now[0] += 0.5
    assert clock.update(100, 1000, "store") is None  # too early to say
    now[0] += 1.5
    assert clock.update(400, 1000, "store") == pytest.approx(3.0)  # 200 a second, 600 left
    now[0] += 10
    assert clock.update(0, 50, "index") is None  # the next stage starts its own clock
    assert clock.update(10, 0, "index") is None  # a stage that cannot count
