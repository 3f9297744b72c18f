# Sourced by run.sh and test.sh: makes PostgreSQL and Redis available and exports
# DASTERN_PG (a superuser-free connection string base) and DASTERN_REDIS.
#
# When DASTERN_PG / DASTERN_REDIS are already set, they are used as they are. Otherwise a private
# PostgreSQL cluster and Redis server are started on loopback, installing the Debian packages first
# when missing. PostgreSQL refuses to run as root, so the cluster belongs to the postgres user and
# lives outside the work tree (a clone in a private temp folder is not reachable by that user).

set -euo pipefail

DASTERN_PG_PORT="${DASTERN_PG_PORT:-55432}"
DASTERN_REDIS_PORT="${DASTERN_REDIS_PORT:-56379}"
# One private cluster per machine, shared by every checkout (tests make their own databases).
state_dir="${DASTERN_STATE_DIR:-/var/tmp/dastern}"

log() { printf '[services] %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
ensure_package() {
  local probe="$1"; shift
  if ! eval "$probe" >/dev/null 2>&1; then
    if [ "$apt_updated" -eq 0 ]; then
      log "installing $* (apt-get update first)"
      as_root apt-get update -qq
      apt_updated=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  fi
}

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

start_postgres() {
  ensure_package 'test -x "$(pg_bin)/initdb"' postgresql postgresql-contrib
  local bin data sock
  bin="$(pg_bin)"
  data="$state_dir/pg"
  sock="$state_dir/pg-socket"
  as_root mkdir -p "$state_dir"
  as_root chmod 755 "$state_dir"
  if [ ! -s "$data/PG_VERSION" ]; then
    log "creating a private PostgreSQL cluster in $data"
    as_root mkdir -p "$data" "$sock"
    as_root chown postgres:postgres "$data" "$sock"
    as_root chmod 700 "$data"
    as_root su postgres -s /bin/sh -c "'$bin/initdb' -D '$data' -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8" >/dev/null
  fi
  as_root mkdir -p "$sock" && as_root chown postgres:postgres "$sock"
  if ! as_root su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$data' status" >/dev/null 2>&1; then
    log "starting PostgreSQL on 127.0.0.1:$DASTERN_PG_PORT"
    as_root su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$data' -l '$data/server.log' -w -t 60 -o \"-p $DASTERN_PG_PORT -k $sock -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on\" start" >/dev/null
  fi
  as_root su postgres -s /bin/sh -c "'$bin/psql' -h '$sock' -p $DASTERN_PG_PORT -U postgres -d postgres -v ON_ERROR_STOP=1 -q" >/dev/null <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dastern') THEN
    CREATE ROLE dastern LOGIN CREATEDB PASSWORD 'dastern';
  END IF;
END
$$;
SQL
  if ! as_root su postgres -s /bin/sh -c "'$bin/psql' -h '$sock' -p $DASTERN_PG_PORT -U postgres -d postgres -tAc \"SELECT 1 FROM pg_database WHERE datname = 'dastern'\"" | grep -q 1; then
    as_root su postgres -s /bin/sh -c "'$bin/createdb' -h '$sock' -p $DASTERN_PG_PORT -U postgres -O dastern dastern"
  fi
  export DASTERN_PG="Host=127.0.0.1;Port=$DASTERN_PG_PORT;Username=dastern;Password=dastern"
}

start_redis() {
  ensure_package 'command -v redis-server' redis-server
  local dir="$state_dir/redis"
  as_root mkdir -p "$dir"
  if ! redis-cli -h 127.0.0.1 -p "$DASTERN_REDIS_PORT" ping >/dev/null 2>&1; then
    log "starting Redis on 127.0.0.1:$DASTERN_REDIS_PORT"
    as_root redis-server --port "$DASTERN_REDIS_PORT" --bind 127.0.0.1 --daemonize yes --dir "$dir" \
      --save "" --appendonly no --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"
    for _ in $(seq 1 50); do
      redis-cli -h 127.0.0.1 -p "$DASTERN_REDIS_PORT" ping >/dev/null 2>&1 && break
      sleep 0.1
    done
  fi
  export DASTERN_REDIS="127.0.0.1:$DASTERN_REDIS_PORT"
}

ensure_dotnet() {
  command -v dotnet >/dev/null 2>&1 || { log "the .NET 10 SDK (dotnet) is required"; exit 1; }
}

ensure_services() {
  ensure_dotnet
  if [ -z "${DASTERN_PG:-}" ]; then start_postgres; fi
  if [ -z "${DASTERN_REDIS:-}" ]; then start_redis; fi
}
