#!/usr/bin/env bash
# Start, stop or check a PostgreSQL server on loopback from Debian's `postgresql` package,
# with a role and database for the platform. Prints DATABASE_URL on `start` and `url`.
#
#   scripts/postgres.sh start|stop|status|url
set -euo pipefail

ROLE=${POSTGRES_ROLE:-breder}
PASSWORD=${POSTGRES_PASSWORD:-breder}
DATABASE=${POSTGRES_DB:-breder}
PORT=${POSTGRES_PORT:-5432}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { (cd / && if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi); }

install_if_missing() {
    if ! command -v pg_lsclusters >/dev/null 2>&1; then
        as_root apt-get update -q
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q postgresql >/dev/null
    fi
}

cluster() {
    # The newest installed cluster: "version name".
    pg_lsclusters --no-header | sort -k1,1n | tail -n 1 | awk '{print $1, $2}'
}

url() { echo "postgres://${ROLE}:${PASSWORD}@127.0.0.1:${PORT}/${DATABASE}"; }

start() {
    install_if_missing
    if [ -z "$(cluster)" ]; then
        version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
        as_root pg_createcluster "$version" main --port "$PORT" -- --auth-local=peer >/dev/null
    fi
    read -r version name <<<"$(cluster)"
    as_root pg_ctlcluster "$version" "$name" start >/dev/null 2>&1 || true
    for _ in $(seq 1 30); do
        pg_isready -q -h 127.0.0.1 -p "$PORT" && break
        sleep 1
    done
    pg_isready -h 127.0.0.1 -p "$PORT" >/dev/null
    # Idempotent: create the role (allowed to create the test database) and the database.
    as_postgres psql -q -p "$PORT" -v ON_ERROR_STOP=1 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') THEN
    CREATE ROLE ${ROLE} LOGIN CREATEDB PASSWORD '${PASSWORD}';
  END IF;
END \$\$;
SQL
    if ! as_postgres psql -p "$PORT" -tAc "SELECT 1 FROM pg_database WHERE datname='${DATABASE}'" | grep -q 1; then
        as_postgres createdb -p "$PORT" -O "$ROLE" "$DATABASE"
    fi
    url
}

stop() {
    read -r version name <<<"$(cluster)"
    as_root pg_ctlcluster "$version" "$name" stop
}

status() {
    pg_isready -h 127.0.0.1 -p "$PORT"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    url) url ;;
    *) echo "usage: $0 start|stop|status|url" >&2; exit 2 ;;
esac
