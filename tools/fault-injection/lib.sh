# Shared functions of the fault-injection suite (sourced by run-all.sh). Loopback only; everything started here
# is stopped by cleanup (trap in run-all.sh), by pid, never by name.
set -euo pipefail

FI_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$FI_DIR/../.." && pwd)"
JAR="$REPO/target/privacy-desk-0.1.0-SNAPSHOT.jar"
WORK="${FI_WORK:-$(mktemp -d /tmp/privacy-desk-faults.XXXXXX)}"
mkdir -p "$WORK"
SMTP_PORT="${FI_SMTP_PORT:-2525}"
DB_NAME=privacydesk_faults
DB_USER=privacydesk_faults
DB_PASSWORD="fi-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
ADMIN_USER=faultadmin
ADMIN_PASSWORD="Fi-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
# The production guard refuses to start without a strong webhook secret: a random one per run.
WEBHOOK_SECRET="fi-webhook-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
PG_STARTED_BY_US=0
declare -A APP_PID=()
SMTP_PID=""

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }

# --- PostgreSQL 15 (Debian cluster 15/main) -------------------------------------------------------------------
pg_install() {
    if ! command -v pg_ctlcluster >/dev/null || [ ! -d /usr/lib/postgresql/15 ]; then
        log "installing PostgreSQL 15 (apt)"
        timeout 300 apt-get update -qq && DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq postgresql-15 >/dev/null
    fi
    [ -d /etc/postgresql/15/main ] || pg_createcluster 15 main >/dev/null
}
pg_start() {
    if ! pg_lsclusters -h | awk '$1==15 && $2=="main" {print $4}' | grep -q online; then
        pg_ctlcluster 15 main start; PG_STARTED_BY_US=1
    fi
    for _ in $(seq 1 30); do runuser -u postgres -- pg_isready -q -h 127.0.0.1 -p 5432 && return 0; sleep 1; done
    echo "PostgreSQL did not become ready" >&2; return 1
}
pg_stop() { pg_ctlcluster 15 main stop -m fast || true; }
psql_admin() { PGOPTIONS="-c client_min_messages=warning" runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -h /var/run/postgresql "$@"; }
sql() { runuser -u postgres -- psql -X -q -At -F '|' -v ON_ERROR_STOP=1 -h /var/run/postgresql -d "$DB_NAME" "$@"; }
db_reset() {
    rm -rf "$WORK/smtp"   # letter ids restart with the database: count each scenario's messages alone
    psql_admin -d postgres -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" \
        -c "DROP ROLE IF EXISTS $DB_USER" \
        -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD'" \
        -c "CREATE DATABASE $DB_NAME OWNER $DB_USER" >/dev/null
}
# One invented customer with a verified e-mail address: every load request (EMAIL channel, that address) is a
# sure match and goes straight to Prepare answer. Runs after the first start (Flyway created the tables).
seed_customer() {
    sql -c "INSERT INTO customer (customer_number, first_name, last_name, email, preferred_language, created_at)
            VALUES ('C-FI-0001','Fault','Injection','fault.injection@example.org','en', now()) ON CONFLICT DO NOTHING" \
        -c "INSERT INTO contact_point (customer_id, kind, contact_value, verified, added_at)
            SELECT id, 'EMAIL', email, TRUE, now() FROM customer WHERE customer_number='C-FI-0001' ON CONFLICT DO NOTHING"
}

# --- SMTP sink ---------------------------------------------------------------------------------------------------
smtp_start() {
    java "$FI_DIR/SmtpSink.java" "$SMTP_PORT" "$WORK/smtp" >>"$WORK/smtp.log" 2>&1 &
    SMTP_PID=$!
    for _ in $(seq 1 60); do (exec 3<>/dev/tcp/127.0.0.1/$SMTP_PORT) 2>/dev/null && return 0; sleep 0.5; done
    echo "SMTP sink did not start" >&2; return 1
}
smtp_stop() { if [ -n "$SMTP_PID" ]; then kill "$SMTP_PID" 2>/dev/null || true; wait "$SMTP_PID" 2>/dev/null || true; SMTP_PID=""; fi; }

# --- the application ---------------------------------------------------------------------------------------------
# Job executor settings used for every node (see docs/reliability.md).
JOB_EXECUTOR_ARGS=(
    --camunda.bpm.job-execution.lock-time-in-millis=60000
    --camunda.bpm.job-execution.max-jobs-per-acquisition=10
    --camunda.bpm.job-execution.wait-time-in-millis=2000
    --camunda.bpm.job-execution.max-wait=10000
    --camunda.bpm.job-execution.backoff-time-in-millis=50
    --camunda.bpm.job-execution.max-backoff=500
    --camunda.bpm.job-execution.core-pool-size=2
    --camunda.bpm.job-execution.max-pool-size=2
    --camunda.bpm.job-execution.queue-capacity=10
)
app_start() { # app_start NAME PORT [extra args]
    local name=$1 port=$2; shift 2
    SPRING_PROFILES_ACTIVE=postgres \
    DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB_NAME" DB_USERNAME="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
    CAMUNDA_BPM_ADMIN_USER_ID="$ADMIN_USER" CAMUNDA_BPM_ADMIN_USER_PASSWORD="$ADMIN_PASSWORD" \
    TELEPHONY_WEBHOOK_SECRET="$WEBHOOK_SECRET" PRIVACY_DESK_PUBLIC_BASE_URL="http://127.0.0.1:$port" \
    PRIVACY_DESK_CONTROLLER_COMPANY_NAME="Fault Injection Test Shop Ltd" \
    PRIVACY_DESK_CONTROLLER_ADDRESS="1 Test Street, 00-001 Testville" \
    PRIVACY_DESK_CONTROLLER_DATA_PROTECTION_CONTACT="privacy@example.org" \
    PRIVACY_DESK_CONTROLLER_PRIVACY_POLICY_URL="https://example.org/privacy" \
    PRIVACY_DESK_CONTROLLER_SUPERVISORY_AUTHORITY_NAME="Test Supervisory Authority" \
    PRIVACY_DESK_CONTROLLER_SUPERVISORY_AUTHORITY_ADDRESS="2 Authority Road, Testville" \
    PRIVACY_DESK_CONTROLLER_SUPERVISORY_AUTHORITY_WEBSITE="https://authority.example.org" \
    PRIVACY_DESK_MAIL_FROM="privacy@example.org" \
    java -Xms256m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$JAR" \
        --server.port="$port" --server.address=127.0.0.1 \
        --privacy-desk.mail.delivery=SMTP --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" \
        --spring.mail.properties.mail.smtp.connectiontimeout=5000 --spring.mail.properties.mail.smtp.timeout=10000 \
        --spring.mail.properties.mail.smtp.starttls.enable=false \
        --privacy-desk.security.intake-requests-per-minute=1000000 \
        --camunda.bpm.generic-properties.properties.hostname="$name-$port" \
        "${JOB_EXECUTOR_ARGS[@]}" "$@" >>"$WORK/$name.log" 2>&1 &
    APP_PID[$name]=$!
    local t0=$SECONDS
    while [ $((SECONDS - t0)) -lt 240 ]; do
        if ! kill -0 "${APP_PID[$name]}" 2>/dev/null; then echo "$name exited; tail of $WORK/$name.log:" >&2; tail -30 "$WORK/$name.log" >&2; return 1; fi
        curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && { log "$name up on :$port after $((SECONDS - t0)) s"; return 0; }
        sleep 1
    done
    echo "$name not ready within 240 s" >&2; return 1
}
app_kill9() { kill -9 "${APP_PID[$1]}" 2>/dev/null || true; wait "${APP_PID[$1]}" 2>/dev/null || true; unset "APP_PID[$1]"; }
app_stop() {
    local pid=${APP_PID[$1]:-}; [ -n "$pid" ] || return 0
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; unset "APP_PID[$1]"
}
rest() { curl -s -u "$ADMIN_USER:$ADMIN_PASSWORD" -H 'Content-Type: application/json' "$@"; }

cleanup() {
    for n in "${!APP_PID[@]}"; do app_stop "$n"; done
    smtp_stop
    if [ "$PG_STARTED_BY_US" = 1 ]; then pg_stop; fi
}

# --- checks ------------------------------------------------------------------------------------------------------
# The load is filed as the desk's administrator: staff vouch for the address, so the seeded customer's verified
# address makes every request a sure match (an anonymous POST proves no address and would wait in Verify identity).
load() { FI_STAFF="$ADMIN_USER:$ADMIN_PASSWORD" java "$FI_DIR/Load.java" "$@"; }

# Waits until no letter is QUEUED and no Acknowledge receipt job is left (or the timeout), then prints the balance:
# what the clients were told, what exists, what was lost or duplicated.
settle() { # settle TIMEOUT_SECONDS
    local t0=$SECONDS q=1
    while [ $((SECONDS - t0)) -lt "$1" ]; do
        q=$(sql -c "SELECT (SELECT count(*) FROM correspondence WHERE direction='OUT' AND delivery_state='QUEUED')
                         + (SELECT count(*) FROM act_ru_job j JOIN act_ru_execution e ON e.id_=j.execution_id_
                             WHERE e.act_id_='AcknowledgeReceipt')" 2>/dev/null || echo 1)
        [ "$q" = 0 ] && break
        sleep 3
    done
    log "settled after $((SECONDS - t0)) s (queued letters + pending acknowledgements: $q)"
}
report() { # report LOAD_CSV... : prints the balance of accepted requests and letters
    local ids
    ids=$(cat "$@" | awk -F, '($3==201||$3==200) && $5!="" {print $5}' | sort -u | awk '{printf "%s(\x27%s\x27)", (NR>1?",":""), $1}')
    [ -n "$ids" ] || ids="('none')"
    local rcv
    rcv=$(cat "$WORK/smtp/received.log" 2>/dev/null | sed -n 's/^<letter-\([0-9]*\)\..*/\1/p' | sort | uniq -c \
          | awk '{printf "%s(%s,%s)", (NR>1?",":""), $2, $1}')
    [ -n "$rcv" ] || rcv="(-1,0)"
    sql <<SQL
CREATE TEMP TABLE acc(case_number text PRIMARY KEY);
INSERT INTO acc VALUES $ids;
DELETE FROM acc WHERE case_number='none';
CREATE TEMP TABLE rcv(letter_id bigint PRIMARY KEY, n int);
INSERT INTO rcv VALUES $rcv;
DELETE FROM rcv WHERE letter_id=-1;
\pset format aligned
\pset tuples_only off
SELECT (SELECT count(*) FROM acc) AS "answered 201/200",
       (SELECT count(*) FROM acc a JOIN dsr_request r USING (case_number)) AS "exist in dsr_request",
       (SELECT count(*) FROM acc a LEFT JOIN dsr_request r USING (case_number) WHERE r.case_number IS NULL) AS "LOST",
       (SELECT count(*) FROM acc a JOIN dsr_request r USING (case_number)
          LEFT JOIN act_hi_procinst p ON p.id_=r.process_instance_id WHERE p.id_ IS NULL) AS "without instance",
       (SELECT count(*) FROM acc a JOIN dsr_request r USING (case_number) JOIN act_hi_actinst h
          ON h.proc_inst_id_=r.process_instance_id AND h.act_id_='AcknowledgeReceipt' AND h.end_time_ IS NOT NULL) AS "acknowledged (proceeded)",
       (SELECT count(*) FROM dsr_request r WHERE r.case_number NOT IN (SELECT case_number FROM acc)) AS "kept without a 201 (client saw error)";
SELECT count(*) AS "letters written", count(*) FILTER (WHERE delivery_state='SENT') AS "SENT",
       count(*) FILTER (WHERE delivery_state='QUEUED') AS "QUEUED",
       (SELECT count(*) FROM (SELECT case_number FROM correspondence WHERE direction='OUT' AND kind='ACKNOWLEDGEMENT'
          GROUP BY case_number HAVING count(*)>1) d) AS "cases with 2+ acknowledgements",
       (SELECT count(*) FROM acc a WHERE NOT EXISTS (SELECT 1 FROM correspondence c WHERE c.case_number=a.case_number
          AND c.direction='OUT' AND c.kind='ACKNOWLEDGEMENT' AND c.delivery_state='SENT')) AS "accepted without sent ack"
  FROM correspondence WHERE direction='OUT';
SELECT (SELECT coalesce(sum(n),0) FROM rcv) AS "SMTP messages received", (SELECT count(*) FROM rcv) AS "distinct letters received",
       (SELECT count(*) FROM rcv WHERE n>1) AS "DUPLICATE letters",
       (SELECT count(*) FROM correspondence c WHERE c.delivery_state='SENT' AND c.id NOT IN (SELECT letter_id FROM rcv)) AS "SENT but never received",
       (SELECT count(*) FROM act_ru_incident) AS "incidents",
       (SELECT count(*) FROM act_ru_job WHERE exception_msg_ IS NOT NULL) AS "jobs with a failure";
SQL
}
