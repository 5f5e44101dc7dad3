#!/usr/bin/env bash
# Stops everything up.sh started and removes its folder ($CLUSTER_HOME): the cluster's data is gone.
# KEEP=1 keeps the folder (logs, data) for a look after the run.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

for part in proxy b a db3 db2 db1; do
    "$(dirname "$0")/node.sh" stop "$part" || true
done
if [[ ${KEEP:-0} != 1 && -d $CLUSTER_HOME ]]; then
    rm -rf -- "$CLUSTER_HOME"
    log "removed $CLUSTER_HOME"
fi
