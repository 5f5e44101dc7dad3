#!/usr/bin/env bash
# Restore drill: backs a database up with backup.sh, restores it with restore.sh into a fresh
# database, and compares every table's row count and CHECKSUM TABLE between the two. Prints the
# times and sizes; exits non-zero on any difference.
#
# Settings (environment), besides DB_HOST, DB_PORT, DB_USER, DB_DEFAULTS_FILE or MYSQL_PWD (lib.sh):
#   DRILL_SOURCE_DB   database to back up (tramso_drill_src). Only read, unless DRILL_SCALE is set.
#   DRILL_COPY_DB     database restored into (tramso_drill_copy); must start with tramso_drill_,
#                     dropped before and after the drill.
#   DRILL_SCALE       when set (e.g. 1 or 0.1), first (re)creates DRILL_SOURCE_DB (which must then
#                     start with tramso_drill_) with the benchmark's province at that scale
#                     (drill-province.sh), on the schema of DRILL_SCHEMA_FROM (a database on the same
#                     server, dumped with --no-data, only read) or of the SQL file DRILL_SCHEMA_FILE.
#   DRILL_MODE        dump (default) or physical: physical backs the whole server up with
#                     mariadb-backup (run it on the database's machine), restores it into a new data
#                     folder, starts a throwaway server on it (port DRILL_PHYSICAL_PORT, 3326) and
#                     compares DRILL_SOURCE_DB there with the original.
#   DRILL_DIR         where backups and the restored server go (a new folder under /tmp); deleted after.
#   DRILL_KEEP=1      keeps the copy, the generated source and DRILL_DIR.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

DRILL_SOURCE_DB=${DRILL_SOURCE_DB:-tramso_drill_src}
DRILL_COPY_DB=${DRILL_COPY_DB:-tramso_drill_copy}
DRILL_MODE=${DRILL_MODE:-dump}
DRILL_PHYSICAL_PORT=${DRILL_PHYSICAL_PORT:-3326}
DRILL_KEEP=${DRILL_KEEP:-0}
for name in "$DRILL_SOURCE_DB" "$DRILL_COPY_DB"; do
    [[ $name =~ ^[A-Za-z0-9_]+$ ]] || die "database names must be letters, digits and _: '$name'"
done
[[ $DRILL_COPY_DB == tramso_drill_* ]] || die "DRILL_COPY_DB must start with tramso_drill_ (the drill drops it)"
[[ $DRILL_COPY_DB != "$DRILL_SOURCE_DB" ]] || die "DRILL_COPY_DB must differ from DRILL_SOURCE_DB"
sql -e 'SELECT 1' >/dev/null || die "cannot connect to the server at $DB_HOST:$DB_PORT as $DB_USER"

DRILL_DIR=${DRILL_DIR:-$(mktemp -d /tmp/tramso-drill.XXXX)}
mkdir -p -- "$DRILL_DIR"
copy_pid=""
cleanup() {
    if [[ -n $copy_pid ]]; then kill "$copy_pid" 2>/dev/null || true; wait "$copy_pid" 2>/dev/null || true; fi
    if [[ $DRILL_KEEP != 1 ]]; then
        sql -e "DROP DATABASE IF EXISTS \`$DRILL_COPY_DB\`" || true
        [[ -n ${DRILL_SCALE:-} ]] && { sql -e "DROP DATABASE IF EXISTS \`$DRILL_SOURCE_DB\`" || true; }
        rm -rf -- "$DRILL_DIR"
    fi
}
trap cleanup EXIT

declare -A took
if [[ -n ${DRILL_SCALE:-} ]]; then
    [[ $DRILL_SOURCE_DB == tramso_drill_* ]] || die "with DRILL_SCALE, DRILL_SOURCE_DB must start with tramso_drill_ (the drill drops and fills it)"
    schema=$DRILL_DIR/schema.sql
    if [[ -n ${DRILL_SCHEMA_FILE:-} ]]; then
        cp -- "$DRILL_SCHEMA_FILE" "$schema"
    elif [[ -n ${DRILL_SCHEMA_FROM:-} ]]; then
        mariadb-dump "${conn[@]}" --no-data --single-transaction --routines --triggers --events "$DRILL_SCHEMA_FROM" > "$schema"
    else
        die "with DRILL_SCALE, set DRILL_SCHEMA_FROM (a database with Trạm Số's schema) or DRILL_SCHEMA_FILE"
    fi
    log "creating $DRILL_SOURCE_DB with the province at scale $DRILL_SCALE"
    t=$(now)
    sql -e "DROP DATABASE IF EXISTS \`$DRILL_SOURCE_DB\`; CREATE DATABASE \`$DRILL_SOURCE_DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    mariadb "${conn[@]}" "$DRILL_SOURCE_DB" < "$schema"
    "$here/drill-province.sh" "$DRILL_SCALE" | mariadb "${conn[@]}" --default-character-set=utf8mb4 "$DRILL_SOURCE_DB"
    took[generate]=$(seconds_since "$t")
fi
[[ -n $(sql -e "SELECT 1 FROM information_schema.schemata WHERE schema_name = '$DRILL_SOURCE_DB'") ]] || die "no database $DRILL_SOURCE_DB"
sql -e "DROP DATABASE IF EXISTS \`$DRILL_COPY_DB\`"

# Backup and restore.
copy_conn=("${conn[@]}")
t=$(now)
case $DRILL_MODE in
dump)
    backup=$(BACKUP_MODE=dump DB_NAME=$DRILL_SOURCE_DB BACKUP_DIR=$DRILL_DIR/backups "$here/backup.sh")
    took[backup]=$(seconds_since "$t")
    t=$(now)
    "$here/restore.sh" "$backup" "$DRILL_COPY_DB"
    took[restore]=$(seconds_since "$t")
    copy_db=$DRILL_COPY_DB
    ;;
physical)
    need mariadbd; need mariadb-install-db
    backup=$(BACKUP_MODE=physical BACKUP_DIR=$DRILL_DIR/backups "$here/backup.sh")
    took[backup]=$(seconds_since "$t")
    t=$(now)
    RESTORE_DATADIR=$DRILL_DIR/datadir RESTORE_OWNER=$(id -un) "$here/restore.sh" "$backup"
    took[restore]=$(seconds_since "$t")
    t=$(now)
    mariadbd=$(command -v mariadbd || echo /usr/sbin/mariadbd)
    as_root=(); [[ $(id -u) == 0 ]] && as_root=(--user=root)
    "$mariadbd" --no-defaults --datadir="$DRILL_DIR/datadir" --port="$DRILL_PHYSICAL_PORT" --bind-address=127.0.0.1 \
        --socket="$DRILL_DIR/mysqld.sock" --pid-file="$DRILL_DIR/mysqld.pid" --skip-grant-tables --skip-slave-start \
        "${as_root[@]}" >"$DRILL_DIR/mysqld.log" 2>&1 &
    copy_pid=$!
    copy_conn=(--host=127.0.0.1 --port="$DRILL_PHYSICAL_PORT" --user=root)
    for _ in $(seq 120); do
        mariadb "${copy_conn[@]}" -e 'SELECT 1' >/dev/null 2>&1 && break
        kill -0 "$copy_pid" 2>/dev/null || { tail -20 "$DRILL_DIR/mysqld.log" >&2; die "the restored server did not start"; }
        sleep 1
    done
    mariadb "${copy_conn[@]}" -e 'SELECT 1' >/dev/null || die "the restored server did not answer in 120 s"
    took[start]=$(seconds_since "$t")
    copy_db=$DRILL_SOURCE_DB
    ;;
*) die "DRILL_MODE must be dump or physical, not '$DRILL_MODE'" ;;
esac

# Compare every table: row count and CHECKSUM TABLE.
t=$(now)
tables() { mariadb "$@" --batch --skip-column-names -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$db' AND table_type = 'BASE TABLE' ORDER BY table_name"; }
src_tables=$(db=$DRILL_SOURCE_DB tables "${conn[@]}")
copy_tables=$(db=$copy_db tables "${copy_conn[@]}")
differences=0
if [[ $src_tables != "$copy_tables" ]]; then
    echo "Tables differ:"; diff <(echo "$src_tables") <(echo "$copy_tables") || true
    differences=1
fi
# SELECT COUNT(*) of each table in one query; CHECKSUM TABLE of all in one statement.
counts() {
    local db=$1; shift
    # shellcheck disable=SC2046 # the table names (letters, digits, _) are split on purpose, two per line of SQL
    mariadb "$@" --batch --skip-column-names -e "$(printf "SELECT '%s', COUNT(*) FROM \`$db\`.\`%s\` UNION ALL\n" $(paste -d' ' <(echo "$src_tables") <(echo "$src_tables")) | sed '$ s/ UNION ALL$//')"
}
# CHECKSUM TABLE, except for tables with a generated column: on MariaDB 10.11.19, CHECKSUM TABLE of
# household_assignment (a STORED generated column) gives different figures for the same rows, on the
# source itself, depending on when the table was opened (seen: four different figures for one table
# in a few minutes, before and after FLUSH TABLES). Those tables get a hash of every column of every row
# instead, in SQL (marked * below): BIT_XOR of each row's CRC32, so the order of rows does not matter.
generated=$(sql -e "SELECT DISTINCT table_name FROM information_schema.columns
                    WHERE table_schema = '$DRILL_SOURCE_DB' AND generation_expression IS NOT NULL")
row_hash() {
    local db=$1 table=$2
    sql -e "SELECT CONCAT('CONCAT_WS(''#'', ', GROUP_CONCAT(CONCAT('\`', column_name, '\`, ISNULL(\`', column_name, '\`)')
                   ORDER BY ordinal_position SEPARATOR ', '), ')')
            FROM information_schema.columns WHERE table_schema = '$db' AND table_name = '$table'"
}
checksums() {
    local db=$1 list table; shift
    list=$(grep -vxF -f <(echo "$generated") <<<"$src_tables" | sed "s/.*/\`$db\`.\`&\`/" | paste -sd,)
    [[ -n $list ]] && mariadb "$@" --batch --skip-column-names -e "CHECKSUM TABLE $list" | sed 's/^[^.]*\.//'
    for table in $generated; do
        mariadb "$@" --batch --skip-column-names \
            -e "SELECT '$table', CONCAT(BIT_XOR(CRC32($(row_hash "$DRILL_SOURCE_DB" "$table"))), '*') FROM \`$db\`.\`$table\`"
    done
}
join -t $'\t' <(counts "$DRILL_SOURCE_DB" "${conn[@]}" | sort) <(counts "$copy_db" "${copy_conn[@]}" | sort) > "$DRILL_DIR/counts"
join -t $'\t' <(checksums "$DRILL_SOURCE_DB" "${conn[@]}" | sort) <(checksums "$copy_db" "${copy_conn[@]}" | sort) > "$DRILL_DIR/checksums"
took[compare]=$(seconds_since "$t")

total_rows=0
printf '\n%-28s %12s %12s %12s %12s  %s\n' table rows copy checksum copy same
while IFS=$'\t' read -r table rows copy_rows sum copy_sum; do
    same=yes
    [[ $rows == "$copy_rows" && $sum == "$copy_sum" && -n $sum ]] || { same=NO; differences=1; }
    total_rows=$(( total_rows + rows ))
    printf '%-28s %12s %12s %12s %12s  %s\n' "$table" "$rows" "$copy_rows" "$sum" "$copy_sum" "$same"
done < <(join -t $'\t' "$DRILL_DIR/counts" "$DRILL_DIR/checksums")
(( $(wc -l < "$DRILL_DIR/counts") == $(wc -l <<<"$src_tables") )) || { echo "some tables were not counted"; differences=1; }

echo
echo "mode:      $DRILL_MODE ($DRILL_SOURCE_DB on $DB_HOST:$DB_PORT, $(wc -l <<<"$src_tables") tables, $total_rows rows)"
[[ -n ${took[generate]:-} ]] && echo "generate:  ${took[generate]} s (scale $DRILL_SCALE)"
echo "backup:    ${took[backup]} s, $(size_of "$backup") ($(basename "$backup"))"
echo "restore:   ${took[restore]} s"
[[ -n ${took[start]:-} ]] && echo "start:     ${took[start]} s (the restored server, crash-free start)"
echo "compare:   ${took[compare]} s"
[[ -n $generated ]] && echo "*          a hash of every column of every row in SQL instead of CHECKSUM TABLE (see drill.sh)"
if (( differences )); then
    echo "DRILL FAILED: the restored copy differs from the source"
    exit 1
fi
echo "DRILL PASSED: every table has the same rows and checksum"
