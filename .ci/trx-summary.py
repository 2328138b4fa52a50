#!/usr/bin/env python3
"""Sums the TRX files of one `dotnet test` run (one per assembly) and lists every skipped test with its reason.

Prints "assemblies passed failed skipped" on standard output for .ci/run; the skipped list goes to standard error.
"""
import collections
import glob
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}

counts = collections.Counter()
skipped = collections.defaultdict(list)
files = sorted(glob.glob(f"{sys.argv[1]}/*.trx"))
for path in files:
    for result in ET.parse(path).getroot().iterfind(".//t:UnitTestResult", NS):
        outcome = result.get("outcome")
        counts[outcome] += 1
        if outcome == "NotExecuted":
            message = result.find("t:Output/t:ErrorInfo/t:Message", NS)
            reason = message.text.strip() if message is not None and message.text else "(no reason given)"
            skipped[reason].append(result.get("testName"))

for reason, names in sorted(skipped.items()):
    print(f"Skipped {len(names)}: {reason}", file=sys.stderr)
    for name in sorted(names)[:3]:
        print(f"    {name}", file=sys.stderr)
    if len(names) > 3:
        print(f"    ... and {len(names) - 3} more", file=sys.stderr)

print(len(files), counts["Passed"], counts["Failed"] + counts["Error"] + counts["Timeout"] + counts["Aborted"], counts["NotExecuted"])
