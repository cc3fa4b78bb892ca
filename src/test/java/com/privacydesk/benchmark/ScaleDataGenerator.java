package com.privacydesk.benchmark;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Fills the customer-service schema of an empty PostgreSQL database with {@code customers} invented customers and
 * about ten times as many related rows, set-based with generate_series (a million customers in minutes, not hours):
 * per customer 2 contact points, 2 orders with 3 order lines, 1 invoice, 1 marketing consent, and for every second
 * customer a support ticket, a chat session and a call recording. E-mail c{n}@example.com, phone +4860{n:7},
 * customer number B-{n:7}, so that a benchmark can look any of them up. PostgreSQL only.
 */
public final class ScaleDataGenerator {

    private ScaleDataGenerator() {
    }

    /** Returns the number of rows written per table. */
    public static List<String> generate(DataSource dataSource, int customers) {
        // One connection: the session settings below must apply to every statement.
        SingleConnectionDataSource single;
        try {
            single = new SingleConnectionDataSource(dataSource.getConnection(), true);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        JdbcTemplate jdbc = new JdbcTemplate(single);
        List<String> tables = List.of("customer", "contact_point", "customer_order", "order_line", "invoice",
                "support_ticket", "chat_session", "call_recording", "marketing_consent");
        jdbc.execute("SET synchronous_commit = off");
        // The rows are consistent by construction: skip the per-row foreign-key triggers while loading (superuser).
        tables.forEach(t -> jdbc.execute("ALTER TABLE " + t + " DISABLE TRIGGER ALL"));
        try {
            long start = System.nanoTime();
            String n = Integer.toString(customers);
            jdbc.execute("""
                    INSERT INTO customer (id, customer_number, first_name, last_name, email, phone, street, postal_code,
                        city, country, birth_date, preferred_language, created_at)
                    SELECT g, 'B-' || lpad(g::text, 7, '0'),
                        (ARRAY['Anna','Jan','Lukas','Emma','Piotr','Sophie','Daan','Julia'])[1 + g % 8],
                        (ARRAY['Kowalska','de Vries','Schmidt','Peeters','Nowak','Müller','Jansen','Wagner'])[1 + (g / 8) % 8],
                        'c' || g || '@example.com', '+4860' || lpad(g::text, 7, '0'),
                        'Street ' || (g % 500), lpad((g % 99999)::text, 5, '0'), 'City ' || (g % 300),
                        (ARRAY['PL','DE','NL','BE'])[1 + g % 4], DATE '1950-01-01' + (g % 20000),
                        (ARRAY['pl','de','nl','en'])[1 + g % 4], TIMESTAMPTZ '2018-01-01' + g * INTERVAL '1 minute'
                    FROM generate_series(1, {n}) g""".replace("{n}", n));
            jdbc.execute("""
                    INSERT INTO contact_point (customer_id, kind, contact_value, verified, added_at)
                    SELECT g, k, CASE k WHEN 'EMAIL' THEN 'c' || g || '@example.com' ELSE '+4860' || lpad(g::text, 7, '0') END,
                        TRUE, TIMESTAMPTZ '2018-01-01' + g * INTERVAL '1 minute'
                    FROM generate_series(1, {n}) g CROSS JOIN (VALUES ('EMAIL'), ('PHONE')) kinds(k)""".replace("{n}", n));
            jdbc.execute("""
                    INSERT INTO customer_order (id, customer_id, order_number, ordered_at, status, total_amount, currency,
                        delivery_name, delivery_street, delivery_postal_code, delivery_city, delivery_country)
                    SELECT o, (o + 1) / 2, 'BO-' || lpad(o::text, 8, '0'), TIMESTAMPTZ '2020-01-01' + o * INTERVAL '30 seconds',
                        'DELIVERED', 10 + o % 500, 'EUR', 'Customer ' || ((o + 1) / 2), 'Street ' || (o % 500),
                        lpad((o % 99999)::text, 5, '0'), 'City ' || (o % 300), 'PL'
                    FROM generate_series(1, 2 * {n}) o""".replace("{n}", n));
            jdbc.execute("""
                    INSERT INTO order_line (order_id, product_sku, product_name, quantity, unit_price)
                    SELECT o, 'SKU-' || (o % 1000 + l), 'Product ' || (o % 1000 + l), 1 + l, 5 + (o % 100)
                    FROM generate_series(1, 2 * {n}) o CROSS JOIN generate_series(0, 1) l
                    WHERE l = 0 OR o % 2 = 0""".replace("{n}", n));
            jdbc.execute("""
                    INSERT INTO invoice (customer_id, order_id, invoice_number, issued_on, billing_name, billing_street,
                        billing_postal_code, billing_city, billing_country, net_amount, vat_amount, gross_amount, currency)
                    SELECT g, 2 * g - 1, 'BI-' || lpad(g::text, 8, '0'), DATE '2024-01-01' + g % 365, 'Customer ' || g,
                        'Street ' || (g % 500), '00-001', 'City ' || (g % 300), 'PL', 81.30, 18.70, 100.00, 'EUR'
                    FROM generate_series(1, {n}) g""".replace("{n}", n));
            jdbc.execute("""
                    INSERT INTO support_ticket (customer_id, ticket_number, channel, opened_at, status, subject, body)
                    SELECT g, 'BT-' || lpad(g::text, 8, '0'), 'EMAIL', TIMESTAMPTZ '2024-01-01' + g * INTERVAL '1 minute',
                        'CLOSED', 'Parcel late', 'Where is my parcel? Order BO-' || lpad((2 * g)::text, 8, '0')
                    FROM generate_series(2, {n}, 2) g""".replace("{n}", n));
            jdbc.execute("""
                    INSERT INTO chat_session (customer_id, started_at, ended_at, visitor_ip, user_agent, transcript)
                    SELECT g, TIMESTAMPTZ '2024-01-01' + g * INTERVAL '1 minute', TIMESTAMPTZ '2024-01-01' + g * INTERVAL '1 minute'
                        + INTERVAL '5 minutes', '192.0.2.' || (g % 250), 'Mozilla/5.0 (X11; Linux x86_64)', 'Question about delivery.'
                    FROM generate_series(1, {n}, 2) g""".replace("{n}", n));
            jdbc.execute("""
                    INSERT INTO call_recording (customer_id, direction, caller_number, started_at, duration_seconds, recording_ref)
                    SELECT g, 'IN', '+4860' || lpad(g::text, 7, '0'), TIMESTAMPTZ '2024-01-01' + g * INTERVAL '1 minute',
                        60 + g % 600, 'rec://pbx/' || g || '.opus'
                    FROM generate_series(2, {n}, 2) g""".replace("{n}", n));
            jdbc.execute("""
                    INSERT INTO marketing_consent (customer_id, channel, granted_at, collected_via)
                    SELECT g, (ARRAY['EMAIL','SMS','PHONE'])[1 + g % 3], TIMESTAMPTZ '2020-01-01' + g * INTERVAL '1 minute',
                        'registration'
                    FROM generate_series(1, {n}) g""".replace("{n}", n));
            // Explicit ids were given: the identity sequences continue after them.
            for (String t : List.of("customer", "customer_order")) {
                jdbc.execute("SELECT setval(pg_get_serial_sequence('" + t + "', 'id'), (SELECT max(id) FROM " + t + "))");
            }
            // As autovacuum leaves a database in steady state: statistics, and the visibility map for index-only scans.
            tables.forEach(t -> jdbc.execute("VACUUM ANALYZE " + t));
            System.out.printf("Generated %,d customers in %s%n", customers,
                    Duration.ofNanos(System.nanoTime() - start).withNanos(0));
        } finally {
            tables.forEach(t -> jdbc.execute("ALTER TABLE " + t + " ENABLE TRIGGER ALL"));
            single.destroy();
        }
        return tables.stream().map(t -> t + ": " + String.format("%,d", jdbc(dataSource).queryForObject(
                "SELECT COUNT(*) FROM " + t, Long.class))).toList();
    }

    private static JdbcTemplate jdbc(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }
}
