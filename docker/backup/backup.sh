#!/usr/bin/env bash
# Backs up Trạm Số's database, compressed and dated, and deletes backups older than the retention.
#
#   BACKUP_MODE=dump      mariadb-dump of one database (DB_NAME): a logical SQL file
#                         <DB_NAME>-YYYYmmdd-HHMMSS.sql.zst (or .gz). Works over the network.
#   BACKUP_MODE=physical  mariadb-backup of the whole server, prepared and archived:
#                         mariabackup-YYYYmmdd-HHMMSS.tar.zst (or .gz). Must run on the database's
#                         machine (it reads the data folder) with the server's own version of mariadb-backup.
#   BACKUP_MODE=auto      (default) physical when mariadb-backup is installed and the server's data
#                         folder is readable here, else dump.
#
# Settings (environment): DB_HOST, DB_PORT, DB_USER, DB_DEFAULTS_FILE or MYSQL_PWD (see lib.sh),
#   DB_NAME (tramso), BACKUP_DIR (/var/backups/tramso), BACKUP_RETENTION_DAYS (14),
#   DB_DATADIR (the server's data folder, physical mode; asked from the server when unset).
# Prints the backup's path on stdout; messages go to stderr. Exits non-zero on any failure.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

DB_NAME=${DB_NAME:-tramso}
BACKUP_DIR=${BACKUP_DIR:-/var/backups/tramso}
BACKUP_RETENTION_DAYS=${BACKUP_RETENTION_DAYS:-14}
BACKUP_MODE=${BACKUP_MODE:-auto}
DB_DATADIR=${DB_DATADIR:-}

[[ $BACKUP_RETENTION_DAYS =~ ^[0-9]+$ ]] || die "BACKUP_RETENTION_DAYS must be a whole number of days, not '$BACKUP_RETENTION_DAYS'"
need mariadb
mkdir -p -- "$BACKUP_DIR"
[[ -w $BACKUP_DIR ]] || die "cannot write to BACKUP_DIR=$BACKUP_DIR"
sql -e 'SELECT 1' >/dev/null || die "cannot connect to the server at $DB_HOST:$DB_PORT as $DB_USER"

if [[ $BACKUP_MODE == auto ]]; then
    [[ -n $DB_DATADIR ]] || DB_DATADIR=$(sql -e 'SELECT @@datadir')
    if command -v mariadb-backup >/dev/null 2>&1 && [[ -r $DB_DATADIR/ibdata1 ]]; then
        BACKUP_MODE=physical
    else
        BACKUP_MODE=dump
    fi
fi

stamp=$(date +%Y%m%d-%H%M%S)
started=$(now)
file="" work=""
# A failed run leaves neither a half-written backup nor its working folder.
trap 'rm -rf -- ${file:+"$file.part"} ${work:+"$work"}' EXIT

case $BACKUP_MODE in
dump)
    need mariadb-dump
    [[ -n $(sql -e "SELECT 1 FROM information_schema.schemata WHERE schema_name = '$DB_NAME'") ]] \
        || die "no database '$DB_NAME' on $DB_HOST:$DB_PORT"
    pattern="$DB_NAME-*.sql.*"
    file="$BACKUP_DIR/$DB_NAME-$stamp.sql.$compressed_ext"
    log "dumping database $DB_NAME from $DB_HOST:$DB_PORT to $file"
    # No --databases: the file has no CREATE DATABASE/USE, so restore.sh can load it into any database.
    mariadb-dump "${conn[@]}" --single-transaction --routines --triggers --events --hex-blob \
        --default-character-set=utf8mb4 --max-allowed-packet=256M "$DB_NAME" \
        | "${compress[@]}" > "$file.part"
    mv -- "$file.part" "$file"
    ;;
physical)
    need mariadb-backup "apt-get install mariadb-backup, the same version as the server"
    server=$(sql -e 'SELECT VERSION()'); tool=$(mariadb-backup --version 2>&1)
    [[ $tool == *"server ${server%%-*}"* ]] \
        || die "mariadb-backup ($tool) is not the server's version ($server); install the matching one"
    [[ -n $DB_DATADIR ]] || DB_DATADIR=$(sql -e 'SELECT @@datadir')
    pattern="mariabackup-*.tar.*"
    file="$BACKUP_DIR/mariabackup-$stamp.tar.$compressed_ext"
    work=$(mktemp -d "$BACKUP_DIR/.mariabackup-$stamp.XXXX")
    log "copying the server's data folder $DB_DATADIR with mariadb-backup"
    mariadb-backup "${conn[@]}" --backup --datadir="$DB_DATADIR" --target-dir="$work/data" >"$work/backup.log" 2>&1 \
        || { tail -20 "$work/backup.log" >&2; die "mariadb-backup --backup failed"; }
    # Prepared now, so a restore is a plain copy and a broken copy shows up tonight, not on the day of need.
    mariadb-backup --prepare --target-dir="$work/data" >"$work/prepare.log" 2>&1 \
        || { tail -20 "$work/prepare.log" >&2; die "mariadb-backup --prepare failed"; }
    log "archiving to $file"
    tar -C "$work" -cf - data | "${compress[@]}" > "$file.part"
    mv -- "$file.part" "$file"
    ;;
*)
    die "BACKUP_MODE must be auto, dump or physical, not '$BACKUP_MODE'"
    ;;
esac

log "done in $(seconds_since "$started") s, $(size_of "$file")"

# Retention: delete this kind's backups older than BACKUP_RETENTION_DAYS, never the newest one.
newest=1
while IFS= read -r old; do
    if (( newest )); then newest=0; continue; fi
    if [[ -n $(find "$old" -maxdepth 0 -mtime "+$BACKUP_RETENTION_DAYS") ]]; then
        log "deleting $old (older than $BACKUP_RETENTION_DAYS days)"
        rm -f -- "$old"
    fi
done < <(find "$BACKUP_DIR" -maxdepth 1 -type f -name "$pattern" ! -name '*.part' -printf '%T@ %p\n' | sort -rn | cut -d' ' -f2-)

echo "$file"
