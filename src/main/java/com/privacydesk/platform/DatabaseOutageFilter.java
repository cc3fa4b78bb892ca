package com.privacydesk.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Outermost: while the database is away every path answers 503 problem+json with Retry-After, not only the
 * controllers that {@link ApiProblems} reaches. Filters and logins that query the identity service (HTTP Basic,
 * the webapps' login) throw before any controller advice; Camunda's own REST APIs turn every failure into a 500 of
 * their own, so their 500s are held back and answered 503 when the database does not answer.
 */
public class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final DataSource dataSource;

    public DatabaseOutageFilter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean camundaApi = isCamundaApi(request);
        HttpServletResponse target = camundaApi ? new ContentCachingResponseWrapper(response) : response;
        try {
            chain.doFilter(request, target);
        } catch (RuntimeException | ServletException | IOException e) {
            // A connection that broke mid-statement surfaces in many wrappings (MyBatis, a failed rollback): when the
            // cause names no outage, asking the database itself decides.
            if (response.isCommitted() || !ApiProblems.databaseUnavailable(e) && databaseAnswers()) {
                throw e;
            }
            unavailable(response, e.getClass().getSimpleName());
            return;
        }
        if (camundaApi) {
            ContentCachingResponseWrapper cached = (ContentCachingResponseWrapper) target;
            if (cached.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR && !databaseAnswers()) {
                cached.resetBuffer();
                unavailable(response, "engine REST 500");
                return;
            }
            cached.copyBodyToResponse();
        }
    }

    private static boolean isCamundaApi(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/");
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static void unavailable(HttpServletResponse response, String cause) throws IOException {
        String reference = UUID.randomUUID().toString();
        log.warn("Database unavailable ({}), answered 503, reference {}", cause, reference);
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,"
                + "\"detail\":\"The desk's database cannot be reached right now. Nothing was changed; please retry "
                + "in a minute.\",\"reference\":\"" + reference + "\"}");
    }
}
