# shellcheck shell=bash disable=SC2034
# Shared by up.sh, down.sh, node.sh and check.sh: where the cluster lives, its ports, and helpers.
# Everything listens on 127.0.0.1 only. Settings from the environment (defaults in brackets):
#   CLUSTER_HOME  [/var/tmp/tramso-cluster]  data folders, configs, logs, pid files
#   APP_JAR       [target/tram-so-*.jar]      the production jar (./mvnw -Pproduction -DskipTests package)
#   STARTUP_DIR   [target/startup]            docker/startup-cache.sh's extracted layout and AOT cache, used when
#                                             it is newer than the jar and the java is 25+ (else the jar as is)
#   FRONT_PORT    [8088]  HAProxy, the address kiosks and staff open
#   STATS_PORT    [8404]  HAProxy's status page
#   DB_FRONT_PORT [4300]  HAProxy's database front: the application nodes' only way to the database

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CLUSTER_HOME=${CLUSTER_HOME:-/var/tmp/tramso-cluster}
FRONT_PORT=${FRONT_PORT:-8088}
STATS_PORT=${STATS_PORT:-8404}
DB_FRONT_PORT=${DB_FRONT_PORT:-4300}

# Galera nodes db1..db3: SQL port, then group communication, incremental state transfer and full
# state transfer ports (4567/4568/4569 for db1, 4577/4578/4579 for db2, 4587/... for db3).
DB_NODES=(db1 db2 db3)
db_port() { echo $((4305 + ${1#db})); }
db_gcomm_port() { echo $((4557 + 10 * ${1#db})); }
DB_NAME=tramso
DB_USER=tramso
DB_PASSWORD=${DB_PASSWORD:-tramso-cluster-only}
# The app reaches the database through HAProxy's database front, which sends every connection to
# db1 while it is Synced, else to db2, else db3, and cuts the connections to a backup node as soon as
# db1 is back: every app node writes through one Galera node at a time
# (docs/decisions/008-two-app-nodes-on-galera.md).
DB_URL="jdbc:mariadb://127.0.0.1:$DB_FRONT_PORT/$DB_NAME"

# Application nodes a and b: HTTP port and management (Actuator) port.
APP_NODES=(a b)
app_port() { case $1 in a) echo 8181 ;; b) echo 8182 ;; esac; }
app_mgmt_port() { case $1 in a) echo 8191 ;; b) echo 8192 ;; esac; }
# Settings of this drill cluster only (check.sh relies on them): the summaries refresh every 10 s
# instead of 3 min, so a minute shows whether the job runs once or once per node; one kiosk may book
# 500 times an hour instead of 20, for the booking race and the tickets the checks take.
DRILL_ARGS=${DRILL_ARGS:---tramso.adoption.refresh-every=PT10S --tramso.adoption.refresh-lock-at-least=PT8S --tramso.booking.kiosk-bookings-per-hour=500}
# Every node must share the key of the keyed hashes (base.KeyedHash); a real province keeps its own secret.
CLUSTER_SECRET=${CLUSTER_SECRET:-cluster-drill-secret-0123456789abcdef}

log() { printf '[%s] %s\n' "$(date '+%T')" "$*" >&2; }
die() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; exit 1; }

pid_of() { # prints the pid in $CLUSTER_HOME/<name>.pid when that process is alive and one of ours
    local f="$CLUSTER_HOME/$1.pid" p
    [[ -r $f ]] || return 1
    p=$(<"$f")
    [[ -n $p ]] && kill -0 "$p" 2>/dev/null || return 1
    # After a reboot the pid may be any other process's: ours name $CLUSTER_HOME on their command line.
    tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | grep -qF -- "$CLUSTER_HOME" || return 1
    echo "$p"
}

db_sql() { # db_sql <node> <sql...>: as root over the node's socket, reading no option file (none may point it elsewhere)
    mariadb --no-defaults --protocol=socket --socket="$CLUSTER_HOME/$1/mysqld.sock" -uroot --batch --skip-column-names -e "$2"
}

wait_for() { # wait_for <seconds> <what> <command...>
    local seconds=$1 what=$2; shift 2
    for ((i = 0; i < seconds * 2; i++)); do
        "$@" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    die "$what did not come up within $seconds s"
}

app_ready() { curl -fsS "http://127.0.0.1:$(app_mgmt_port "$1")/actuator/health/readiness" >/dev/null; }
db_synced() { [[ $(db_sql "$1" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2) == Synced ]]; }

find_jar() {
    local jar=${APP_JAR:-}
    if [[ -z $jar ]]; then
        jar=$(ls -t "$REPO"/target/tram-so-*.jar 2>/dev/null | grep -v -- '-plain\|sources' | head -1 || true)
    fi
    [[ -n $jar && -r $jar ]] || die "no production jar: build it with ./mvnw -Pproduction -DskipTests package (or set APP_JAR)"
    echo "$jar"
}

app_launch() { # app_launch <java> <jar>: the JVM arguments that start the app (issue 23, docs/benchmarks.md
    # "Start-up, side by side"): the extracted layout with its AOT cache (and Spring AOT) when docker/startup-cache.sh made them
    # from this jar (newer than it) and the java can read them, else the jar itself. Make the cache for the nodes
    # with their heap and migrations: docker/cluster/README.md
    local java=$1 jar=$2 dir=${STARTUP_DIR:-$REPO/target/startup}
    if [[ -r $dir/app.jar && -s $dir/app.aot && $dir/app.aot -nt $jar ]] \
        && "$java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
        # the flags the cache was trained with (Spring AOT: -Dspring.aot.enabled=true), docker/startup-cache.sh
        # TRAMSO_SPRING_AOT=off: a node whose settings choose other beans (no jobs, say) starts without Spring AOT;
        # the JDK's cache still serves it
        local flags=""
        [[ ${TRAMSO_SPRING_AOT:-on} == off ]] || flags=$(cat "$dir/jvm-flags" 2>/dev/null)
        echo "$flags -XX:AOTCache=$dir/app.aot -jar $dir/app.jar"
    else
        echo "-jar $jar"
    fi
}

java_bin() { # a JDK 21+ like the build wrapper's
    local d
    for d in ${JAVA_HOME:-} /usr/lib/jvm/temurin-25* /usr/lib/jvm/*; do
        [[ -x $d/bin/java ]] || continue
        if "$d/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then echo "$d/bin/java"; return; fi
    done
    die "no JDK 21+ found"
}
