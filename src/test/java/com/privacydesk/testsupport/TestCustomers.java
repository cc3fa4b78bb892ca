package com.privacydesk.testsupport;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * A fresh customer per test, with orders, an invoice, a ticket, a chat session and a marketing consent, so that
 * tests which erase or restrict never disturb each other or the demo customers.
 */
@Component
public class TestCustomers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Timestamp LONG_AGO = Timestamp.from(Instant.parse("2025-01-15T10:00:00Z"));

    public record Customer(long id, String customerNumber, String email, String phone) {
    }

    private final JdbcTemplate jdbc;

    public TestCustomers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Customer create() {
        // Unique across test runs sharing one database: a counter in the low digits, randomness above it.
        int n = SEQUENCE.incrementAndGet() % 1000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 2_000_000) * 1000;
        String number = "T-" + n;
        String email = "test.customer." + n + "@example.com";
        String phone = "+4860" + String.format("%07d", n % 10_000_000);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    INSERT INTO customer (customer_number, first_name, last_name, email, phone, street, postal_code,
                        city, country, preferred_language, created_at)
                    VALUES (?, 'Test', 'Customer', ?, ?, 'ul. Testowa 1', '00-001', 'Warszawa', 'PL', 'en', ?)""",
                    new String[] {"id"});
            statement.setString(1, number);
            statement.setString(2, email);
            statement.setString(3, phone);
            statement.setTimestamp(4, LONG_AGO);
            return statement;
        }, key);
        long id = key.getKey().longValue();
        jdbc.update("INSERT INTO contact_point (customer_id, kind, contact_value, verified, added_at) VALUES (?, 'EMAIL', ?, TRUE, ?)",
                id, email, LONG_AGO);
        jdbc.update("INSERT INTO contact_point (customer_id, kind, contact_value, verified, added_at) VALUES (?, 'PHONE', ?, TRUE, ?)",
                id, phone, LONG_AGO);
        for (int order = 1; order <= 2; order++) {
            jdbc.update("""
                    INSERT INTO customer_order (customer_id, order_number, ordered_at, status, total_amount, currency,
                        delivery_name, delivery_street, delivery_postal_code, delivery_city, delivery_country)
                    VALUES (?, ?, ?, 'DELIVERED', 99.90, 'PLN', 'Test Customer', 'ul. Testowa 1', '00-001', 'Warszawa', 'PL')""",
                    id, "TO-" + n + "-" + order, LONG_AGO);
        }
        jdbc.update("""
                INSERT INTO invoice (customer_id, invoice_number, issued_on, billing_name, billing_street,
                    billing_postal_code, billing_city, billing_country, net_amount, vat_amount, gross_amount, currency)
                VALUES (?, ?, DATE '2025-01-15', 'Test Customer', 'ul. Testowa 1', '00-001', 'Warszawa', 'PL', 81.22, 18.68, 99.90, 'PLN')""",
                id, "TI-" + n);
        jdbc.update("""
                INSERT INTO support_ticket (customer_id, ticket_number, channel, opened_at, status, subject, body)
                VALUES (?, ?, 'EMAIL', ?, 'CLOSED', 'Parcel late', 'Where is my parcel?')""", id, "TT-" + n, LONG_AGO);
        jdbc.update("INSERT INTO chat_session (customer_id, started_at, visitor_ip, user_agent) VALUES (?, ?, '192.0.2.10', 'Firefox')",
                id, LONG_AGO);
        jdbc.update("INSERT INTO marketing_consent (customer_id, channel, granted_at, collected_via) VALUES (?, 'EMAIL', ?, 'web shop')",
                id, LONG_AGO);
        return new Customer(id, number, email, phone);
    }

    /** Whether the customer still has rows in a table of the customer database. */
    public boolean exists(long customerId, String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name");
        }
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE customer_id = ?", Integer.class,
                customerId);
        return count != null && count > 0;
    }
}
