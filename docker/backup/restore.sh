#!/usr/bin/env bash
# Restores a backup made by backup.sh.
#
#   restore.sh FILE.sql[.zst|.gz] [DATABASE]
#       Loads a dump into DATABASE (default DB_NAME, tramso) on DB_HOST:DB_PORT, creating it when
#       missing. Refuses a database that already has tables unless RESTORE_FORCE=1 (then the dump's
#       tables replace theirs; tables the dump does not have are left as they are).
#
#   restore.sh mariabackup-….tar.zst|.tar.gz|DIRECTORY  (a physical backup, the whole server)
#       Copies it into RESTORE_DATADIR, which must be empty or missing, with the server stopped.
#       Start the server on that folder afterwards. RESTORE_OWNER (mysql when that user exists and
#       this runs as root) becomes the files' owner.
#
# Settings (environment): DB_HOST, DB_PORT, DB_USER, DB_DEFAULTS_FILE or MYSQL_PWD (see lib.sh),
#   DB_NAME, RESTORE_FORCE, RESTORE_DATADIR, RESTORE_OWNER. Exits non-zero on any failure.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

(( $# >= 1 && $# <= 2 )) || die "usage: restore.sh BACKUP [DATABASE]   (see the comment at the top)"
backup=$1
[[ -e $backup ]] || die "no such backup: $backup"
RESTORE_FORCE=${RESTORE_FORCE:-0}
started=$(now)

restore_dump() {
    local target=${1:-${DB_NAME:-tramso}}
    [[ $target =~ ^[A-Za-z0-9_]+$ ]] || die "database name must be letters, digits and _: '$target'"
    need mariadb
    sql -e 'SELECT 1' >/dev/null || die "cannot connect to the server at $DB_HOST:$DB_PORT as $DB_USER"
    local tables
    tables=$(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$target'")
    if (( tables > 0 )) && [[ $RESTORE_FORCE != 1 ]]; then
        die "database '$target' already has $tables tables; restore into an empty database, or set RESTORE_FORCE=1 to overwrite"
    fi
    # Reads the whole file once before touching the server, so a truncated or corrupt file changes nothing.
    decompress "$backup" | tail -c 200 | grep -q 'Dump completed' \
        || die "$backup is not a complete mariadb-dump file (no 'Dump completed' at its end)"
    sql -e "CREATE DATABASE IF NOT EXISTS \`$target\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    log "loading $backup into database $target on $DB_HOST:$DB_PORT"
    decompress "$backup" | mariadb "${conn[@]}" --default-character-set=utf8mb4 --max-allowed-packet=256M "$target"
    log "done in $(seconds_since "$started") s"
}

restore_physical() {
    need mariadb-backup "the same version as the server that made the backup"
    [[ -n ${RESTORE_DATADIR:-} ]] || die "set RESTORE_DATADIR to the (empty) data folder to restore the server into"
    if [[ -d $RESTORE_DATADIR && -n $(ls -A -- "$RESTORE_DATADIR") ]]; then
        die "RESTORE_DATADIR=$RESTORE_DATADIR is not empty; stop the server and move its data folder aside first"
    fi
    local src=$backup; work=""
    logfile=$(mktemp)
    trap 'rm -rf -- ${work:+"$work"} "$logfile"' EXIT
    if [[ -f $backup ]]; then
        mkdir -p -- "$RESTORE_DATADIR"
        work=$(mktemp -d "$(dirname -- "$RESTORE_DATADIR")/.restore.XXXX")
        log "unpacking $backup"
        decompress "$backup" | tar -C "$work" -xf -
        src=$work/data
    fi
    [[ -f $src/xtrabackup_checkpoints ]] || die "$backup is not a mariadb-backup copy (no xtrabackup_checkpoints)"
    if ! grep -Eq 'backup_type = (log-applied|full-prepared)' "$src/xtrabackup_checkpoints"; then
        log "preparing the copy"
        mariadb-backup --prepare --target-dir="$src" >"$logfile" 2>&1 \
            || { tail -20 "$logfile" >&2; die "mariadb-backup --prepare failed"; }
    fi
    log "copying into $RESTORE_DATADIR"
    # --move-back empties the unpacked copy instead of copying it a second time; a directory given as is stays untouched.
    local how=--copy-back; [[ -n $work ]] && how=--move-back
    mariadb-backup "$how" --target-dir="$src" --datadir="$RESTORE_DATADIR" >"$logfile" 2>&1 \
        || { tail -20 "$logfile" >&2; die "mariadb-backup $how failed"; }
    local owner=${RESTORE_OWNER:-}
    if [[ -z $owner && $(id -u) == 0 ]] && id mysql >/dev/null 2>&1; then owner=mysql; fi
    [[ -n $owner ]] && chown -R "$owner:" -- "$RESTORE_DATADIR"
    log "done in $(seconds_since "$started") s; start the server with --datadir=$RESTORE_DATADIR"
}

case $backup in
    *.sql|*.sql.gz|*.sql.zst) restore_dump "${2:-}" ;;
    *.tar|*.tar.gz|*.tar.zst) restore_physical ;;
    *)
        [[ -d $backup ]] || die "not a backup this script knows: $backup (.sql[.gz|.zst], .tar[.gz|.zst] or a mariadb-backup folder)"
        restore_physical
        ;;
esac
