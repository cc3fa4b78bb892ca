package com.privacydesk.platform;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.privacydesk.intake.CaseNotWaitingException;
import com.privacydesk.intake.InvalidRequestException;
import com.privacydesk.request.UnknownCaseException;
import java.util.ArrayList;
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
