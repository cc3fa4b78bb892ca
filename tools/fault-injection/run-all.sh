#!/usr/bin/env bash
# Fault-injection suite and two-node run of Privacy Desk on a local PostgreSQL 15. One command:
#   tools/fault-injection/run-all.sh [crash] [db-outage] [mail-outage] [duplicates] [two-nodes]
# (no argument = all, in that order). Builds the jar once (FI_SKIP_BUILD=1 reuses target/), starts PostgreSQL
# (installs it with apt when missing), an SMTP sink on 127.0.0.1:2525 and the application with the postgres
# profile; stops everything it started. Work files and logs: $FI_WORK (default: a new /tmp/privacy-desk-faults.*).
# Knobs: FI_TWO_NODE_REQUESTS (1500: timer requests), FI_TWO_NODE_TASKS (200: tasks completed over REST).
source "$(dirname "$0")/lib.sh"
trap cleanup EXIT
SCENARIOS=("$@"); [ ${#SCENARIOS[@]} -gt 0 ] || SCENARIOS=(crash db-outage mail-outage duplicates two-nodes)

banner() { printf '\n===== %s =====\n' "$*"; }

scenario_crash() {
    banner "crash: kill -9 under 20 req/s for 40 s, restart while the load goes on"
    db_reset; smtp_start; app_start node1 8081; seed_customer
    load urls=http://127.0.0.1:8081 rate=20 seconds=40 out="$WORK/crash.csv" > "$WORK/crash.load" &
    local lp=$!
    sleep 8; log "kill -9 node1 (pid ${APP_PID[node1]})"; app_kill9 node1
    app_start node1 8081
    wait $lp; cat "$WORK/crash.load"
    settle 240
    report "$WORK/crash.csv"
    app_stop node1; smtp_stop
}

scenario_db_outage() {
    banner "database outage: PostgreSQL stopped for 30 s under 10 req/s"
    db_reset; smtp_start; app_start node1 8081; seed_customer
    load urls=http://127.0.0.1:8081 rate=10 seconds=50 out="$WORK/db.csv" > "$WORK/db.load" &
    local lp=$!
    sleep 10; log "stopping PostgreSQL"; local down=$SECONDS; pg_stop
    sleep 15
    curl -s -m 8 -o "$WORK/db-probe.body" -w '  HTTP %{http_code}, %{content_type}, %{time_total} s, body: ' -H 'Content-Type: application/json' \
        http://127.0.0.1:8081/api/requests -d '{"channel":"WEB_FORM","rights":["ACCESS"],"requester":{"email":"fault.injection@example.org"}}' > "$WORK/db-probe.txt" || true
    { head -c 400 "$WORK/db-probe.body" 2>/dev/null || echo "(none: no answer within 8 s)"; echo; } >> "$WORK/db-probe.txt"
    local rest_s=$((30 - (SECONDS - down))); [ "$rest_s" -gt 0 ] && sleep "$rest_s"; log "starting PostgreSQL"; pg_start; local up=$SECONDS
    wait $lp; cat "$WORK/db.load"
    echo "responses while the database was down (requests started 10.5-39.5 s into the load):"
    awk -F, '$2>=10500 && $2<=39500 {k=$3" "($6==""?"-":$6); n[k]++; if ($4>m[k]) m[k]=$4} END {for (k in n) printf "  %-40s %4d (max %d ms)\n", k, n[k], m[k]}' "$WORK/db.csv"
    echo "one request sent 15 s into the outage:"; cat "$WORK/db-probe.txt"
    settle 180
    report "$WORK/db.csv"
    echo "application log lines with an exception during the outage: $(grep -c 'Exception' "$WORK/node1.log" || true)"
    app_stop node1; smtp_stop
}

scenario_mail_outage() {
    banner "mail outage: SMTP down while 20 requests arrive, then back"
    db_reset; app_start node1 8081; seed_customer   # no SMTP sink: connections are refused
    load urls=http://127.0.0.1:8081 rate=10 count=20 out="$WORK/mail.csv"
    local t0=$SECONDS
    while [ $((SECONDS - t0)) -lt 90 ]; do
        [ "$(sql -c "SELECT count(*) FROM act_ru_job j JOIN act_ru_execution e ON e.id_=j.execution_id_ WHERE e.act_id_='AcknowledgeReceipt'")" = 0 ] &&
        [ "$(sql -c "SELECT count(*) FROM act_ru_job WHERE process_def_key_='letter-delivery' AND exception_msg_ IS NULL")" = 0 ] && break
        sleep 2
    done
    echo "while SMTP is down:"
    sql -c "SELECT 'letters QUEUED: ' || count(*) FROM correspondence WHERE direction='OUT' AND delivery_state='QUEUED'" \
        -c "SELECT 'letters SENT: ' || count(*) FROM correspondence WHERE direction='OUT' AND delivery_state='SENT'" \
        -c "SELECT 'delivery jobs failed, retries left ' || retries_ || ', next attempt in ' || round(extract(epoch FROM duedate_ - now())) || ' s: ' || count(*) FROM act_ru_job WHERE process_def_key_='letter-delivery' GROUP BY retries_, round(extract(epoch FROM duedate_ - now()))" \
        -c "SELECT 'incidents: ' || count(*) FROM act_ru_incident"
    echo "  SMTP messages received: $(cat "$WORK/smtp/received.log" 2>/dev/null | wc -l)"
    smtp_start; log "SMTP back"
    if [ "${FI_MAIL_NATURAL_RETRY:-0}" = 1 ]; then
        log "waiting for the 1-minute retry"
    else
        local now; now=$(date -u +%Y-%m-%dT%H:%M:%S.000+0000); local n=0
        for id in $(sql -c "SELECT id_ FROM act_ru_job WHERE process_def_key_='letter-delivery'"); do
            rest -X PUT "http://127.0.0.1:8081/engine-rest/job/$id/duedate" -d "{\"duedate\":\"$now\"}" -o /dev/null -w '%{http_code}\n' | grep -q 204 && n=$((n+1))
        done
        log "moved $n delivery jobs' due date to now through /engine-rest"
    fi
    settle 150
    report "$WORK/mail.csv"
    app_stop node1; smtp_stop
}

scenario_duplicates() {
    banner "duplicates: one Idempotency-Key, 10 times in a row and 10 times at once"
    db_reset; smtp_start; app_start node1 8081; seed_customer
    local k1="fi-seq-$RANDOM$RANDOM" k2="fi-par-$RANDOM$RANDOM"
    load urls=http://127.0.0.1:8081 rate=2 count=10 key="$k1" out="$WORK/dup-seq.csv"
    load urls=http://127.0.0.1:8081 rate=1000 count=10 threads=10 key="$k2" out="$WORK/dup-par.csv"
    for f in dup-seq dup-par; do
        echo "$f: statuses $(cut -d, -f3 "$WORK/$f.csv" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')," \
             "distinct case numbers answered: $(awk -F, '$5!="" {print $5}' "$WORK/$f.csv" | sort -u | tr '\n' ' ')"
    done
    settle 90
    echo "cases in dsr_request (expected 2): $(sql -c 'SELECT count(*) FROM dsr_request')," \
         "process instances: $(sql -c "SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_='data-subject-request'")"
    report "$WORK/dup-seq.csv" "$WORK/dup-par.csv"
    app_stop node1; smtp_stop
}

scenario_two_nodes() {
    local N=${FI_TWO_NODE_REQUESTS:-1500} M=${FI_TWO_NODE_TASKS:-200}
    banner "two nodes (8081, 8082), one database: $N requests with due timers, $M tasks completed on either node"
    db_reset; smtp_start; app_start node1 8081; seed_customer; app_start node2 8082
    local both=http://127.0.0.1:8081,http://127.0.0.1:8082 t0=$SECONDS
    # Batch T: received 35 days ago, so both deadline timers are due the moment the instance reaches them.
    load urls=$both rate=25 count="$N" daysAgo=35 out="$WORK/two-timers.csv" > "$WORK/two-timers.load" &
    local lp=$!
    # Batch C: fresh requests whose Prepare answer tasks are completed over /engine-rest, alternating nodes.
    # PORTABILITY: the record of processing names no manual source for it, so the case goes straight to the task.
    load urls=$both rate=10 count="$M" right=PORTABILITY out="$WORK/two-tasks.csv"
    local ids; ids=$(awk -F, '$3==201 {printf "%s\x27%s\x27", (n++?",":""), $5}' "$WORK/two-tasks.csv")
    # Both batches' acknowledgements share the executors, so the task batch may wait behind the timer batch.
    local t1=$SECONDS ready=0
    while [ $((SECONDS - t1)) -lt 600 ]; do
        ready=$(sql -c "SELECT count(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_=t.proc_inst_id_ WHERE t.task_def_key_='PrepareAnswer' AND e.business_key_ IN ($ids)")
        [ "$ready" -ge "$M" ] && break
        sleep 3
    done
    log "Prepare answer tasks of the task batch: $ready of $M, $((SECONDS - t1)) s after its load"
    sql -c "SELECT t.id_ FROM act_ru_task t JOIN act_ru_execution e ON e.id_=t.proc_inst_id_ WHERE t.task_def_key_='PrepareAnswer' AND e.business_key_ IN ($ids)" \
        | awk '{print (NR%2 ? 8081 : 8082) " " $1}' > "$WORK/two-tasks.ids"
    export ADMIN_USER ADMIN_PASSWORD
    xargs -P 4 -L 1 sh -c 'curl -s -o /dev/null -w "%{http_code}\n" -u "$ADMIN_USER:$ADMIN_PASSWORD" -H "Content-Type: application/json" \
        -X POST "http://127.0.0.1:$0/engine-rest/task/$1/complete" -d "{\"variables\":{\"decision\":{\"value\":\"FULFIL\"}}}"' \
        < "$WORK/two-tasks.ids" | sort | uniq -c | awk '{printf "tasks completed over REST: HTTP %s × %s\n", $2, $1}'
    wait $lp; cat "$WORK/two-timers.load"
    local tl=$SECONDS
    local tids; tids=$(awk -F, '$3==201 {printf "%s\x27%s\x27", (n++?",":""), $5}' "$WORK/two-timers.csv")
    local due=$(( $(grep -c ',201,' "$WORK/two-timers.csv") * 2 )) fired=0
    while [ $((SECONDS - tl)) -lt 420 ]; do
        fired=$(sql -c "SELECT count(*) FROM act_hi_actinst h JOIN act_hi_procinst p ON p.id_=h.proc_inst_id_ WHERE h.act_id_ IN ('DeadlineApproaching','DeadlinePassed') AND p.business_key_ IN ($tids)")
        [ "$fired" -ge "$due" ] && break
        sleep 5
    done
    log "timers: $fired of $due fired, $((SECONDS - tl)) s after the load ended ($((SECONDS - t0)) s after it began)"
    settle 240
    echo "--- two-node balance"
    sql <<SQL
\pset format aligned
\pset tuples_only off
WITH t AS (SELECT p.id_ FROM act_hi_procinst p WHERE p.proc_def_key_='data-subject-request' AND p.business_key_ IN ($tids)),
     f AS (SELECT h.proc_inst_id_, h.act_id_, count(*) n FROM act_hi_actinst h JOIN t ON t.id_=h.proc_inst_id_
            WHERE h.act_id_ IN ('DeadlineApproaching','DeadlinePassed') GROUP BY 1,2)
SELECT (SELECT count(*) FROM t) AS "timer requests", (SELECT count(*) FROM t) * 2 AS "timers due",
       (SELECT coalesce(sum(n),0) FROM f) AS "timers fired",
       (SELECT count(*) FROM f WHERE n>1) AS "fired twice",
       (SELECT count(*) FROM t) * 2 - (SELECT count(*) FROM f) AS "never fired",
       (SELECT count(*) FROM act_hi_actinst h JOIN t ON t.id_=h.proc_inst_id_ WHERE h.act_id_='MarkOverdue' AND h.end_time_ IS NOT NULL) AS "MarkOverdue done",
       (SELECT count(*) FROM act_ru_task k JOIN t ON t.id_=k.proc_inst_id_ WHERE k.task_def_key_='ReviewOverdueRequest') AS "Review tasks";
SELECT (SELECT count(*) FROM act_hi_actinst WHERE act_id_='AnswerSent') AS "answers sent (task batch)",
       (SELECT count(*) FROM correspondence WHERE direction='OUT' AND kind<>'ACKNOWLEDGEMENT' AND delivery_state='SENT') AS "answer letters SENT",
       (SELECT count(*) FROM act_ru_incident) AS incidents,
       (SELECT count(*) FROM act_ru_job WHERE exception_msg_ IS NOT NULL) AS "jobs with a failure",
       (SELECT count(*) FROM act_ru_job) AS "jobs left";
SQL
    sql -c "\pset format aligned" -c "\pset tuples_only off" -c "SELECT hostname_ AS node, count(*) FILTER (WHERE job_state_=2) AS \"jobs succeeded\", count(*) FILTER (WHERE job_state_=1) AS \"job failures\" FROM act_hi_job_log GROUP BY 1 ORDER BY 1"
    echo "OptimisticLockingException lines in the logs: node1 $(grep -c OptimisticLockingException "$WORK/node1.log" || true), node2 $(grep -c OptimisticLockingException "$WORK/node2.log" || true)"
    echo "  of which ENGINE-14006 (job retried after a conflict): $(cat "$WORK"/node*.log | grep -c 'ENGINE-14006' || true)"
    echo "database size: $(sql -c "SELECT pg_size_pretty(pg_database_size('$DB_NAME'))")"
    report "$WORK/two-timers.csv" "$WORK/two-tasks.csv"
    app_stop node1; app_stop node2; smtp_stop
}

log "work directory: $WORK"
pg_install; pg_start
if [ "${FI_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$JAR" ]; then log "building the jar"; (cd "$REPO" && mvn -q -DskipTests package); fi
for s in "${SCENARIOS[@]}"; do "scenario_${s//-/_}"; done
log "done; logs in $WORK"
