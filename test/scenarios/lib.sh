# helpers for scenario scripts
n=0
failed=0
ok() { n=$((n + 1)); if [ "$1" = "$2" ]; then echo "ok $n - $3"; else failed=$((failed + 1)); echo "not ok $n - $3"; echo "#   got:      $1"; echo "#   expected: $2"; fi; }
q() { psql -X -A -t -q -v ON_ERROR_STOP=1 "$@"; }
