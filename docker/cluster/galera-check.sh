#!/usr/bin/env bash
# HAProxy's external health check of one Galera node (called as: <proxy address> <proxy port>
# <server address> <server port>): healthy only when the node is Synced with the cluster and ready
# for queries, so a node still joining (whose queries would fail with error 1047) or cut off from
# the others never gets the application's connections. Logs in as the passwordless user
# haproxy_check@127.0.0.1, which may only connect (up.sh creates it).
state=$(mariadb --no-defaults --host="$3" --port="$4" --user=haproxy_check --connect-timeout=2 \
    --batch --skip-column-names -e "SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_local_state', 'wsrep_ready')" 2>/dev/null |
    awk '{ v[$1] = $2 } END { print v["wsrep_local_state"] "/" v["wsrep_ready"] }')
[[ $state == 4/ON ]]
