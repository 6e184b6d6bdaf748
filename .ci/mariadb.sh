# Sourced by the CI scripts that need MariaDB (.ci/distributed.sh): a
# PRIVATE MariaDB for this run — mariadb-install-db into a fresh data
# directory under $1, mariadbd on a free loopback port with its own socket
# and pid file — that nothing else uses and that mariadb_stop (call it
# from the script's EXIT trap) shuts down. The machine's own MariaDB, if
# any (e.g. on :3306), is never touched: no connection, no shutdown.
#
#   mariadb_start DIR   install and start; sets MARIADB_PORT, MARIADB_SOCK,
#                       MARIADB_DSN_HOST (user:password@tcp(127.0.0.1:PORT),
#                       the go-sql-driver/Trillian form, no database),
#                       MARIADB_START_CMD / MARIADB_STOP_CMD (shell
#                       commands that stop and restart this instance only)
#   mariadb_sql [DB]    run SQL from stdin as root, over the private socket
#   mariadb_stop        shut it down (idempotent)

freeport() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

MARIADB_DIR=
mariadb_start() {
	MARIADB_DIR=$1
	local mariadbd install
	mariadbd=$(command -v mariadbd || echo /usr/sbin/mariadbd)
	install=$(command -v mariadb-install-db || command -v mysql_install_db || true)
	if [[ ! -x $mariadbd || -z $install ]]; then
		if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
			# The server's binaries without its service (mariadb-server would
			# start one on :3306): nothing runs that this script did not start.
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server-core mariadb-client >/dev/null
			mariadbd=$(command -v mariadbd || echo /usr/sbin/mariadbd)
			install=$(command -v mariadb-install-db)
		fi
	fi
	[[ -x $mariadbd && -n $install ]] || { echo "MariaDB (mariadbd, mariadb-install-db) is not installed" >&2; return 1; }
	mkdir -p "$MARIADB_DIR/data"
	chmod 0700 "$MARIADB_DIR"
	local user
	user=$(id -un)
	"$install" --no-defaults --datadir="$MARIADB_DIR/data" --user="$user" --skip-test-db \
		>"$MARIADB_DIR/install.log" 2>&1 || { cat "$MARIADB_DIR/install.log" >&2; return 1; }
	MARIADB_PORT=$(freeport)
	MARIADB_SOCK=$MARIADB_DIR/mariadb.sock
	# The server's own command line, without ~/.my.cnf or /etc/mysql: this
	# instance shares nothing with the machine's.
	MARIADB_CMD=("$mariadbd" --no-defaults --datadir="$MARIADB_DIR/data" --socket="$MARIADB_SOCK"
		--port="$MARIADB_PORT" --bind-address=127.0.0.1 --pid-file="$MARIADB_DIR/mariadb.pid"
		--log-error="$MARIADB_DIR/mariadb.log" --tmpdir="$MARIADB_DIR" --user="$user"
		--skip-name-resolve --skip-log-bin --innodb-buffer-pool-size=128M --max-connections=1000)
	local q
	printf -v q '%q ' "${MARIADB_CMD[@]}"
	local ping="mariadb-admin --no-defaults --socket=$MARIADB_SOCK -uroot ping >/dev/null 2>&1"
	MARIADB_START_CMD="($q >/dev/null 2>&1 &) && for i in \$(seq 240); do $ping && exit 0; sleep 0.5; done; exit 1"
	MARIADB_STOP_CMD="mariadb-admin --no-defaults --socket=$MARIADB_SOCK -uroot shutdown"
	sh -c "$MARIADB_START_CMD" || { tail -20 "$MARIADB_DIR/mariadb.log" >&2; echo "the private MariaDB did not start" >&2; return 1; }
	local pass
	pass=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
	# root only over the private socket; the tests' user over TCP, with a password.
	mariadb_sql <<SQL
DELETE FROM mysql.global_priv WHERE User = 'root' AND Host <> 'localhost';
FLUSH PRIVILEGES;
CREATE USER 'scrutin_ci'@'127.0.0.1' IDENTIFIED BY '$pass';
GRANT ALL ON *.* TO 'scrutin_ci'@'127.0.0.1';
SQL
	MARIADB_DSN_HOST="scrutin_ci:$pass@tcp(127.0.0.1:$MARIADB_PORT)"
	echo "private MariaDB on 127.0.0.1:$MARIADB_PORT (data in $MARIADB_DIR/data)"
}

mariadb_sql() { mariadb --no-defaults --socket="$MARIADB_SOCK" -uroot ${1:+"$1"}; }

mariadb_stop() {
	[[ -n $MARIADB_DIR && -d $MARIADB_DIR ]] || return 0
	if [[ -S $MARIADB_SOCK ]]; then
		mariadb-admin --no-defaults --socket="$MARIADB_SOCK" -uroot shutdown >/dev/null 2>&1 || true
	fi
	# If it did not answer: the pid it wrote in its own file, nothing else.
	if [[ -f $MARIADB_DIR/mariadb.pid ]]; then
		local pid
		pid=$(cat "$MARIADB_DIR/mariadb.pid")
		for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
		kill -KILL "$pid" 2>/dev/null || true
	fi
	MARIADB_DIR=
}
