package com.privacydesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Operational data is for staff: the actuator (metrics name how many cases are overdue) except health, which
 * load balancers and orchestrators probe anonymously, and, outside dev, the API documentation.
 */
public class OperationsAccessFilter extends OncePerRequestFilter {

    private final StaffSession staffSession;
    private final boolean apiDocsPublic;

    public OperationsAccessFilter(StaffSession staffSession, boolean apiDocsPublic) {
        this.staffSession = staffSession;
        this.apiDocsPublic = apiDocsPublic;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = DeskPaths.path(request);
        if (path.startsWith("/actuator")) {
            return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
        }
        return apiDocsPublic || !(path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<StaffSession.Staff> staff = staffSession.authenticated(request);
        if (staff.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Privacy Desk\"");
            StaffApiFilter.problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "Log in with a desk account (HTTP Basic or the Tasklist session).");
            return;
        }
        if (!staff.get().isDeskStaff()) {
            StaffApiFilter.problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    "Only the desk's staff may read operational data.");
            return;
        }
        chain.doFilter(request, response);
    }
}
