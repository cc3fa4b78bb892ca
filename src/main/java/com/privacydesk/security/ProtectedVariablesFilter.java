package com.privacydesk.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.privacydesk.request.ProtectedVariables;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * The REST boundary of {@link ProtectedVariables}: a call to the engine's REST API (/engine-rest, and the same API
 * the webapps call with a session under /camunda/api/engine) that would write one of them is refused
 * with 403 before the engine sees it, whoever calls (a candidate holds UPDATE on their task, and through it on every
 * variable of the case: CAMUNDA-NOTES). Named in the path ({@code …/variables/dataSubjectId}, also DELETE and the
 * binary {@code /data} form) or as a key of a variable map in a JSON body: task completion, submit-form, resolve,
 * BPMN error, the variables' modify calls, process-instance modification, message correlation, signals, external
 * tasks, conditional starts, batch variable updates. A process start may carry only the start form's fields.
 * A body that cannot be read as JSON is refused, so nothing passes unread. Evaluating a decision writes nothing.
 */
public class ProtectedVariablesFilter extends OncePerRequestFilter {

    static final String ENGINE_REST = "/engine-rest";
    /** Where the webapps (Tasklist, Cockpit) reach the same engine API under their application path. */
    static final String WEBAPP_ENGINE_API = "/api/engine";
    /** Keys whose object value maps variable names to values, wherever they appear in a request body. */
    static final Set<String> VARIABLE_MAPS = Set.of("variables", "modifications", "localVariables", "variablesLocal",
            "processVariables", "processVariablesLocal", "processVariablesToTriggeredScope");
    /** Keys whose array value lists variable names to delete. */
    static final Set<String> DELETIONS = Set.of("deletions");

    private static final Pattern NAMED_VARIABLE = Pattern.compile("/(?:variables|localVariables)/([^/]+)(?:/data)?/?$");
    private static final Pattern PROCESS_START = Pattern.compile(
            "^/process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)/(?:start|submit-form)/?$");
    private static final Pattern DECISION_EVALUATION = Pattern.compile("^/decision-definition/.+/evaluate/?$");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE", "PATCH");

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    /** Strict: a repeated key or a second value after the first would leave the engine reading what was not checked. */
    private final ObjectMapper json = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private final Pattern apiPrefix;

    /** The largest JSON body read (and so passed on): the desk's variables are ids, dates and short texts. */
    static final int MAX_JSON_BODY = 16 * 1024 * 1024;

    private final int maxBody;

    /** {@code webappPath}: the webapps' application path, e.g. "/camunda". */
    public ProtectedVariablesFilter(String webappPath) {
        this(webappPath, MAX_JSON_BODY);
    }

    ProtectedVariablesFilter(String webappPath, int maxBody) {
        this.maxBody = maxBody;
        this.apiPrefix = Pattern.compile("^(?:" + Pattern.quote(ENGINE_REST) + "|" + Pattern.quote(webappPath
                + WEBAPP_ENGINE_API) + ")(?:/engine/[^/]+)?");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod().toUpperCase(Locale.ROOT));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = enginePath(request);
        Matcher named = NAMED_VARIABLE.matcher(path);
        if (named.find()) {
            String name = named.group(1);
            if (ProtectedVariables.isProtected(name)) {
                refuse(response, ProtectedVariables.message(name));
                return;
            }
        }
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (contentType.startsWith("multipart/") || DECISION_EVALUATION.matcher(path).matches()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(maxBody + 1);
        if (body.length > maxBody) {
            problem(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Payload Too Large",
                    "The request body is larger than " + maxBody + " bytes.");
            return;
        }
        if (!isBlank(body)) {
            JsonNode tree;
            try {
                tree = json.readTree(body);
            } catch (JsonProcessingException e) {
                problem(response, HttpServletResponse.SC_BAD_REQUEST, "Bad Request",
                        "The request body is not one valid JSON value without repeated keys.");
                return;
            }
            Function<List<String>, Optional<String>> check = PROCESS_START.matcher(path).matches()
                    ? ProtectedVariables::firstInStart : ProtectedVariables::firstIn;
            Optional<String> written = check.apply(variableNames(tree));
            if (written.isPresent()) {
                refuse(response, ProtectedVariables.message(written.get()));
                return;
            }
        }
        chain.doFilter(new Replayed(request, body), response);
    }

    /** Every variable name the body would set or delete, at any depth (modification instructions nest them). */
    static List<String> variableNames(JsonNode tree) {
        List<String> names = new ArrayList<>();
        collect(tree, names);
        return names;
    }

    private static void collect(JsonNode node, List<String> names) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> fields = object.fieldNames(); fields.hasNext(); ) {
                String field = fields.next();
                JsonNode value = object.get(field);
                if (VARIABLE_MAPS.contains(field) && value.isObject()) {
                    value.fieldNames().forEachRemaining(names::add);
                } else if (DELETIONS.contains(field) && value.isArray()) {
                    value.forEach(element -> names.add(element.asText()));
                }
                collect(value, names);
            }
        } else if (node != null && node.isArray()) {
            node.forEach(element -> collect(element, names));
        }
    }

    /**
     * The path within the engine's API: "/task/…" from /engine-rest, /engine-rest/engine/{name} or the webapps'.
     * Decoded once, without ";" parameters and doubled slashes, as JAX-RS matches it.
     */
    String enginePath(HttpServletRequest request) {
        String path = PATHS.getPathWithinApplication(request);
        Matcher prefix = apiPrefix.matcher(path);
        return prefix.find() ? path.substring(prefix.end()) : path;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    private void refuse(HttpServletResponse response, String message) throws IOException {
        problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", message);
    }

    /** Problem details, with Camunda's own "type" and "message" fields so that Tasklist shows the reason. */
    private void problem(HttpServletResponse response, int status, String title, String message) throws IOException {
        ObjectNode problem = json.createObjectNode();
        problem.put("type", "ProtectedVariableException");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", message);
        problem.put("message", message);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    /** The request with its body readable again by the engine's REST API. */
    static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8
                    : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
