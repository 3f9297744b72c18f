#!/usr/bin/env bash
# Do the account endpoints take the same time whether or not an account exists? Starts the host as
# deployed (Production settings, rate limiting off so the probe is not throttled), then sends the
# two cases of each pair alternately, one request at a time, and prints the latency of each case
# (median, mean, p90 over BENCH_SAMPLES requests) and their difference. Writes bench/results/account-timing.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
ensure_services

samples="${BENCH_SAMPLES:-200}"
port=5110
source bench/production-host.sh
admin_password="Tamarind-orchid-river-lantern-42"
prepare_production_host dastern_bench_accounts DasTernAccountBench: "$admin_password"
export AuthServer__Issuer="http://127.0.0.1:$port/" RateLimiting__Enabled=false Email__Host=127.0.0.1 Email__Port=9

(cd src/DasTern.HttpApi.Host/bin/Release/net10.0 && exec dotnet DasTern.HttpApi.Host.dll --urls "http://127.0.0.1:$port" >/tmp/dastern-account-bench.log 2>&1) &
host=$!
trap 'kill "$host" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.5; done

mkdir -p bench/results
python3 - "$port" "$samples" "$admin_password" <<'PY' | tee bench/results/account-timing.md
import json, statistics, sys, time, urllib.error, urllib.parse, urllib.request, uuid

base, samples, admin_password = f"http://127.0.0.1:{sys.argv[1]}", int(sys.argv[2]), sys.argv[3]

def call(path, form=None, body=None, token=None):
    data = urllib.parse.urlencode(form).encode() if form is not None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method="POST")
    request.add_header("Content-Type", "application/x-www-form-urlencoded" if form is not None else "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request) as response:
            status, text = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, text = error.code, error.read()
    return (time.perf_counter() - started) * 1000, status, text

def sign_in(user, password):
    return call("/connect/token", form={"grant_type": "password", "client_id": "DasTern_App", "username": user, "password": password, "scope": "DasTern"})

admin = json.loads(sign_in("admin@dastern.local", admin_password)[2])["access_token"]
known = f"known-{uuid.uuid4().hex}@dastern.test"
_, status, _ = call("/api/identity/users", body={"email": known, "password": "Mango-tuktuk-lotus-river-7", "firstName": "Known", "lastName": "User", "roles": ["Patient"]}, token=admin)
assert status == 200, status

pairs = {
    "password grant, wrong password: existing account (then locked) / unknown login": (
        lambda i: sign_in(known, f"wrong-{i}"),
        lambda i: sign_in(f"nobody-{uuid.uuid4().hex}@dastern.test", f"wrong-{i}")),
    "send-password-reset-code: existing / unknown address": (
        lambda i: call("/api/account/send-password-reset-code", body={"email": known}),
        lambda i: call("/api/account/send-password-reset-code", body={"email": f"nobody-{uuid.uuid4().hex}@dastern.test"})),
    "reset-password with a wrong code: existing / unknown address": (
        lambda i: call("/api/account/reset-password", body={"email": known, "code": "123456", "newPassword": "Mango-tuktuk-lotus-river-8"}),
        lambda i: call("/api/account/reset-password", body={"email": f"nobody-{uuid.uuid4().hex}@dastern.test", "code": "123456", "newPassword": "Mango-tuktuk-lotus-river-8"})),
    "register-patient: taken / new address": (
        lambda i: call("/api/account/register-patient", body={"email": known, "password": "Mango-tuktuk-lotus-river-9", "firstName": "A", "lastName": "B"}),
        lambda i: call("/api/account/register-patient", body={"email": f"new-{uuid.uuid4().hex}@dastern.test", "password": "Mango-tuktuk-lotus-river-9", "firstName": "A", "lastName": "B"})),
}

print(f"# Account endpoints: existing vs unknown account, {samples} requests per case, sequential, loopback\n")
print("| pair | statuses | median ms | mean ms | p90 ms | median difference ms |")
print("|---|---|---:|---:|---:|---:|")
for name, (first, second) in pairs.items():
    for i in range(10):
        first(i), second(i)
    a, b, statuses = [], [], set()
    for i in range(samples):
        for case, into in ((first, a), (second, b)):
            elapsed, status, _ = case(i)
            into.append(elapsed)
            statuses.add(status)
    def row(values):
        values = sorted(values)
        return statistics.median(values), statistics.fmean(values), values[int(len(values) * 0.9)]
    (ma, fa, pa), (mb, fb, pb) = row(a), row(b)
    print(f"| {name} | {'/'.join(str(s) for s in sorted(statuses))} | {ma:.1f} / {mb:.1f} | {fa:.1f} / {fb:.1f} | {pa:.1f} / {pb:.1f} | {ma - mb:+.1f} |")
PY
