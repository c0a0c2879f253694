"""Speed and quality figures: ``make bench`` (``python -m benchmarks``) prints them as a table."""
