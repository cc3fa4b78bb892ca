package com.privacydesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import com.privacydesk.testsupport.TestStaff;
import com.privacydesk.testsupport.WebappLogin;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With its database gone, the intake answers 503 problem+json within seconds (no hang, no stack trace), and a
 * request accepted before the outage is still there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
@DirtiesContext
class DatabaseOutageTest {

    private static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        registry.add("DB_URL", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("DB_USERNAME", () -> "postgres");
        registry.add("DB_PASSWORD", () -> "postgres");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
        registry.add("camunda.bpm.process-engine-name", () -> "outage");
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Autowired TestRestTemplate http;
    @Autowired TestStaff staff;
    @LocalServerPort int port;

    @Test
    void databaseDown_intakeAnswers503Quickly() throws Exception {
        assertThat(post().getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String agent = staff.member("outageagent", "agents");
        assertThat(http.withBasicAuth(agent, TestStaff.PASSWORD).getForEntity("/api/requests/overdue", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        postgres.close();
        Instant start = Instant.now();
        ResponseEntity<String> response = post();
        Duration took = Duration.between(start, Instant.now());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        // Either "nothing was recorded" (no connection) or "outcome unknown" (the connection died during COMMIT,
        // depending on timing): both tell the client to retry, never a stack trace.
        assertThat(response.getBody()).containsIgnoringCase("please retry").doesNotContain("Exception")
                .doesNotContain("at org.");
        assertThat(took).isLessThan(Duration.ofSeconds(15));

        // Not only the controllers: a staff login (HTTP Basic checks the password in a filter, before any controller
        // advice), engine REST, the desk's pages and the webapps' login form answer 503 problem+json too, never 500.
        List<ResponseEntity<String>> answers = List.of(
                http.withBasicAuth(agent, TestStaff.PASSWORD).getForEntity("/api/requests/overdue", String.class),
                http.withBasicAuth(agent, TestStaff.PASSWORD).getForEntity("/engine-rest/task", String.class),
                http.withBasicAuth(agent, TestStaff.PASSWORD).getForEntity("/cases/DSR-2026-000001", String.class));
        int webappLogin = new WebappLogin(port).tryLogin(agent, TestStaff.PASSWORD);
        for (ResponseEntity<String> answer : answers) {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .isTrue();
            assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("30");
            assertThat(answer.getBody()).containsIgnoringCase("retry").doesNotContain("Exception");
        }
        assertThat(webappLogin).isEqualTo(503);
    }

    private ResponseEntity<String> post() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/api/requests", new HttpEntity<>("""
                {"channel":"WEB_FORM","rights":["ACCESS"],"requester":{"email":"outage@example.org"}}""", headers),
                String.class);
    }
}
