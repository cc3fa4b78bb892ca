package com.privacydesk.platform;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.privacydesk.request.CaseNotWaitingException;
import com.privacydesk.request.InvalidRequestException;
import com.privacydesk.request.UnknownCaseException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionSystemException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the desk's API as {@code application/problem+json}: a 400 names every bad field, so a client can
 * fix its input in one go; messages never echo the submitted values (they may be personal data).
 */
@RestControllerAdvice(basePackages = "com.privacydesk")
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    public record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(error -> errors.add(
                new FieldProblem(error.getField().replace(".reachable", ""), error.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors().forEach(error -> errors.add(
                new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return badRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return badRequest(List.of(new FieldProblem(field, "has an invalid value or format")));
        }
        return badRequest(List.of(new FieldProblem("body", "is not valid JSON")));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalid(InvalidRequestException ex) {
        return badRequest(ex.fieldErrors().entrySet().stream()
                .map(entry -> new FieldProblem(entry.getKey(), entry.getValue())).toList());
    }

    @ExceptionHandler(UnknownCaseException.class)
    ProblemDetail unknownCase(UnknownCaseException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler(CaseNotWaitingException.class)
    ProblemDetail notWaiting(CaseNotWaitingException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    }

    /**
     * The database cannot be reached (down, restarting, pool exhausted): 503 at once, so a client retries later
     * (with its Idempotency-Key) instead of hanging; nothing was accepted, so nothing is lost. Anything else is a
     * 500 with a reference; the log keeps the type and SQL state only, since database messages can quote values.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, ProcessEngineException.class})
    ResponseEntity<ProblemDetail> storageFailure(RuntimeException ex) {
        String reference = UUID.randomUUID().toString();
        if (ex instanceof TransactionSystemException) {
            // The connection died during COMMIT: whether the request was stored is unknown. The client's retry
            // with its Idempotency-Key finds out (the stored case, or it is stored now), so nothing is doubled.
            log.warn("Commit outcome unknown ({}), answered 503, reference {}", sqlState(ex), reference);
            return unavailable(reference, "The desk could not confirm that your request was stored. Please retry "
                    + "with the same Idempotency-Key: you receive the case if it was stored, or it is stored now.");
        }
        if (databaseUnavailable(ex)) {
            log.warn("Database unavailable ({}), answered 503, reference {}", sqlState(ex), reference);
            return unavailable(reference,
                    "The desk cannot store requests right now. Nothing was recorded; please retry in a minute.");
        }
        log.error("Request failed: {} (SQL state {}), reference {}", ex.getClass().getName(), sqlState(ex), reference);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The desk could not process this request. Reference " + reference + ".");
        problem.setProperty("reference", reference);
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<ProblemDetail> unavailable(String reference, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setTitle("Service unavailable");
        problem.setProperty("reference", reference);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    public static boolean databaseUnavailable(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String sqlState(Throwable ex) {
        for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return "none";
    }

    private ResponseEntity<Object> badRequest(List<FieldProblem> errors) {
        List<FieldProblem> sorted = errors.stream().sorted(Comparator.comparing(FieldProblem::field)).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid fields: " + sorted.stream().map(FieldProblem::field).distinct()
                        .collect(Collectors.joining(", ")));
        problem.setTitle("Invalid request");
        problem.setProperties(Map.of("errors", sorted));
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
