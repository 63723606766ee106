# Finds a JDK >= 21 for the Korzina scripts; sourced by bin/korzina and bin/test.
# Order: $JAVA_HOME if it is >= 21, else the `java` on PATH if >= 21, else the newest JDK under
# ${KORZINA_JVM_ROOT:-/usr/lib/jvm}. Prints the JDK's home directory, or nothing when there is none.

korzina_java_major() {  # $1: a java executable; prints its major version (17, 21, 25)
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = //p' | head -n 1 | sed 's/^1\.//; s/\..*//'
}

korzina_find_jdk() {
  local min=21 candidate version java_on_path best="" best_version=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    version=$(korzina_java_major "$JAVA_HOME/bin/java")
    if [ "${version:-0}" -ge "$min" ] 2>/dev/null; then echo "$JAVA_HOME"; return 0; fi
  fi
  java_on_path=$(command -v java 2>/dev/null || true)
  if [ -n "$java_on_path" ]; then
    version=$(korzina_java_major "$java_on_path")
    if [ "${version:-0}" -ge "$min" ] 2>/dev/null; then
      candidate=$(dirname "$(dirname "$(readlink -f "$java_on_path")")")
      echo "$candidate"; return 0
    fi
  fi
  for candidate in "${KORZINA_JVM_ROOT:-/usr/lib/jvm}"/*; do
    [ -x "$candidate/bin/java" ] || continue
    version=$(korzina_java_major "$candidate/bin/java")
    if [ "${version:-0}" -ge "$min" ] 2>/dev/null && [ "$version" -gt "$best_version" ]; then
      best=$candidate; best_version=$version
    fi
  done
  [ -n "$best" ] && echo "$best"
}

# Sets JAVA_HOME to a JDK >= 21 or exits with a clear message.
korzina_use_jdk() {
  local jdk
  jdk=$(korzina_find_jdk) || true
  if [ -z "$jdk" ]; then
    echo "korzina: no JDK 21 or newer found (looked at JAVA_HOME, java on PATH, ${KORZINA_JVM_ROOT:-/usr/lib/jvm}/*)." >&2
    echo "korzina: install one (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME." >&2
    exit 1
  fi
  export JAVA_HOME="$jdk"
  # Maven 3.8's bundled guava warns about sun.misc.Unsafe on JDK 24+; the flag exists only there
  if [ "$(korzina_java_major "$JAVA_HOME/bin/java")" -ge 24 ]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}
