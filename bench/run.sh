#!/usr/bin/env bash
# Authenticated medicine search under load, side by side in one run:
#   raw      - bench/DasTern.Bench.RawBaseline: the same SQL through raw Npgsql, no auth, no cache
#   full     - the real host, cache off (Medicines:ListCacheDuration=0): token validation, permission
#              check, validation, unit of work, EF Core query, mapping, JSON
#   cached   - the real host as shipped (catalogue lists cached in HybridCache, Redis second level)
# Prints requests/s, p50/p99 latency (wrk, closed loop, on loopback) and the serving process's CPU time per request
# (less noisy than requests/s on shared cores) of each, and writes bench/results/latest.md. Settings: BENCH_DURATION (20s), BENCH_WARMUP (45s), BENCH_CONNECTIONS (32),
# BENCH_THREADS (2).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
ensure_services
ensure_package 'command -v wrk' wrk

duration="${BENCH_DURATION:-20s}"
connections="${BENCH_CONNECTIONS:-32}"
threads="${BENCH_THREADS:-2}"
warmup="${BENCH_WARMUP:-45s}"
query="/medicines?filter=amox"
api_query="/api/app/medicine?filter=amox"
source bench/production-host.sh
admin_password="bench night river lanterns 2048"
prepare_production_host dastern_bench DasTernBench: "$admin_password"
# One user drives the load, so the per-user limit is raised out of the way; the limiter (a Redis
# counter per request) stays in the measured path.
export RateLimiting__PermitsPerMinute=1000000000

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
start() { # name port extra-env...
  local name="$1" port="$2"; shift 2
  (cd src/DasTern.HttpApi.Host/bin/Release/net10.0 && exec env "$@" AuthServer__Issuer="http://127.0.0.1:$port/" \
    dotnet DasTern.HttpApi.Host.dll --urls "http://127.0.0.1:$port" >"/tmp/dastern-bench-$name.log" 2>&1) &
  pids+=($!)
}
start full 5100 Medicines__ListCacheDuration=00:00:00
start cached 5102
(cd bench/DasTern.Bench.RawBaseline/bin/Release/net10.0 && exec dotnet DasTern.Bench.RawBaseline.dll --urls http://127.0.0.1:5101 >/tmp/dastern-bench-raw.log 2>&1) &
pids+=($!)
for port in 5100 5102; do
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.5; done
done
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:5101$query" >/dev/null && break; sleep 0.5; done

token_for() {
  curl -sf -X POST "http://127.0.0.1:$1/connect/token" \
    --data-urlencode "grant_type=password" --data-urlencode "client_id=DasTern_App" --data-urlencode "username=admin@dastern.local" \
    --data-urlencode "password=$admin_password" --data-urlencode "scope=DasTern" |
    python3 -c 'import sys, json; print(json.load(sys.stdin)["access_token"])'
}

# Same answer from all three before measuring anything.
full_token="$(token_for 5100)"
cached_token="$(token_for 5102)"
count() { python3 -c 'import sys, json; print(json.load(sys.stdin)["totalCount"])'; }
raw_count="$(curl -sf "http://127.0.0.1:5101$query" | count)"
full_count="$(curl -sf -H "Authorization: Bearer $full_token" "http://127.0.0.1:5100$api_query" | count)"
cached_count="$(curl -sf -H "Authorization: Bearer $cached_token" "http://127.0.0.1:5102$api_query" | count)"
[ "$raw_count" = "$full_count" ] && [ "$raw_count" = "$cached_count" ] || { echo "answers differ: $raw_count $full_count $cached_count" >&2; exit 1; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system time of a process, in clock ticks
clock_ticks="$(getconf CLK_TCK)"

measure() { # name pid url [header]
  local name="$1" pid="$2" url="$3"; shift 3
  wrk -t"$threads" -c"$connections" -d"$warmup" "$@" "$url" >/dev/null # warm-up: tiered JIT and PGO, pools, prepared statements
  local before after
  before="$(cpu_ticks "$pid")"
  local output
  output="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" "$url")"
  after="$(cpu_ticks "$pid")"
  python3 -c '
import re, sys
text = sys.stdin.read()
def ms(label):
    m = re.search(r"^\s*" + label + r"\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
requests = int(re.search(r"(\d+) requests in", text).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
p50, p99 = ms("50%"), ms("99%")
cpu_us = (int(sys.argv[3]) - int(sys.argv[2])) / int(sys.argv[4]) * 1e6 / requests
print(f"{sys.argv[1]}\t{rps:.0f}\t{p50:.2f}\t{p99:.2f}\t{errors.group(1) if errors else 0}\t{cpu_us:.0f}")
' "$name" "$before" "$after" "$clock_ticks" <<<"$output"
}

results="$(mktemp)"
measure raw "${pids[2]}" "http://127.0.0.1:5101$query" >>"$results"
measure full "${pids[0]}" "http://127.0.0.1:5100$api_query" -H "Authorization: Bearer $full_token" >>"$results"
measure cached "${pids[1]}" "http://127.0.0.1:5102$api_query" -H "Authorization: Bearer $cached_token" >>"$results"

mkdir -p bench/results
python3 - "$results" "$duration" "$connections" "$threads" <<'PY' | tee bench/results/latest.md
import sys
rows = [line.split("\t") for line in open(sys.argv[1]).read().splitlines()]
raw = float(rows[0][1])
print(f"# Medicine search (filter=amox), wrk {sys.argv[2]}, {sys.argv[3]} connections, {sys.argv[4]} threads, loopback, 2 shared cores\n")
print("| variant | requests/s | p50 ms | p99 ms | non-2xx | % of raw | server CPU µs/request |")
print("|---|---:|---:|---:|---:|---:|---:|")
for name, rps, p50, p99, errors, cpu in rows:
    print(f"| {name} | {float(rps):.0f} | {p50} | {p99} | {errors} | {100 * float(rps) / raw:.0f} % | {cpu} |")
if any(int(row[4]) > 0 for row in rows):
    sys.exit("some answers were not 2xx: the numbers above do not measure the search")
PY
