"""How the benchmarks measure: the wall time of one call and the peak memory of the process.

Imported by the benchmark scripts (run as `python benchmarks/<script>.py`, which puts this
folder on the import path); it measures nothing itself.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def timed(fn: Callable, *args: Any, **kwargs: Any) -> tuple[Any, float]:
    """``fn(*args, **kwargs)`` and the seconds it took (wall clock)."""
    start = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - start


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MiB (VmHWM: ru_maxrss would include
    the parent's before exec)."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
