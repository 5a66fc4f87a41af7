#!/bin/bash
# test/citus/cluster.sh — a Citus cluster of one coordinator and two workers
# on this machine, for test/citus/run and bench/citus.
#
#   cluster.sh start DIR [PORT] [DB]   three data directories under DIR, servers on
#                                      PORT (coordinator), PORT+1 and PORT+2 (workers),
#                                      CREATE EXTENSION citus in database DB (default
#                                      geopol_citus) of each, the workers added
#   cluster.sh add DIR                 one more worker (PORT+3, PORT+4 ...): its server
#                                      and CREATE EXTENSION citus, not citus_add_node
#   cluster.sh stop DIR                stops the servers (the directories stay)
#   cluster.sh env DIR                 prints the PGHOST/PGPORT/PGDATABASE of the coordinator
#
# The servers run as the postgres OS user when started by root (initdb refuses
# root), with trust authentication on localhost only (a test cluster), the
# binaries of `pg_config --bindir` (PG_CONFIG) and shared_preload_libraries =
# citus (plus pg_cron when it is installed: geopol's scenarios schedule with it).
# The settings that matter for geopol on Citus (README "Scaling out with
# Citus") are those of Citus itself; this script keeps Citus's defaults so
# that the test measures what a user gets.
set -euo pipefail
cmd=${1:?usage: cluster.sh start|add|stop|env DIR [PORT] [DB]}
dir=$(readlink -m "${2:?usage: cluster.sh start|add|stop|env DIR [PORT] [DB]}")
bin=$(${PG_CONFIG:-pg_config} --bindir)

as_pg() {
	if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$(printf '%q ' "$@")"; else "$@"; fi
}
# free_port P: the first of P, P+5, ... whose five ports no socket uses, listening or
# connected: below the kernel's ephemeral range (net.ipv4.ip_local_port_range, 32768 on), where a
# client connection of another test could take a port between this check and the start.
free_port() {
	local p=$1
	while ss -tan 2>/dev/null | grep -q ":$p \|:$((p + 1)) \|:$((p + 2)) \|:$((p + 3)) \|:$((p + 4)) "; do
		p=$((p + 5)); [ "$p" -lt 32760 ] || p=20000
	done
	echo "$p"
}

# init_node I PORT: data directory DIR/nodeI, configured, started
init_node() {
	local i=$1 p=$2 d=$dir/node$1
	if [ ! -f "$d/PG_VERSION" ]; then
		as_pg "$bin/initdb" -D "$d" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
		cat >>"$d/postgresql.conf" <<-EOF
		port = $p
		listen_addresses = 'localhost'
		unix_socket_directories = '$dir'
		shared_preload_libraries = '$preload'
		cron.database_name = 'postgres'
		max_connections = 200
		max_prepared_transactions = 200
		fsync = off
		synchronous_commit = off
		full_page_writes = off
		wal_level = logical
		EOF
	fi
	as_pg "$bin/pg_ctl" -D "$d" -l "$dir/node$i.log" -w start >/dev/null || {
		echo "node $i (port $p) did not start:" >&2; tail -5 "$dir/node$i.log" >&2; return 1; }
}
# create_db PORT: database DB with the citus extension
create_db() {
	"$bin/psql" -X -q -h localhost -p "$1" -U postgres -d postgres -v ON_ERROR_STOP=1 \
		-c "SELECT 1 FROM pg_database WHERE datname = '$db'" -At | grep -q 1 ||
		"$bin/psql" -X -q -h localhost -p "$1" -U postgres -d postgres -v ON_ERROR_STOP=1 -c "CREATE DATABASE $db"
	"$bin/psql" -X -q -h localhost -p "$1" -U postgres -d "$db" -v ON_ERROR_STOP=1 -c "CREATE EXTENSION IF NOT EXISTS citus"
}
preload=citus
[ -f "$($bin/pg_config --pkglibdir)/pg_cron.so" ] && preload=citus,pg_cron

case $cmd in
start)
	port=${3:-}
	db=${4:-geopol_citus}
	[ -n "$port" ] || [ ! -f "$dir/port" ] || port=$(cat "$dir/port")
	[ -n "$port" ] || port=$(free_port $((20000 + RANDOM % 12700)))
	[ -f "$($bin/pg_config --pkglibdir)/citus.so" ] || { echo "citus is not installed for $($bin/pg_config --version) (run ../shared/citus/build-citus)" >&2; exit 1; }
	mkdir -p "$dir"
	[ "$(id -u)" -ne 0 ] || chown postgres: "$dir"
	for i in 0 1 2; do
		init_node $i $((port + i))
	done
	echo "$port" >"$dir/port"
	echo "$db" >"$dir/db"
	for i in 0 1 2; do
		create_db $((port + i))
	done
	"$bin/psql" -X -q -h localhost -p "$port" -U postgres -d "$db" -v ON_ERROR_STOP=1 -At <<-EOF >/dev/null
	SELECT citus_set_coordinator_host('localhost', $port);
	SELECT citus_add_node('localhost', $((port + 1))) WHERE NOT EXISTS (SELECT 1 FROM pg_dist_node WHERE nodeport = $((port + 1)));
	SELECT citus_add_node('localhost', $((port + 2))) WHERE NOT EXISTS (SELECT 1 FROM pg_dist_node WHERE nodeport = $((port + 2)));
	EOF
	echo "PGHOST=localhost PGPORT=$port PGDATABASE=$db"
	;;
add)
	port=$(cat "$dir/port")
	db=$(cat "$dir/db")
	i=3
	while [ -d "$dir/node$i" ]; do i=$((i + 1)); done
	init_node $i $((port + i))
	create_db $((port + i))
	echo $((port + i))
	;;
stop)
	for d in "$dir"/node*; do
		[ -f "$d/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$d" -m fast -w stop >/dev/null || true
	done
	;;
env)
	echo "PGHOST=localhost PGPORT=$(cat "$dir/port") PGDATABASE=$(cat "$dir/db")"
	;;
*)
	echo "usage: cluster.sh start|add|stop|env DIR [PORT] [DB]" >&2
	exit 2
	;;
esac
