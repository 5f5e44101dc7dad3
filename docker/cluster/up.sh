#!/usr/bin/env bash
# Starts a Trạm Số cluster on this machine's loopback, as a province would run it on several:
#   a 3-node MariaDB Galera cluster (db1-db3, SQL ports 4306-4308),
#   two application nodes running the production jar (a: 8181, b: 8182; Actuator on 8191, 8192),
#   HAProxy in front (http://127.0.0.1:8088/) with a sticky cookie and readiness health checks,
#   and between the app nodes and Galera (127.0.0.1:4300): db1 while it is Synced, else db2, else db3.
# Both application nodes start at the same moment on the empty database, so Flyway's migration
# lock is put to the test. down.sh stops and removes everything this started. See README.md here.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

[[ $(id -u) == 0 ]] || die "run as root (the Galera nodes run as the mysql user, their folders are chowned)"
missing=()
for cmd in mariadbd:mariadb-server galera_new_cluster:galera-4 rsync:rsync haproxy:haproxy curl:curl; do
    command -v "${cmd%%:*}" >/dev/null 2>&1 || missing+=("${cmd#*:}")
done
if ((${#missing[@]})); then
    log "installing ${missing[*]} (their system services are not started: this cluster runs its own)"
    policy=/usr/sbin/policy-rc.d
    [[ -e $policy ]] && die "$policy exists: install ${missing[*]} yourself, then run up.sh again"
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy"
    trap 'rm -f "$policy"' EXIT
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    rm -f "$policy"; trap - EXIT
fi
find_jar >/dev/null
[[ -e $CLUSTER_HOME ]] && die "$CLUSTER_HOME exists: run down.sh first"

mkdir -p "$CLUSTER_HOME"
chmod 755 "$CLUSTER_HOME"
gcomm=$(for n in "${DB_NODES[@]}"; do printf '127.0.0.1:%s,' "$(db_gcomm_port "$n")"; done)
for node in "${DB_NODES[@]}"; do
    dir=$CLUSTER_HOME/$node g=$(db_gcomm_port "$node")
    mkdir -p "$dir/data"
    cat >"$dir/my.cnf" <<CNF
[mysqld]
user=mysql
datadir=$dir/data
socket=$dir/mysqld.sock
pid-file=$dir/mysqld.pid
log-error=$dir/error.log
bind-address=127.0.0.1
port=$(db_port "$node")
innodb_buffer_pool_size=256M
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
binlog_format=ROW
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=tramso
wsrep_cluster_address=gcomm://${gcomm%,}
wsrep_node_name=$node
wsrep_node_address=127.0.0.1:$g
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$g;ist.recv_addr=127.0.0.1:$((g + 1))"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((g + 2))
# a read waits until this node has applied what the cluster certified (the first reads after a failover)
wsrep_sync_wait=1
CNF
    chown -R mysql:mysql "$dir"
    mariadb-install-db --defaults-file="$dir/my.cnf" --user=mysql >"$dir/install.log" 2>&1 ||
        die "mariadb-install-db failed for $node: see $dir/install.log"
done

log "starting the Galera cluster"
"$(dirname "$0")/node.sh" start db1 --wsrep-new-cluster
db_sql db1 "CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
            CREATE USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
            GRANT ALL ON $DB_NAME.* TO '$DB_USER'@'127.0.0.1';
            CREATE USER 'haproxy_check'@'127.0.0.1';"
"$(dirname "$0")/node.sh" start db2
"$(dirname "$0")/node.sh" start db3
log "Galera cluster size $(db_sql db1 "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2)"

cat >"$CLUSTER_HOME/haproxy.cfg" <<CFG
global
    maxconn 4000
    # for the Galera check (galera-check.sh), which runs a mariadb client
    external-check
    insecure-fork-wanted
defaults
    mode http
    option forwardfor
    option redispatch
    retries 2
    timeout connect 3s
    timeout client 60s
    timeout server 60s
    # Vaadin's server push keeps a connection open (WebSocket, or long polling).
    timeout tunnel 1h
    timeout http-keep-alive 10s
frontend tramso
    bind 127.0.0.1:$FRONT_PORT
    default_backend app
backend app
    # Vaadin keeps each screen's state in the node's memory: a browser stays on the node that served
    # it (the SRV cookie) until that node fails its health check; then it starts afresh on another.
    balance leastconn
    cookie SRV insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 2s fall 2 rise 2 on-marked-down shutdown-sessions
$(for n in "${APP_NODES[@]}"; do echo "    server $n 127.0.0.1:$(app_port "$n") check port $(app_mgmt_port "$n") cookie $n"; done)
listen galera
    # The application nodes' way to the database: db1 while it is Synced, else db2, else db3; when
    # db1 is back, the connections to the backup are cut so that every write goes through db1 again.
    bind 127.0.0.1:$DB_FRONT_PORT
    mode tcp
    timeout client 1h
    timeout server 1h
    option external-check
    external-check path "/usr/bin:/bin"
    external-check command $REPO/docker/cluster/galera-check.sh
    default-server inter 1s fall 2 rise 3 on-marked-down shutdown-sessions on-marked-up shutdown-backup-sessions
    server db1 127.0.0.1:$(db_port db1) check
    server db2 127.0.0.1:$(db_port db2) check backup
    server db3 127.0.0.1:$(db_port db3) check backup
listen stats
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /
    stats refresh 5s
CFG

"$(dirname "$0")/node.sh" start proxy
wait_for 30 "HAProxy's database front" bash -c "echo > /dev/tcp/127.0.0.1/$DB_FRONT_PORT"
log "starting application nodes a and b together (both run Flyway on the empty database)"
"$(dirname "$0")/node.sh" start a &
first=$!
"$(dirname "$0")/node.sh" start b
wait "$first" || die "app a did not start: see $CLUSTER_HOME/app-a.log"
log "up: http://127.0.0.1:$FRONT_PORT/ ; logs in $CLUSTER_HOME ; check with check.sh, stop with down.sh"
