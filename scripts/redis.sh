#!/usr/bin/env bash
# Start, stop or check a Redis server on loopback from Debian's `redis-server` package, for
# the channel layer of the live features. Prints REDIS_URL on `start` and `url`.
#
#   scripts/redis.sh start|stop|status|url
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${REDIS_PORT:-6379}
DIR=.services/redis

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

url() { echo "redis://127.0.0.1:${PORT}/0"; }

running() { redis-cli -h 127.0.0.1 -p "$PORT" ping >/dev/null 2>&1; }

start() {
    if ! command -v redis-server >/dev/null 2>&1; then
        as_root apt-get update -q
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q redis-server >/dev/null
    fi
    if ! running; then
        mkdir -p "$DIR"
        redis-server --bind 127.0.0.1 --port "$PORT" --daemonize yes --save "" \
            --appendonly no --dir "$PWD/$DIR" --logfile "$PWD/$DIR/redis.log" \
            --pidfile "$PWD/$DIR/redis.pid"
        for _ in $(seq 1 30); do
            running && break
            sleep 0.2
        done
    fi
    running
    url
}

stop() {
    if running; then
        redis-cli -h 127.0.0.1 -p "$PORT" shutdown nosave >/dev/null 2>&1 || true
    fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) if running; then echo "running on port $PORT"; else echo "stopped"; exit 1; fi ;;
    url) url ;;
    *) echo "usage: $0 start|stop|status|url" >&2; exit 2 ;;
esac
