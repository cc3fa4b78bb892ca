package com.privacydesk.operations;

import com.privacydesk.testsupport.TestStaff;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.NewRequest;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.Right;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The desk's metrics as /actuator/metrics shows them move when requests arrive, pass their deadline, are
 * answered and closed, and as letters queue. Other tests share the database, so each assertion is on the change a request makes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeskMetricsTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired DeskMetrics metrics;
    @Autowired TestStaff staff;
    @Autowired IntakeService intake;

    @Test
    void newRequest_countsAsOpen_inProcessingUntilItReachesAWait() throws Exception {
        double open = openTotal();
        double processing = value("privacydesk.requests.open?tag=stage:processing");

        receive("LETTER", "C-100003");

        assertThat(openTotal()).isEqualTo(open + 1);
        // The job executor is off in tests: the request waits before "Acknowledge receipt", a processing step.
        assertThat(value("privacydesk.requests.open?tag=stage:processing")).isEqualTo(processing + 1);
    }

    @Test
    void queuedLetter_isPendingUntilSent() throws Exception {
        String caseNumber = receive("EMAIL", null);
        double letters = value("privacydesk.letters.pending");

        jdbc.update("""
                INSERT INTO correspondence (case_number, direction, kind, channel, occurred_at, subject, body,
                    delivery_state) VALUES (?, 'OUT', 'ANSWER', 'EMAIL', ?, 'Answer', 'Answer', 'QUEUED')""",
                caseNumber, Timestamp.from(Instant.now()));
        jdbc.update("""
                INSERT INTO correspondence (case_number, direction, kind, channel, occurred_at, subject, body,
                    delivery_state) VALUES (?, 'IN', 'REPLY', 'EMAIL', ?, 'Reply', 'Reply', 'RECEIVED')""",
                caseNumber, Timestamp.from(Instant.now()));
        assertThat(value("privacydesk.letters.pending")).isEqualTo(letters + 1);

        jdbc.update("UPDATE correspondence SET delivery_state = 'SENT' WHERE case_number = ? AND direction = 'OUT'",
                caseNumber);
        assertThat(value("privacydesk.letters.pending")).isEqualTo(letters);
    }

    @Test
    void overdueRequest_countsUntilAnswered() throws Exception {
        String caseNumber = receive("EMAIL", null);
        double overdue = value("privacydesk.requests.overdue");

        jdbc.update("UPDATE dsr_request SET overdue_since = ? WHERE case_number = ?", Timestamp.from(Instant.now()),
                caseNumber);
        assertThat(value("privacydesk.requests.overdue")).isEqualTo(overdue + 1);

        jdbc.update("UPDATE dsr_request SET answered_at = ? WHERE case_number = ?", Timestamp.from(Instant.now()),
                caseNumber);
        assertThat(value("privacydesk.requests.overdue")).isEqualTo(overdue);
    }

    @Test
    void closedRequest_isNoLongerOpen() throws Exception {
        String caseNumber = receive("EMAIL", null);
        double open = openTotal();

        jdbc.update("UPDATE dsr_request SET closed_at = ? WHERE case_number = ?", Timestamp.from(Instant.now()),
                caseNumber);
        assertThat(openTotal()).isEqualTo(open - 1);
    }

    @Test
    void answer_isRecordedInDaysToAnswer() throws Exception {
        JsonNode before = metric("privacydesk.requests.days.to.answer");
        Instant received = Instant.parse("2026-03-02T09:00:00Z");

        metrics.recordAnswered(received, received.plus(Duration.ofDays(12)));

        JsonNode after = metric("privacydesk.requests.days.to.answer");
        assertThat(after.at("/baseUnit").asText()).isEqualTo("days");
        assertThat(statistic(after, "COUNT")).isEqualTo(statistic(before, "COUNT") + 1);
        assertThat(statistic(after, "TOTAL")).isEqualTo(statistic(before, "TOTAL") + 12);
    }

    /** Through the intake service, as the API would (the HTTP intake is rate-limited per client address). */
    private String receive(String channel, String customerNumber) {
        String email = customerNumber == null ? "metrics-" + System.nanoTime() + "@example.org" : null;
        return intake.receive(new NewRequest(Channel.valueOf(channel), List.of(Right.ACCESS),
                new NewRequest.Requester(null, email, null, customerNumber), null, Language.en, null)).caseNumber();
    }

    private double openTotal() throws Exception {
        return value("privacydesk.requests.open");
    }

    /** A gauge's value as scraped, after the cached reading is dropped (the cache would hide the change). */
    private double value(String metricAndTags) throws Exception {
        metrics.forgetReading();
        return statistic(metric(metricAndTags), "VALUE");
    }

    private JsonNode metric(String metricAndTags) throws Exception {
        // Metrics are for staff (a monitoring account of the desk): anonymous scrapes get 401.
        ResponseEntity<String> response = http.withBasicAuth(staff.member("metricsmanager", "managers"),
                TestStaff.PASSWORD).getForEntity("/actuator/metrics/" + metricAndTags, String.class);
        assertThat(response.getStatusCode()).as(metricAndTags).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static double statistic(JsonNode metric, String name) {
        for (JsonNode measurement : metric.get("measurements")) {
            if (measurement.get("statistic").asText().equals(name)) {
                return measurement.get("value").asDouble();
            }
        }
        throw new AssertionError("no " + name + " in " + metric);
    }
}
