# helpers for scenario scripts
n=0
ok() { n=$((n + 1)); if [ "$1" = "$2" ]; then echo "ok $n - $3"; else echo "not ok $n - $3"; echo "#   got:      $1"; echo "#   expected: $2"; fi; }
q() { psql -X -A -t -q -v ON_ERROR_STOP=1 "$@"; }
