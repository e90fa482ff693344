from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def seed_text(prefix: str) -> str:
    """The text of the seed whose file name starts with ``prefix`` ("000" ...)."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS
