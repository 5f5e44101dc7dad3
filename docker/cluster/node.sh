#!/usr/bin/env bash
# Starts, stops or kills one part of the loopback cluster that up.sh made:
#   node.sh start|stop|kill db1|db2|db3|a|b|proxy
# 'stop' is a clean shutdown (SIGTERM, then wait); 'kill' is SIGKILL, a machine that dies.
# A Galera node started again rejoins the running cluster and catches up by itself (IST or SST).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

action=${1:-}; part=${2:-}
[[ -n $action && -n $part ]] || die "usage: node.sh start|stop|kill db1|db2|db3|a|b|proxy"

start_db() { # start_db <node> [--wsrep-new-cluster]
    local node=$1; shift
    pid_of "$node" >/dev/null && { log "$node already runs"; return; }
    setsid mariadbd --defaults-file="$CLUSTER_HOME/$node/my.cnf" "$@" >>"$CLUSTER_HOME/$node/console.log" 2>&1 &
    echo $! >"$CLUSTER_HOME/$node.pid"
    wait_for 120 "$node (Galera state Synced)" db_synced "$node"
    log "$node synced on port $(db_port "$node")"
}

start_app() {
    local node=$1 jar java launch
    pid_of "app-$node" >/dev/null && { log "app $node already runs"; return; }
    jar=$(find_jar); java=$(java_bin); launch=$(app_launch "$java" "$jar")
    log "app $node: $java $launch"
    # The demo data (db/demo) gives the check a commune, villages, kiosks and staff to work with.
    # $launch unquoted: its words are separate arguments (paths without spaces).
    # setsid: a Ctrl-C in the terminal that ran check.sh does not reach the nodes it restarted.
    SPRING_DATASOURCE_URL=$DB_URL SPRING_DATASOURCE_USERNAME=$DB_USER SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD \
    TRAMSO_SECRET=$CLUSTER_SECRET TRAMSO_KIOSK_DIR="$REPO/kiosk-config" SERVER_FORWARD_HEADERS_STRATEGY=native \
    setsid "$java" -Xmx512m -Dtramso.cluster.home="$CLUSTER_HOME" $launch \
        --server.port="$(app_port "$node")" --server.address=127.0.0.1 \
        --management.server.port="$(app_mgmt_port "$node")" \
        --spring.flyway.locations=classpath:db/migration,classpath:db/demo \
        --tramso.cluster.node-id="$node" $DRILL_ARGS ${APP_ARGS:-} \
        >>"$CLUSTER_HOME/app-$node.log" 2>&1 &
    echo $! >"$CLUSTER_HOME/app-$node.pid"
}

start_proxy() {
    pid_of proxy >/dev/null && { log "HAProxy already runs"; return; }
    haproxy -f "$CLUSTER_HOME/haproxy.cfg" -D -p "$CLUSTER_HOME/proxy.pid" >>"$CLUSTER_HOME/haproxy.log" 2>&1
    log "HAProxy on http://127.0.0.1:$FRONT_PORT/ (status page http://127.0.0.1:$STATS_PORT/)"
}

stop_part() { # stop_part <pid file name> <signal>
    local pid
    pid=$(pid_of "$1") || { log "$1 is not running"; return 0; }
    kill "-$2" "$pid"
    for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && die "$1 (pid $pid) did not stop"
    rm -f "$CLUSTER_HOME/$1.pid"
    log "$1 stopped ($2)"
}

name=$part
case $part in a | b) name=app-$part ;; esac
case $action in
    start)
        case $part in
            db1 | db2 | db3) start_db "$part" "${@:3}" ;;
            a | b) start_app "$part"; wait_for 180 "app $part (readiness)" app_ready "$part"; log "app $part ready on port $(app_port "$part")" ;;
            proxy) start_proxy ;;
            *) die "unknown part $part" ;;
        esac ;;
    stop) stop_part "$name" TERM ;;
    kill) stop_part "$name" KILL ;;
    *) die "unknown action $action" ;;
esac
