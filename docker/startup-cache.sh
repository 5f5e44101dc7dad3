#!/usr/bin/env bash
# Makes what the production jar starts faster from (issue 23, docs/benchmarks.md "Start-up, side by side"):
#   1. the extracted layout: <dir>/app.jar (the application's classes) and <dir>/lib/ (its dependencies),
#      by Spring Boot's own jar tools (java -Djarmode=tools -jar <jar> extract);
#   2. the JDK's AOT cache <dir>/app.aot (Java 25, JEP 483/514/515: classes loaded and linked ahead, method
#      profiles), written by one training run of the extracted jar that starts the application context against
#      a real database and exits right after refresh (-Dspring.context.exit=onRefresh).
#   3. Spring AOT (pom.xml's process-aot in the production build): the training runs with -Dspring.aot.enabled=true,
#      the bean definitions the build made instead of the configuration classes read at start; written to
#      <dir>/jvm-flags, which the start must use too (docker/cluster/lib.sh does). TRAMSO_SPRING_AOT=off: without it.
# Then start with:  java $(cat <dir>/jvm-flags) -XX:AOTCache=<dir>/app.aot -jar <dir>/app.jar ...
# The cache only matches this jar, this layout at the same absolute path, this JDK and compatible JVM flags:
# the JVM checks it at start, says so in a warning and starts without it when it does not match.
#
# Usage (from anywhere):
#   SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3306/tramso SPRING_DATASOURCE_USERNAME=... \
#   SPRING_DATASOURCE_PASSWORD=... docker/startup-cache.sh [jar] [dir] [-- extra app arguments]
# jar: default the newest target/tram-so-*.jar (build it with ./mvnw -Pproduction -DskipTests package);
# dir: default target/startup. JAVA: the java to use (default the first JDK 25+ found); JAVA_OPTS: JVM flags
# the real start will use too (heap size, collector): the training must run with the same ones.
# The training run migrates the database like any start (Flyway), so point it at the database the app will use,
# or at a copy with the same schema. Nothing is served during training (the context closes after refresh).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)

die() { echo "startup-cache: $*" >&2; exit 1; }

find_java() {
    local d
    for d in ${JAVA_HOME:-} /usr/lib/jvm/temurin-25* /opt/java/openjdk /usr/lib/jvm/*; do
        [[ -x $d/bin/java ]] || continue
        if "$d/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then echo "$d/bin/java"; return; fi
    done
    die "no JDK 25+ found (the AOT cache needs Java 25); set JAVA"
}

jar=${1:-}
[[ $jar == -- ]] && jar=
if [[ -z $jar ]]; then
    jar=$(ls -t "$repo"/target/tram-so-*.jar 2>/dev/null | grep -v -- '-plain\|sources' | head -1 || true)
fi
[[ -n $jar && -r $jar ]] || die "no production jar: build it with ./mvnw -Pproduction -DskipTests package"
dir=${2:-$repo/target/startup}
[[ $dir == -- ]] && dir=$repo/target/startup
shift $(( $# < 2 ? $# : 2 ))
[[ ${1:-} == -- ]] && shift
java=${JAVA:-$(find_java)}
[[ -n ${SPRING_DATASOURCE_URL:-} ]] || die "set SPRING_DATASOURCE_URL (and user, password): the training run needs the database"

jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
mkdir -p "$dir"; dir=$(cd "$dir" && pwd)
rm -rf "$dir/lib" "$dir/app.jar" "$dir/app.aot" "$dir/jvm-flags" "$dir"/tram-so-*.jar

echo "startup-cache: extracting $jar into $dir"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dir"
extracted=$(ls "$dir"/tram-so-*.jar)
mv "$extracted" "$dir/app.jar"      # lib/ is found through the manifest's relative Class-Path
flags=
if [[ ${TRAMSO_SPRING_AOT:-on} != off ]]; then
    # only a jar the build processed (its generated initializer) can start so
    if "$(dirname "$java")/jar" tf "$dir/app.jar" 2>/dev/null | grep -q '^vn/tramso/Application__ApplicationContextInitializer.class$'; then
        flags=-Dspring.aot.enabled=true
    else
        echo "startup-cache: the jar has no Spring AOT classes (built before process-aot?): training without Spring AOT"
    fi
fi
echo "$flags" >"$dir/jvm-flags"

echo "startup-cache: training run (starts the context against $SPRING_DATASOURCE_URL, exits after refresh)"
# shellcheck disable=SC2086  # JAVA_OPTS is a list of flags
"$java" ${JAVA_OPTS:-} $flags -XX:AOTCacheOutput="$dir/app.aot" -Dspring.context.exit=onRefresh \
    -jar "$dir/app.jar" --server.port=0 --management.server.port=0 "$@"
[[ -s $dir/app.aot ]] || die "the training run wrote no cache"
echo "startup-cache: done; start with: $java ${JAVA_OPTS:-} $flags -XX:AOTCache=$dir/app.aot -jar $dir/app.jar"
