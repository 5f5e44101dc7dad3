#!/usr/bin/env bash
# Start-up side by side (docs/benchmarks.md "Start-up, side by side"): in one run, on one database with the schema
# in place and the same machine, starts the production jar
#   plain      java -jar target/tram-so-*.jar
#   extracted  java -jar target/startup/app.jar          (docker/startup-cache.sh's extracted layout)
#   aot        the same with -XX:AOTCache=target/startup/app.aot
#   aot-scan   aot, with Vaadin's class scan at start limited to the app's own package (--vaadin.allowed-packages=vn/tramso;
#              a trial, not the app's setting)
#   spring-aot aot with Spring AOT (-Dspring.aot.enabled=true: the bean definitions the build made, pom.xml's
#              process-aot), from its own AOT cache trained with Spring AOT on (target/startup-measure/cache-spring)
#   spring-aot-serial  spring-aot with the serial collector (-XX:+UseSerialGC), its cache trained with it too
# ROUNDS times each (interleaved: plain, aot, spring-aot, plain, ...), and prints Spring's "Started ... in X seconds"
# figure, the JVM's uptime at that line, and the peak RSS (VmHWM) once the app is ready, then the medians.
# Each start must then answer /login with 200 and render the kiosk's home through Vaadin's ?v-r=init (a loopback
# browser is enrolled as the kiosk's device by place.KioskGate): a start that lost a route does not count.
# Hold the build lock so that no build runs meanwhile (2 cores):
#   flock /tmp/mvn.lock docker/startup-measure.sh [jar]
# MariaDB at DB_HOST:DB_PORT (default 127.0.0.1:3306, root, no password); the database DB_NAME (default
# startup_bench) is made anew and dropped at the end. JAVA_OPTS: JVM flags for every start (default none).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${ROUNDS:-3}
VARIANTS=${VARIANTS:-plain aot spring-aot spring-aot-serial}
DB_HOST=${DB_HOST:-127.0.0.1}; DB_PORT=${DB_PORT:-3306}; DB_NAME=${DB_NAME:-startup_bench}
PORT=${PORT:-18095}; MGMT_PORT=${MGMT_PORT:-18096}
work=${WORK:-$repo/target/startup-measure}
jar=${1:-$(ls -t "$repo"/target/tram-so-*.jar 2>/dev/null | grep -v -- '-plain\|sources' | head -1 || true)}
[[ -n $jar && -r $jar ]] || { echo "no production jar: ./mvnw -Pproduction -DskipTests package" >&2; exit 1; }
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
java=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
cache=$work/cache

export SPRING_DATASOURCE_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB_NAME" SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD=
export SPRING_FLYWAY_LOCATIONS=classpath:db/migration,classpath:db/demo TRAMSO_KIOSK_DIR="$repo/kiosk-config"
export TRAMSO_SECRET=startup-measure-only-secret-0123456789abcdef JAVA=$java
# the kiosk check's browser (curl on 127.0.0.1) is enrolled as the demo run's local browsers are
export TRAMSO_KIOSK_ENROLMENT_LOCALBROWSERS=true
sql() { mariadb --no-defaults -h "$DB_HOST" -P "$DB_PORT" -uroot -e "$1"; }

app_pid=
cleanup() { [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null; sql "DROP DATABASE IF EXISTS $DB_NAME" || true; }
trap cleanup EXIT

mkdir -p "$work"; rm -f "$work"/run-*.log "$work/results.tsv"
sql "DROP DATABASE IF EXISTS $DB_NAME; CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
echo "== schema and demo data (one start, not timed)"
# shellcheck disable=SC2086
"$java" ${JAVA_OPTS:-} -Dspring.context.exit=onRefresh -jar "$jar" --server.port=0 --management.server.port=0 >"$work/migrate.log" 2>&1
echo "== extracted layout and AOT cache (docker/startup-cache.sh, training on the same database)"
TRAMSO_SPRING_AOT=off "$repo/docker/startup-cache.sh" "$jar" "$cache" >"$work/cache.log" 2>&1 || { tail -30 "$work/cache.log"; exit 1; }
echo "   cache: $(du -h "$cache/app.aot" | cut -f1)"
spring_opts="-Dspring.aot.enabled=true"
spring_cache() { # spring_cache <dir> [JVM flags]: startup-cache.sh's default, Spring AOT on, with these flags
    JAVA_OPTS="${JAVA_OPTS:-} ${2:-}" "$repo/docker/startup-cache.sh" "$jar" "$1" >"$1.log" 2>&1 || { tail -30 "$1.log"; exit 1; }
    [[ $(cat "$1/jvm-flags") == "$spring_opts" ]] || { echo "the jar has no Spring AOT classes (pom.xml process-aot)" >&2; exit 1; }
}
if [[ " $VARIANTS " == *" spring-aot "* ]]; then
    echo "== the same with Spring AOT on (its own AOT cache)"
    spring_cache "$work/cache-spring"
fi
if [[ " $VARIANTS " == *" spring-aot-serial "* ]]; then
    echo "== the same with Spring AOT and the serial collector (its own AOT cache)"
    spring_cache "$work/cache-serial" -XX:+UseSerialGC
fi

start() { # start <variant> <log>: runs the app, waits for readiness, prints "started uptime rss_mib"
    local variant=$1 log=$2 args line started uptime rss
    case $variant in
        plain) args=(-jar "$jar") ;;
        extracted) args=(-jar "$cache/app.jar") ;;
        aot) args=(-XX:AOTCache="$cache/app.aot" -jar "$cache/app.jar") ;;
        aot-scan) args=(-XX:AOTCache="$cache/app.aot" -jar "$cache/app.jar" --vaadin.allowed-packages=vn/tramso) ;;
        spring-aot) args=("$spring_opts" -XX:AOTCache="$work/cache-spring/app.aot" -jar "$work/cache-spring/app.jar") ;;
        spring-aot-serial) args=("$spring_opts" -XX:+UseSerialGC -XX:AOTCache="$work/cache-serial/app.aot"
                                 -jar "$work/cache-serial/app.jar") ;;
    esac
    # shellcheck disable=SC2086
    "$java" ${JAVA_OPTS:-} "${args[@]}" --server.port="$PORT" --management.server.port="$MGMT_PORT" >"$log" 2>&1 &
    app_pid=$!
    for _ in $(seq 1 600); do
        line=$(grep -m1 -E 'Started [A-Za-z]+ in [0-9.]+ seconds' "$log" || true)
        [[ -n $line ]] && break
        kill -0 "$app_pid" 2>/dev/null || { tail -40 "$log" >&2; exit 1; }
        sleep 0.1
    done
    [[ -n $line ]] || { echo "no Started line in $log" >&2; exit 1; }
    # Ready: what runs on ApplicationReadyEvent has run too, so the peak RSS includes it.
    for _ in $(seq 1 100); do curl -fsS -o /dev/null "http://127.0.0.1:$MGMT_PORT/actuator/health/readiness" && break; sleep 0.1; done
    sleep 2
    # The sign-in page answers (a route Vaadin found at start): a start that skipped it would not count.
    login=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)
    # The kiosk's first screen, as its browser opens it: the page, then Vaadin's init request renders the view.
    rm -f "$work/cookies"
    kiosk=$(curl -s -o /dev/null -w '%{http_code}' -c "$work/cookies" -b "$work/cookies" "http://127.0.0.1:$PORT/kiosk/tra-phuong/home" || true)
    if [[ $kiosk == 200 ]] && curl -s -o "$work/init.json" -c "$work/cookies" -b "$work/cookies" \
            "http://127.0.0.1:$PORT/?v-r=init&location=kiosk%2Ftra-phuong%2Fhome&query=" && grep -q '"v-uiId"' "$work/init.json"; then
        kiosk=ok
    else
        kiosk="FAIL($kiosk)"
    fi
    rss=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$app_pid/status")
    kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
    started=$(sed -E 's/.* in ([0-9.]+) seconds.*/\1/' <<<"$line")
    uptime=$(sed -nE 's/.*process running for ([0-9.]+)\).*/\1/p' <<<"$line")
    echo "$started $uptime $rss $login $kiosk"
}

printf 'variant\tround\tstarted_s\tuptime_s\tpeak_rss_mib\tlogin_http\tkiosk_init\n' >"$work/results.tsv"
for round in $(seq 1 "$ROUNDS"); do
    for variant in $VARIANTS; do
        start "$variant" "$work/run-$variant-$round.log" >"$work/one"   # not in a subshell: the trap sees app_pid
        read -r s u r l k <"$work/one"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$variant" "$round" "$s" "$u" "$r" "$l" "$k" | tee -a "$work/results.tsv"
        if grep -qE '\[(aot|cds)[],]' "$work/run-$variant-$round.log"; then
            echo "   the JVM said something of its cache, see $work/run-$variant-$round.log"
        fi
    done
done

echo "== medians (started s, uptime s, peak RSS MiB) and ratio of the started figure to plain"
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
base=$(awk -F'\t' '$1=="plain" {print $3}' "$work/results.tsv" | median)
for variant in $VARIANTS; do
    s=$(awk -F'\t' -v v="$variant" '$1==v {print $3}' "$work/results.tsv" | median)
    u=$(awk -F'\t' -v v="$variant" '$1==v {print $4}' "$work/results.tsv" | median)
    r=$(awk -F'\t' -v v="$variant" '$1==v {print $5}' "$work/results.tsv" | median)
    printf '%-10s %6s s %6s s %5s MiB  x%.2f\n' "$variant" "$s" "$u" "$r" "$(awk -v a="$s" -v b="$base" 'BEGIN {print a/b}')"
done
