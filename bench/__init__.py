"""KRONOS benchmarks: ``uv run python -m bench [NAME ...] [--json FILE] [--all]`` (see README.md)."""
