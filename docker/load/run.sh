#!/usr/bin/env bash
# The load harness of issue 23 (docs/benchmarks.md "Load (issue 23)"): a province's morning
# (vn.tramso.load.ProvinceMorning, Gatling) at each arrival rate given, one Gatling run per rate, with
# the app's CPU and heap sampled meanwhile. From the repository root, with the production jar built
# (./mvnw -Pproduction -DskipTests package) and Java 25:
#
#   docker/load/run.sh 4 8 12          one node: starts the jar on 127.0.0.1:18100 on an empty database
#                                      LOAD_DB [loadtest] of the MariaDB service (root, no password), stops it after
#   TARGET=cluster docker/load/run.sh 2 4
#                                      two nodes behind HAProxy: docker/cluster/up.sh first, started with
#                                      DRILL_ARGS=--tramso.booking.kiosk-bookings-per-hour=100000
#                                      APP_ARGS=--tramso.kiosk.enrolment.local-browsers=true, and down.sh after
#
# The rates are run in the order given, up to the first whose p95 passes 100 ms or that has an error (the knee).
# Settings: LOAD_SECONDS [40] how long visitors arrive at each rate; PAUSE [10] seconds between rates.
# On a shared machine run it under the build lock: flock /tmp/mvn.lock docker/load/run.sh ...
# Figures go to target/load/<single or cluster>/<rate>/ (Gatling's report, its stats table, the samples) and a summary line
# per rate on stdout.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO=$(pwd)
[[ $# -gt 0 ]] || { echo "usage: $0 <arrivals per second>..." >&2; exit 2; }
TARGET=${TARGET:-single}
LOAD_SECONDS=${LOAD_SECONDS:-40}
PAUSE=${PAUSE:-10}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JCMD=$(dirname "$JAVA")/jcmd
OUT=$REPO/target/load/$TARGET
mkdir -p "$OUT"
TOKEN=load-kiosk-$(date +%s)-$RANDOM

if [[ $TARGET == single ]]; then
    LOAD_DB=${LOAD_DB:-loadtest}
    BASE=http://127.0.0.1:18100
    sql() { mariadb -h127.0.0.1 -P3306 -uroot --batch --skip-column-names "$LOAD_DB" -e "$1"; }
    mariadb -h127.0.0.1 -P3306 -uroot -e "DROP DATABASE IF EXISTS \`$LOAD_DB\`; CREATE DATABASE \`$LOAD_DB\` CHARACTER SET utf8mb4"
    JAR=$(ls target/tram-so-*.jar | head -1)
    # The settings of the Lighthouse run (docs/benchmarks.md) and two for the load: loopback browsers are
    # enrolled kiosks (the demo run's setting), and a kiosk may book 100,000 times an hour instead of 20
    # (every virtual resident books at the one kiosk tra-phuong).
    SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3306/$LOAD_DB SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= \
    SPRING_FLYWAY_LOCATIONS=classpath:db/migration,classpath:db/demo TRAMSO_KIOSK_ENROLMENT_LOCAL_BROWSERS=true \
    TRAMSO_ADOPTION_SUMMARIES_AT_START=false TRAMSO_BOOKING_KIOSK_BOOKINGS_PER_HOUR=100000 \
    PORT=18100 MANAGEMENT_SERVER_PORT=18101 "$JAVA" -Xmx1g -jar "$JAR" >"$OUT/app.log" 2>&1 &
    PIDS=$!
    trap 'kill $PIDS 2>/dev/null || true; wait $PIDS 2>/dev/null || true' EXIT
    for _ in $(seq 1 120); do grep -q "Started Application" "$OUT/app.log" && break; sleep 1; done
    grep -q "Started Application" "$OUT/app.log" || { tail -20 "$OUT/app.log"; exit 1; }
else
    source docker/cluster/lib.sh
    BASE=http://127.0.0.1:$FRONT_PORT
    sql() { mariadb -h127.0.0.1 -P"$DB_FRONT_PORT" -u"$DB_USER" -p"$DB_PASSWORD" --batch --skip-column-names "$DB_NAME" -e "$1"; }
    PIDS="$(pid_of app-a) $(pid_of app-b)"
fi

# The load's data, beside the demo's: the kiosk's enrolled browser, duty round the clock at Trà Phương
# (walk-in tickets at any hour), 20 volunteers of Trà Phương, each with a help session of yesterday ("same as last"
# copies it), and 5 leaders of Hồng Quang, with the demo password.
sql "INSERT INTO kiosk_device (kiosk_id, token_hash, enrolled_via, enrolled_at)
       SELECT id, SHA2('$TOKEN', 256), 'CODE', NOW() FROM kiosk WHERE code = 'tra-phuong';
     INSERT IGNORE INTO duty_slot (village_id, day_of_week, starts_at, ends_at, capacity)
       SELECT v.id, d.seq, MAKETIME(h.seq, 0, 0), IF(h.seq = 23, TIME '23:59:59', MAKETIME(h.seq + 1, 0, 0)), 2
       FROM village v JOIN seq_1_to_7 d JOIN seq_0_to_23 h WHERE v.code = 'HY-HQ-TRA-PHUONG';
     INSERT IGNORE INTO user_account (username, display_name, password_hash, role, province_id, commune_id, village_id, created_at)
       SELECT CONCAT('tnv.load', s.seq), CONCAT('Tình nguyện viên tải ', s.seq), password_hash, role, province_id, commune_id, village_id, NOW()
       FROM user_account JOIN seq_1_to_20 s WHERE username = 'tnv.traphuong';
     INSERT IGNORE INTO user_account (username, display_name, password_hash, role, province_id, commune_id, village_id, created_at)
       SELECT CONCAT('lanhdao.load', s.seq), CONCAT('Lãnh đạo tải ', s.seq), password_hash, role, province_id, commune_id, village_id, NOW()
       FROM user_account JOIN seq_1_to_5 s WHERE username = 'lanhdao.hongquang';
     INSERT INTO help_session (village_id, volunteer_id, started_at, minutes, place, autonomy, referral, first_visit, created_at, updated_at)
       SELECT village_id, id, TIMESTAMP(CURDATE() - INTERVAL 1 DAY, '09:00'), 15, 'CULTURAL_HOUSE', 'WITH_HELP', 'NONE', 1, NOW(), NOW()
       FROM user_account u WHERE username LIKE 'tnv.load%' AND NOT EXISTS (SELECT 1 FROM help_session h WHERE h.volunteer_id = u.id);
     INSERT IGNORE INTO help_session_topic (session_id, topic, outcome)
       SELECT h.id, 'VNEID_LEVEL_2', 'DONE' FROM help_session h JOIN user_account u ON u.id = h.volunteer_id WHERE u.username LIKE 'tnv.load%';"

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
busy() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8}' /proc/stat; }
heap() { # used/committed heap in MB of each app JVM
    for p in $PIDS; do
        "$JCMD" "$p" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ {
            for (i = 1; i <= NF; i++) { if ($i == "committed") c = $(i + 1); if ($i == "used") u = $(i + 1) }
            gsub(/[K,]/, "", c); gsub(/[K,]/, "", u); printf "%d/%d ", u / 1024, c / 1024 }'
    done
}
# Every 5 s while Gatling runs: seconds since its simulation.log appeared, each app JVM's CPU over the interval
# (% of one core), the machine's busy share (% of all cores), each app JVM's heap used/committed (MB) and RSS (KB).
sample() {
    local dir=$1 hz t0="" p
    hz=$(getconf CLK_TCK)
    declare -A last=()
    for p in $PIDS; do last[$p]=$(ticks "$p"); done
    read -r b0 a0 < <(busy)
    while sleep 5; do
        [[ -z $t0 ]] && compgen -G "$dir/*/simulation.log" >/dev/null && t0=$(date +%s)
        [[ -z $t0 ]] && { for p in $PIDS; do last[$p]=$(ticks "$p"); done; read -r b0 a0 < <(busy); continue; }
        line="t=$(( $(date +%s) - t0 )) app_cpu="
        for p in $PIDS; do now=$(ticks "$p"); line+="$(( 100 * (now - last[$p]) / hz / 5 ))% "; last[$p]=$now; done
        read -r b1 a1 < <(busy)
        line+="machine=$(( 100 * (b1 - b0) / (a1 - a0) ))% heap=$(heap)rss=$(ps -o rss= -p "${PIDS// /,}" | xargs)"
        b0=$b1; a0=$a1
        echo "$line"
    done
}

./mvnw -q -Pload test-compile
for rate in "$@"; do
    dir=$OUT/$rate
    rm -rf "$dir"; mkdir -p "$dir"
    sample "$dir" >"$dir/samples.txt" &
    sampler=$!
    ./mvnw -q -Pload gatling:test -Dgatling.simulationClass=vn.tramso.load.ProvinceMorning \
        -Dload.results="$dir" -Dload.base="$BASE" -Dload.rate="$rate" -Dload.seconds="$LOAD_SECONDS" \
        -Dload.kioskToken="$TOKEN" >"$dir/gatling.log" 2>&1 || echo "rate $rate: Gatling reported failures (see $dir/gatling.log)"
    kill "$sampler"; wait "$sampler" 2>/dev/null || true
    sed -n '/---- Global Information/,/^=\{10,\}/p' "$dir/gatling.log" >"$dir/stats.txt"
    # The steady part: from 10 s after the start to the end of the arrivals.
    steady=$(awk -v end="$LOAD_SECONDS" '{ split($1, t, "="); if (t[2] >= 10 && t[2] <= end) print }' "$dir/samples.txt")
    echo "rate $rate/s: $(grep -E 'mean throughput|95th|request count' "$dir/stats.txt" | tr -s ' ' | tr '\n' ' ')"
    echo "  steady samples (every 5 s):"; echo "$steady" | sed 's/^/    /'
    # Past the knee (p95 above 100 ms, or any error): the next rates would only be further past it.
    p95=$(awk '/95th percentile/ {print $(NF - 4); exit}' "$dir/stats.txt")
    ko=$(awk '/request count/ {print $NF; exit}' "$dir/stats.txt")
    if [[ -z $p95 || $p95 -gt 100 || ( $ko != "-" && $ko != 0 ) ]]; then
        echo "rate $rate/s is past the knee (p95 ${p95:-?} ms, ${ko:-?} errors): no higher rate run"
        break
    fi
    sleep "$PAUSE"
done
