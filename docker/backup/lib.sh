# shellcheck shell=bash disable=SC2034
# Shared by backup.sh, restore.sh and drill.sh: connection settings, messages, compression.
# Settings come from the environment:
#   DB_HOST (127.0.0.1), DB_PORT (3306), DB_USER (root)
#   DB_DEFAULTS_FILE  an option file with [client] password=..., readable by this user only;
#                     or MYSQL_PWD in the environment (the clients read it themselves)

DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_USER=${DB_USER:-root}
DB_DEFAULTS_FILE=${DB_DEFAULTS_FILE:-}

log() { printf '[%s] %s\n' "$(date '+%F %T')" "$*" >&2; }
die() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; exit 1; }

# Options for mariadb, mariadb-dump and mariadb-backup; the defaults file must come first.
conn=()
if [[ -n $DB_DEFAULTS_FILE ]]; then
    [[ -r $DB_DEFAULTS_FILE ]] || die "cannot read DB_DEFAULTS_FILE=$DB_DEFAULTS_FILE"
    conn+=("--defaults-extra-file=$DB_DEFAULTS_FILE")
fi
conn+=("--host=$DB_HOST" "--port=$DB_PORT" "--user=$DB_USER")

sql() { mariadb "${conn[@]}" --batch --skip-column-names "$@"; }

need() { command -v "$1" >/dev/null 2>&1 || die "$1 not found${2:+ ($2)}"; }

# zstd when present, else gzip.
if command -v zstd >/dev/null 2>&1; then
    compress=(zstd -q -T0 -3 -c); compressed_ext=zst
else
    compress=(gzip -6 -c); compressed_ext=gz
fi

# Decompresses a file by its name's ending onto stdout.
decompress() {
    case $1 in
        *.zst) need zstd "the file is zstd-compressed"; zstd -q -d -c -- "$1" ;;
        *.gz) gzip -d -c -- "$1" ;;
        *) cat -- "$1" ;;
    esac
}

now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
size_of() { du -sb -- "$1" | awk '{ printf "%.1f MB", $1 / 1048576 }'; }
