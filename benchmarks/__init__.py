"""Benchmarks: measured figures that docs/BENCHMARKS.md reports, with the commands behind them."""
