"""Benchmarks for `make bench`: a synthetic corpus and one module per measured figure."""
