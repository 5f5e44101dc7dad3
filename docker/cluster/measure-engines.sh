#!/usr/bin/env bash
# Measures what replication costs a write, for docs/decisions/008-two-app-nodes-on-galera.md:
# the same booking-like write (a guarded UPDATE of a slot's count and an INSERT of the booking,
# each its own commit) on
#   single    one MariaDB server, no replication (the baseline),
#   semisync  a primary whose every commit waits for a replica's acknowledgement (semi-synchronous),
#   galera    the 3-node Galera cluster of up.sh, written through db1 (only when it runs),
# with 1 client (the latency of one commit) and 16 clients (throughput), by mariadb-slap.
# The single server and the primary/replica pair run on ports 4326-4328 and are removed afterwards.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

[[ $(id -u) == 0 ]] || die "run as root"
work=${MEASURE_HOME:-/var/tmp/tramso-engines}
QUERIES=${QUERIES:-3000}
rm -rf "$work"; mkdir -p "$work"; chmod 755 "$work"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; sleep 2; rm -rf "$work"; }
trap cleanup EXIT

server() { # server <name> <port> <extra my.cnf lines>
    local dir=$work/$1
    mkdir -p "$dir/data"
    cat >"$dir/my.cnf" <<CNF
[mysqld]
user=mysql
datadir=$dir/data
socket=$dir/mysqld.sock
port=$2
bind-address=127.0.0.1
log-error=$dir/error.log
innodb_buffer_pool_size=256M
$3
CNF
    chown -R mysql:mysql "$dir"
    mariadb-install-db --defaults-file="$dir/my.cnf" --user=mysql >/dev/null 2>&1
    setsid mariadbd --defaults-file="$dir/my.cnf" >/dev/null 2>&1 &
    pids+=($!)
    wait_for 60 "$1" mariadb --no-defaults --protocol=socket --socket="$dir/mysqld.sock" -uroot -e 'SELECT 1'
}
on() { mariadb --no-defaults --protocol=socket --socket="$work/$1/mysqld.sock" -uroot --batch --skip-column-names -e "$2"; }

server single 4326 ""
server primary 4327 $'server_id=1\nlog_bin=primary-bin\nbinlog_format=ROW\nrpl_semi_sync_master_enabled=ON\nrpl_semi_sync_master_timeout=10000'
server replica 4328 $'server_id=2\nread_only=ON\nrpl_semi_sync_slave_enabled=ON'
on primary "CREATE USER 'repl'@'127.0.0.1' IDENTIFIED BY 'repl'; GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1';"
on replica "CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=4327, MASTER_USER='repl', MASTER_PASSWORD='repl', MASTER_USE_GTID=slave_pos; START SLAVE;"
wait_for 30 "the replica's semi-synchronous link" \
    bash -c "[[ \$(mariadb --no-defaults --protocol=socket --socket=$work/primary/mysqld.sock -uroot -N -e \"SHOW STATUS LIKE 'Rpl_semi_sync_master_clients'\" | cut -f2) == 1 ]]"

schema="CREATE DATABASE IF NOT EXISTS slap; USE slap;
DROP TABLE IF EXISTS slot, booking;
CREATE TABLE slot (id INT PRIMARY KEY, capacity INT NOT NULL, booked INT NOT NULL) ENGINE=InnoDB;
INSERT INTO slot SELECT seq, 1000000, 0 FROM seq_1_to_1000;
CREATE TABLE booking (id BIGINT AUTO_INCREMENT PRIMARY KEY, slot_id INT NOT NULL, name VARCHAR(80) NOT NULL, at DATETIME(3) NOT NULL) ENGINE=InnoDB;"
# RAND() in a WHERE clause is evaluated per row (a scan locking every row it reads): draw the slot first.
query="SET @s = FLOOR(1 + RAND() * 1000);
UPDATE slot SET booked = booked + 1 WHERE id = @s AND booked < capacity;
INSERT INTO booking (slot_id, name, at) VALUES (@s, 'Nguyễn Văn A', NOW(3));"

measure() { # measure <engine> <mariadb connection options...>
    local engine=$1; shift
    mariadb --no-defaults --protocol=socket "$@" -uroot -e "$schema"
    for clients in 1 16; do
        local secs
        secs=$(mariadb-slap --no-defaults --protocol=socket "$@" -uroot --create-schema=slap --query="$query" --delimiter=";" \
            --concurrency="$clients" --number-of-queries="$QUERIES" --iterations=3 2>/dev/null |
            awk '/Average number of seconds/ { print $(NF - 1) }')
        # two statements in three commit (the third draws the slot)
        awk -v e="$engine" -v c="$clients" -v s="$secs" -v q="$QUERIES" 'BEGIN { n = q * 2 / 3
            printf "%-9s %2d client(s): %6.0f commits/s, %6.2f ms per commit per client\n", e, c, n / s, s * 1000 * c / n }'
    done
}

echo "=== $QUERIES statements per run (a slot drawn, then its guarded UPDATE, then an INSERT; each write autocommitted), mean of 3 runs"
measure single --socket="$work/single/mysqld.sock"
measure semisync --socket="$work/primary/mysqld.sock"
echo "    (replica's rows: $(on replica 'SELECT COUNT(*) FROM slap.booking'))"
if [[ -S $CLUSTER_HOME/db1/mysqld.sock ]] && db_synced db1; then
    measure galera --socket="$CLUSTER_HOME/db1/mysqld.sock"
    db_sql db1 "DROP DATABASE slap"
else
    echo "galera    skipped: the cluster of up.sh is not running"
fi
