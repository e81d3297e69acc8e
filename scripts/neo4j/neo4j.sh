#!/usr/bin/env bash
# A local Neo4j Community 5.26 for newsgraph: `bash scripts/neo4j/neo4j.sh start|stop|status|restart|wipe`.
# Jars come from Maven Central (scripts/neo4j/pom.xml); Launcher.java runs the embedded kernel with Bolt on
# 127.0.0.1 only. Data, logs and the pid file live in <project>/.neo4j/ (git-ignored).
#
# Environment (all optional):
#   NEO4J_BOLT_PORT (7687)  NEO4J_HEAP (1g)  NEO4J_PAGECACHE_MB (256)  NEO4J_TX_TOTAL_MB (512)
#   NEO4J_TX_TIMEOUT_S (120)  NEO4J_START_TIMEOUT (120 s)  NEO4J_AUTH_PASSWORD (unset = auth off)
#   NEO4J_STATE_DIR (<project>/.neo4j)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
state="${NEO4J_STATE_DIR:-$root/.neo4j}"
port="${NEO4J_BOLT_PORT:-7687}"
heap="${NEO4J_HEAP:-1g}"
start_timeout="${NEO4J_START_TIMEOUT:-120}"
pidfile="$state/neo4j.pid"
logfile="$state/neo4j.log"
target="$here/target"
cpfile="$target/classpath.txt"
classes="$target/classes"

say() { printf 'neo4j: %s\n' "$*"; }
die() { printf 'neo4j: %s\n' "$*" >&2; exit 1; }

running_pid() {
  [[ -f "$pidfile" ]] || return 1
  local pid
  pid="$(cat "$pidfile" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  # Guard against a recycled pid: it must be our launcher.
  grep -q 'Launcher' "/proc/$pid/cmdline" 2>/dev/null || return 1
  printf '%s' "$pid"
}

bolt_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

need() { command -v "$1" >/dev/null 2>&1 || die "$1 is not installed — run \`bash .ci/neo4j.sh\` or install $2"; }

# Maven Central sometimes answers 429 under bursts: retry with a growing pause.
resolve_classpath() {
  if [[ -s "$cpfile" && "$cpfile" -nt "$here/pom.xml" ]] && all_jars_present; then return 0; fi
  need mvn maven
  mkdir -p "$target"
  local attempt
  for attempt in 1 2 3 4 5; do
    if mvn -B -q -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cpfile" >"$target/mvn.log" 2>&1; then
      return 0
    fi
    say "Maven could not resolve the Neo4j jars (attempt $attempt/5); retrying in $((attempt * 10)) s"
    sleep $((attempt * 10))
  done
  tail -n 20 "$target/mvn.log" >&2
  die "could not download Neo4j from Maven Central (log: $target/mvn.log)"
}

all_jars_present() {
  local jar
  while IFS= read -r jar; do [[ -f "$jar" ]] || return 1; done < <(tr ':' '\n' <"$cpfile")
}

compile_launcher() {
  if [[ -f "$classes/Launcher.class" && "$classes/Launcher.class" -nt "$here/Launcher.java" && "$classes/Launcher.class" -nt "$cpfile" ]]; then
    return 0
  fi
  need javac openjdk-17-jdk-headless
  mkdir -p "$classes"
  javac -nowarn -d "$classes" -cp "$(cat "$cpfile")" "$here/Launcher.java"
}

java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1; }

start() {
  local pid
  if pid="$(running_pid)"; then
    say "already running (pid $pid) on bolt://127.0.0.1:$port"
    return 0
  fi
  if bolt_answers; then
    die "port $port is taken by another process; stop it or set NEO4J_BOLT_PORT"
  fi
  need java openjdk-17-jre-headless
  local major
  major="$(java_major)"
  [[ "$major" == 17 || "$major" == 21 ]] || die "Neo4j 5.26 needs Java 17 or 21, found Java ${major:-unknown} (set JAVA_HOME or PATH)"
  resolve_classpath
  compile_launcher
  mkdir -p "$state/home"
  : >"$logfile"
  local began=$SECONDS
  # setsid: the JVM outlives this shell and gets no terminal signals meant for the caller.
  NEO4J_HOME_DIR="$state/home" NEO4J_BOLT_PORT="$port" setsid java \
    "-Xms${heap}" "-Xmx${heap}" -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError \
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
    -Dio.netty.tryReflectionSetAccessible=true -Djdk.nio.maxCachedBufferSize=1024 \
    -cp "$classes:$(cat "$cpfile")" Launcher </dev/null >>"$logfile" 2>&1 &
  pid=$!
  echo "$pid" >"$pidfile"
  while (( SECONDS - began < start_timeout )); do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$pidfile"
      tail -n 30 "$logfile" >&2
      die "Neo4j exited during start-up (log: $logfile)"
    fi
    if grep -q '^NEO4J_READY' "$logfile" && bolt_answers; then
      say "started in $((SECONDS - began)) s (pid $pid): $(grep '^NEO4J_READY' "$logfile" | cut -d' ' -f2-)"
      return 0
    fi
    sleep 0.5
  done
  kill -TERM "$pid" 2>/dev/null || true
  rm -f "$pidfile"
  tail -n 30 "$logfile" >&2
  die "Neo4j did not answer on bolt://127.0.0.1:$port within $start_timeout s (log: $logfile; raise NEO4J_START_TIMEOUT)"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$pidfile"
    say "not running"
    return 0
  fi
  kill -TERM "$pid"
  local waited=0
  while kill -0 "$pid" 2>/dev/null && (( waited < 120 )); do sleep 0.5; waited=$((waited + 1)); done
  if kill -0 "$pid" 2>/dev/null; then
    say "did not stop within 60 s; killing pid $pid"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
  say "stopped"
}

status() {
  local pid
  if pid="$(running_pid)" && bolt_answers; then
    say "running (pid $pid) on bolt://127.0.0.1:$port; data in $state/home"
  elif pid="$(running_pid)"; then
    say "starting or unhealthy (pid $pid): Bolt does not answer on port $port; log: $logfile"
    return 1
  else
    say "not running (start it with \`npm run neo4j:start\`)"
    return 3
  fi
}

# Deletes the database files; only while stopped, so no running kernel loses its store under it.
wipe() {
  if running_pid >/dev/null; then die "stop Neo4j first (npm run neo4j:stop)"; fi
  rm -rf "$state/home"
  say "deleted $state/home"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  restart) stop; start ;;
  wipe) wipe ;;
  *) die "usage: neo4j.sh start|stop|status|restart|wipe" ;;
esac
