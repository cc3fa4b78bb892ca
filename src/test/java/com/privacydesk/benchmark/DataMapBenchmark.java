package com.privacydesk.benchmark;

import com.privacydesk.datamap.DataMap;
import com.privacydesk.datamap.DataMapSchemaCheck;
import com.privacydesk.datamap.RecordOfProcessing;
import com.privacydesk.datamap.RecordOfProcessingLoader;
import com.privacydesk.fulfilment.RightsExecutor;
import com.privacydesk.lookup.PersonalDataCollector;
import com.privacydesk.packages.PackageStore;
import com.privacydesk.packages.SubjectPackages;
import com.privacydesk.request.Channel;
import com.privacydesk.request.ChannelProof;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.Right;
import com.privacydesk.verification.ContactNormaliser;
import com.privacydesk.verification.IdentityMatch;
import com.privacydesk.verification.MatchConfidence;
import com.privacydesk.verification.RequesterDetails;
import com.privacydesk.verification.RequesterMatcher;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Latency of find (requester matching), collect, access package and erase for single data subjects in a database
 * of {@code customers} customers and about ten times as many related rows, on embedded PostgreSQL. Not a test:
 * run it by hand (docs/development.md, "Benchmarks") —
 * <pre>
 * mvn -q -o test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.privacydesk.benchmark.DataMapBenchmark -Dexec.args="1000000 300"
 * </pre>
 * Arguments: number of customers (default 1,000,000), measured subjects (default 300). Each measured subject is
 * found, collected, packaged (in its own transaction, as the job does) and erased (ditto); 30 warm-up subjects
 * before are not counted. Prints p50, p95, p99 and max in milliseconds.
 */
public final class DataMapBenchmark {

    private static final int WARM_UP = 30;

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "30min")
                .setServerConfig("maintenance_work_mem", "512MB")
                .start()) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setMaximumPoolSize(4);
            try (HikariDataSource ds = new HikariDataSource(config)) {
                Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
                ScaleDataGenerator.generate(ds, customers).forEach(line -> System.out.println("  " + line));
                run(ds, customers, samples);
            }
        }
    }

    private static void run(HikariDataSource ds, int customers, int samples) {
        RecordOfProcessing record = RecordOfProcessingLoader.shipped();
        DataMap map = DataMap.from(record);
        DataMapSchemaCheck.verify(map, ds);
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(ds);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        RequesterMatcher matcher = new RequesterMatcher(jdbc, "PL");
        PersonalDataCollector collector = new PersonalDataCollector(jdbc, map);
        SubjectPackages packages = new SubjectPackages(jdbc, new RequestRepository(jdbc.getJdbcTemplate()), collector, map,
                record, new PackageStore(jdbc), Clock.systemUTC());
        RightsExecutor executor = new RightsExecutor(jdbc, map, new ContactNormaliser());

        Random random = new Random(42);
        Set<Integer> subjects = new LinkedHashSet<>();
        while (subjects.size() < WARM_UP + samples) {
            subjects.add(1 + random.nextInt(customers));
        }
        Map<String, List<Double>> timings = new LinkedHashMap<>();
        int i = 0;
        for (int n : subjects) {
            String caseNumber = "BENCH-" + n;
            jdbc.update("INSERT INTO dsr_request (case_number, channel, rights, language, received_at, deadline, created_at)"
                    + " VALUES (:c, 'EMAIL', 'ACCESS,ERASURE', 'en', CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_TIMESTAMP)",
                    new MapSqlParameterSource("c", caseNumber));
            boolean measured = i++ >= WARM_UP;
            IdentityMatch match = time(timings, "find", measured, () -> matcher.match(new RequesterDetails(null,
                    "c" + n + "@example.com", "+4860" + String.format("%07d", n), null), Channel.EMAIL,
                    // as if the desk's mail server authenticated the sender: the sure path, lookups included
                    ChannelProof.mailDmarc("c" + n + "@example.com")));
            if (match.confidence() != MatchConfidence.EXACT || !match.contactProven() || match.customerId() != n) {
                throw new IllegalStateException("Customer " + n + " not found: " + match.confidence());
            }
            long id = match.customerId();
            time(timings, "collect", measured, () -> collector.collect(id));
            time(timings, "access package", measured, () -> tx.execute(s -> packages.prepare(caseNumber, 1, id,
                    List.of(Right.ACCESS))));
            time(timings, "erase", measured, () -> tx.execute(s -> executor.erase(id, caseNumber, Instant.now())));
        }
        System.out.printf("%nPrivacy Desk data map benchmark: %,d customers, %d subjects measured (%d warm-up),"
                + " embedded PostgreSQL, %d CPUs%n", customers, samples, WARM_UP, Runtime.getRuntime().availableProcessors());
        System.out.printf("%-16s %9s %9s %9s %9s%n", "operation", "p50 ms", "p95 ms", "p99 ms", "max ms");
        timings.forEach((name, values) -> {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("%-16s %9.2f %9.2f %9.2f %9.2f%n", name, percentile(sorted, 50), percentile(sorted, 95),
                    percentile(sorted, 99), sorted[sorted.length - 1]);
        });
    }

    private static <T> T time(Map<String, List<Double>> timings, String name, boolean measured, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        if (measured) {
            timings.computeIfAbsent(name, k -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
        }
        return result;
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

}
