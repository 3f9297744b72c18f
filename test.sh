#!/usr/bin/env bash
# Runs every test against real PostgreSQL and Redis (installed and started when missing). Test
# databases are clones of one migrated and seeded template per build of the code, dropped afterwards.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/services.sh
ensure_services

export DASTERN_TEST_POSTGRES="$DASTERN_PG"
export DASTERN_TEST_REDIS="$DASTERN_REDIS"

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
dotnet build DasTern.sln -nologo -v quiet
set +e
dotnet test DasTern.sln --no-build -nologo --logger "trx;LogFilePrefix=dastern" --results-directory "$results" "$@"
status=$?
set -e

# One closing line for the whole suite, summed over every test project's TRX report.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
