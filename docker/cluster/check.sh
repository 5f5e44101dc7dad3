#!/usr/bin/env bash
# Checks what must hold across the nodes of the cluster that up.sh started, and prints each figure:
#   Flyway migrated once; scheduled jobs ran once across nodes; a booking race over both nodes made
#   no overbooking; a call on node a and an alert published on a reach a kiosk of node b within 2 s;
#   app node b killed: its kiosk and volunteer come back on a; Galera node db1 killed: nothing
#   confirmed is lost and the app goes on through db2. Exits non-zero when a check fails; the whole
#   output is kept in $CLUSTER_HOME/check.log.
# The checks are the JUnit class src/test/java/vn/tramso/cluster/ClusterCheck.java, run with real
# Chromium pages (apt-get install chromium) through HAProxy. It kills and restarts app node b and
# Galera node db1 on the way, and leaves the cluster running, whole again.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

[[ -r $CLUSTER_HOME/haproxy.cfg ]] || die "no cluster in $CLUSTER_HOME: start it with up.sh"
# A part left stopped by an earlier run (or by hand) is started again first: the checks need it whole.
for part in "${DB_NODES[@]}" "${APP_NODES[@]}" proxy; do
    case $part in a | b) name=app-$part ;; *) name=$part ;; esac
    pid_of "$name" >/dev/null || "$(dirname "$0")/node.sh" start "$part"
done
command -v chromium >/dev/null || die "chromium not found: apt-get install -y chromium"
cd "$REPO"
set +e
./mvnw -q -Pcluster test -Dtest=ClusterCheck -Dsurefire.failIfNoSpecifiedTests=false \
    -Dcluster.front="http://127.0.0.1:$FRONT_PORT" -Dcluster.home="$CLUSTER_HOME" \
    -Dcluster.node-script="$REPO/docker/cluster/node.sh" -Dcluster.db-url="$DB_URL" \
    -Dcluster.db-user="$DB_USER" -Dcluster.db-password="$DB_PASSWORD" 2>&1 | tee "$CLUSTER_HOME/check.log" |
    grep --line-buffered -E '^===|FAIL|ERROR|Tests run|expected|Expect|at vn\.tramso|\[[0-9:]+\]'
status=${PIPESTATUS[0]}
set -e
((status == 0)) && log "all cluster checks passed" || log "a cluster check failed (status $status)"
exit "$status"
