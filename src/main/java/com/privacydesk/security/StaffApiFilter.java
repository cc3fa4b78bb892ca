package com.privacydesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The desk's API is for staff, except what the public must reach: filing a request (and, with their own
 * protection, the web form and the telephony webhook). Staff prove who they are with the Camunda webapp session
 * (the browser, after logging into Tasklist) or HTTP Basic against the engine's identity service.
 */
public class StaffApiFilter extends OncePerRequestFilter {

    private final StaffSession staffSession;

    public StaffApiFilter(StaffSession staffSession) {
        this.staffSession = staffSession;
    }

    static boolean isPublic(HttpServletRequest request) {
        String path = DeskPaths.path(request);
        return "POST".equals(request.getMethod()) && "/api/requests".equals(path)
                || path.startsWith("/api/information-clauses/")
                || TelephonyWebhookAuthentication.isWebhook(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isPublic(request)) {
            if (isFilingRequest(request) && !identifyStaffFiling(request, response)) {
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        Optional<StaffSession.Staff> staff = staffSession.authenticated(request);
        if (staff.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Privacy Desk\"");
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "Log in with a desk account (HTTP Basic or the Tasklist session).");
            return;
        }
        if (!staff.get().isDeskStaff()) {
            problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "Only the desk's staff may use this API.");
            return;
        }
        request.setAttribute(STAFF_ATTRIBUTE, staff.get());
        chain.doFilter(request, response);
    }

    private static boolean isFilingRequest(HttpServletRequest request) {
        return DeskPaths.is(request, "POST", "/api/requests");
    }

    /**
     * Filing a request is public, but a member of staff who files one (a call, a chat) vouches for the contact
     * the channel showed them, so who they are matters: credentials that fail are refused rather than filed as
     * anonymous, an account outside the desk and the integrations is refused. Without credentials the request is
     * filed anonymously.
     */
    private boolean identifyStaffFiling(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean basicGiven = request.getHeader("Authorization") != null;
        Optional<StaffSession.Staff> staff = staffSession.authenticated(request);
        if (staff.isEmpty()) {
            if (basicGiven) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Privacy Desk\"");
                problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                        "The credentials were not accepted; file without them to file anonymously.");
                return false;
            }
            return true;
        }
        if (staff.get().isDeskStaff()) {
            request.setAttribute(STAFF_ATTRIBUTE, staff.get());
            return true;
        }
        if (staff.get().isIntegration()) {
            // An integration (the chat or call centre's system) may state the channel and receipt time; it vouches
            // for no contact, and it reaches nothing else of the API.
            request.setAttribute(INTEGRATION_ATTRIBUTE, staff.get());
            return true;
        }
        problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                "Only the desk's staff or an integration account may file requests on the desk's behalf.");
        return false;
    }

    /** The authenticated member of staff, for controllers that allow fewer groups than the whole desk. */
    public static final String STAFF_ATTRIBUTE = StaffSession.Staff.class.getName();

    /** The integration account that files a request (group {@link StaffSession#INTEGRATION_GROUP}). */
    public static final String INTEGRATION_ATTRIBUTE = StaffSession.Staff.class.getName() + ".integration";

    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
