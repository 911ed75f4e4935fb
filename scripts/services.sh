#!/usr/bin/env bash
# Project-local PostgreSQL 15 and Redis 7 on loopback, for the demo, the tests and CI.
#
#   scripts/services.sh start    start both (idempotent), write .local/services.env
#   scripts/services.sh status   exit 0 when both answer
#   scripts/services.sh stop     stop both
#   scripts/services.sh env      print the environment file
#
# Data lives in .local/ (git-ignored). Both servers listen on 127.0.0.1 only, on free ports picked at
# first start and reused after. PostgreSQL refuses to run as root, so as root both servers run as
# their Debian system users (postgres, redis); as a normal user they run as that user.
# AISLE_PG_FSYNC=off turns fsync off (tests only: never for data you keep).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# AISLE_SERVICES_DIR picks another instance (the test suite keeps its own, apart from the demo data).
local_dir="${AISLE_SERVICES_DIR:-$root/.local}"
env_file="$local_dir/services.env"
pg_bin=/usr/lib/postgresql/15/bin
mkdir -p "$local_dir"

if [ "$(id -u)" -eq 0 ]; then
    pg_user=postgres; redis_user=redis
    as() { local u="$1"; shift; runuser -u "$u" -- "$@"; }
else
    pg_user="$(id -un)"; redis_user="$pg_user"
    as() { shift; "$@"; }
fi

free_port() {
    python3 - <<'PY'
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

# A folder the service user can reach. Under root, a clone may sit below a directory the service
# user cannot traverse; the data then lives in /var/lib/aisle/<hash of the clone path> and .local
# holds a symlink to it.
service_dir() {
    local name="$1" user="$2" dir="$local_dir/$1"
    if [ ! -e "$dir" ]; then
        mkdir -p "$dir"
        if [ "$(id -u)" -eq 0 ] && ! runuser -u "$user" -- test -x "$dir"; then
            rmdir "$dir"
            local alt="/var/lib/aisle/$(echo -n "$root" | sha1sum | cut -c1-12)/$name"
            mkdir -p "$alt"
            ln -s "$alt" "$dir"
        fi
        [ "$(id -u)" -eq 0 ] && chown "$user" "$(readlink -f "$dir")"
    fi
    readlink -f "$dir"
}

port_file() { local f="$local_dir/$1.port"; [ -s "$f" ] || free_port >"$f"; cat "$f"; }

pg_ready() { "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$1" -t 2; }

start_postgres() {
    local data port
    data="$(service_dir pg "$pg_user")"
    port="$(port_file pg)"
    if [ ! -s "$data/PG_VERSION" ]; then
        as "$pg_user" "$pg_bin/initdb" -D "$data" -U aisle --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if pg_ready "$port"; then return; fi
    local fsync="${AISLE_PG_FSYNC:-on}"
    as "$pg_user" "$pg_bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $data -c fsync=$fsync -c max_connections=200" start >/dev/null \
        || { echo "services: PostgreSQL failed to start; last log lines:" >&2; tail -20 "$data/server.log" >&2; exit 1; }
    "$pg_bin/psql" -h 127.0.0.1 -p "$port" -U aisle -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = 'aisle'" | grep -q 1 \
        || "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U aisle aisle
}

start_redis() {
    local data port
    data="$(service_dir redis "$redis_user")"
    port="$(port_file redis)"
    if redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; then return; fi
    as "$redis_user" redis-server --bind 127.0.0.1 --port "$port" --dir "$data" --daemonize yes \
        --pidfile "$data/redis.pid" --logfile "$data/redis.log" --save "" --appendonly no >/dev/null
    for _ in $(seq 1 50); do
        redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG && return
        sleep 0.1
    done
    echo "services: Redis did not answer on port $port; see $data/redis.log" >&2
    exit 1
}

write_env() {
    local pg_port redis_port
    pg_port="$(cat "$local_dir/pg.port")"; redis_port="$(cat "$local_dir/redis.port")"
    cat >"$env_file" <<ENV
PGHOST=127.0.0.1
PGPORT=$pg_port
PGUSER=aisle
PGDATABASE=aisle
DATABASE_URL=postgres://aisle@127.0.0.1:$pg_port/aisle
REDIS_URL=redis://127.0.0.1:$redis_port
ENV
}

case "${1:-}" in
    start)
        start_postgres
        start_redis
        write_env
        echo "services: PostgreSQL on 127.0.0.1:$(cat "$local_dir/pg.port"), Redis on 127.0.0.1:$(cat "$local_dir/redis.port") (env: $env_file)"
        ;;
    status)
        [ -s "$local_dir/pg.port" ] && pg_ready "$(cat "$local_dir/pg.port")" || { echo "PostgreSQL: down"; exit 1; }
        redis-cli -h 127.0.0.1 -p "$(cat "$local_dir/redis.port")" ping 2>/dev/null | grep -q PONG || { echo "Redis: down"; exit 1; }
        echo "PostgreSQL and Redis: up"
        ;;
    stop)
        if [ -s "$local_dir/pg/PG_VERSION" ]; then
            as "$pg_user" "$pg_bin/pg_ctl" -D "$(readlink -f "$local_dir/pg")" -m fast -w stop >/dev/null 2>&1 || true
        fi
        [ -s "$local_dir/redis.port" ] && redis-cli -h 127.0.0.1 -p "$(cat "$local_dir/redis.port")" shutdown nosave >/dev/null 2>&1 || true
        echo "services: stopped"
        ;;
    env) cat "$env_file" ;;
    *) echo "usage: scripts/services.sh start|status|stop|env" >&2; exit 2 ;;
esac
