#!/usr/bin/env bash
# Installs what the local Neo4j needs on a fresh Debian machine (Java 17 JDK for javac, Maven), then starts it.
# Idempotent: a second run finds everything installed and the server already running.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1; }

missing=()
if ! command -v java >/dev/null 2>&1 || ! [[ "$(java_major)" == 17 || "$(java_major)" == 21 ]]; then
  missing+=(openjdk-17-jdk-headless)
elif ! command -v javac >/dev/null 2>&1; then
  missing+=(openjdk-17-jdk-headless)
fi
command -v mvn >/dev/null 2>&1 || missing+=(maven)

if ((${#missing[@]})); then
  echo "neo4j: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # When several JDKs are present, make sure a 17 is the one on PATH.
  if [[ -d /usr/lib/jvm/java-17-openjdk-amd64 && "$(java_major)" != 17 && "$(java_major)" != 21 ]]; then
    export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
    export PATH="$JAVA_HOME/bin:$PATH"
  fi
fi

cd "$root"
npm run -s neo4j:start
