package com.privacydesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.TransactionSystemException;

/** How storage failures reach the client: seen in the fault-injection suite's database outage. */
class ApiProblemsTest {

    private final ApiProblems problems = new ApiProblems();

    @Test
    void noConnection_503_nothingRecorded() {
        ResponseEntity<ProblemDetail> response = problems.storageFailure(
                new CannotGetJdbcConnectionException("pool", new SQLException("refused", "08001")));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getBody().getDetail()).contains("Nothing was recorded");
    }

    @Test
    void commitInterrupted_503_retryWithTheSameKey() {
        ResponseEntity<ProblemDetail> response = problems.storageFailure(
                new TransactionSystemException("Could not commit JDBC transaction"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getBody().getDetail()).contains("same Idempotency-Key");
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("30");
    }

    @Test
    void otherFailures_500_withReference_andNoDatabaseText() {
        ResponseEntity<ProblemDetail> response = problems.storageFailure(new UncategorizedSQLException("insert",
                "INSERT ...", new SQLException("Key (email)=(someone@example.org) already exists", "23505")));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(response.getBody().getDetail()).contains("Reference").doesNotContain("example.org");
    }
}
