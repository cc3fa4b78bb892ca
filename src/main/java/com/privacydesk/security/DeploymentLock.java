package com.privacydesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Diagrams, decisions and forms are deployed only at start-up, from bpmn/ and forms/ in the build. A deployment
 * over REST (engine-rest, or the webapps' engine API behind Cockpit) could carry scripts or expressions, so every
 * change to deployments is refused (403) whoever asks, the administrator included; reading them stays allowed.
 */
public class DeploymentLock extends OncePerRequestFilter {

    private static final Pattern DEPLOYMENTS = Pattern.compile(
            "/(engine-rest|camunda/api/engine/engine/[^/]+)(/engine/[^/]+)?/deployment(/.*)?");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                && !"OPTIONS".equals(request.getMethod())
                && DEPLOYMENTS.matcher(DeskPaths.path(request)).matches()) {
            StaffApiFilter.problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    "Deployments happen only at start-up, from the application's bpmn/ and forms/ folders.");
            return;
        }
        chain.doFilter(request, response);
    }
}
