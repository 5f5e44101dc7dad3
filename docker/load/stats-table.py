#!/usr/bin/env python3
"""Gatling's statistics table (the report's index.html) as a Markdown table, for docs/benchmarks.md.

usage: docker/load/stats-table.py target/load/<rate>/<run>/index.html
"""
import html
import re
import sys

COLUMNS = {2: "count", 4: "KO", 6: "per s", 8: "p50 ms", 10: "p95 ms", 11: "p99 ms", 12: "max ms"}

page = open(sys.argv[1], encoding="utf-8").read()
rows = re.findall(r'<tr id="([^"]+)"[^>]*>(.*?)</tr>', page, re.S)
print("| Request | " + " | ".join(COLUMNS.values()) + " |")
print("|---|" + "---:|" * len(COLUMNS))
for row_id, body in rows:
    name = re.search(r'class="ellipsed-name">([^<]*)<', body)
    values = dict(re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', body))
    label = "**all requests**" if row_id == "ROOT" else html.unescape(name.group(1))
    print(f"| {label} | " + " | ".join(values.get(str(c), "") for c in COLUMNS) + " |")
