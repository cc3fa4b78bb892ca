package com.privacydesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First of all filters: a request whose path carries {@code ;} parameters, encoded slashes or percent signs, dot
 * segments, double slashes or control characters is refused (400) before any filter compares paths, with Spring
 * Security's {@link StrictHttpFirewall} rules. Filters behind it then see one spelling per path.
 */
public class RequestFirewall extends OncePerRequestFilter {

    private final StrictHttpFirewall firewall = new StrictHttpFirewall();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            firewall.getFirewalledRequest(request);
        } catch (RequestRejectedException rejected) {
            // The firewall's message quotes the offending text: it stays out of the answer and the log.
            StaffApiFilter.problem(response, HttpServletResponse.SC_BAD_REQUEST, "Bad Request",
                    "The request's path is not in normal form (no ';', encoded '/', '%', '.' or '..' segments).");
            return;
        }
        chain.doFilter(request, response);
    }
}
