package com.privacydesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every way in that checks a password: HTTP Basic on any path (/api, /engine-rest, the desk's pages) and the
 * webapps' login form. An attempt whose address or account must still wait is answered 429 with Retry-After
 * without checking the password; the outcome of the others (401: a wrong password) feeds {@link LoginThrottle}.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");
    static final String ADMIN_GROUP = "camunda-admin";

    private final LoginThrottle throttle;
    private final IdentityService identityService;

    public LoginThrottleFilter(LoginThrottle throttle, IdentityService identityService) {
        this.throttle = throttle;
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> account = account(request);
        if (account.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String address = ClientAddress.of(request);
        boolean administrator = isAdministrator(account.get());
        Optional<Duration> wait = throttle.waitFor(account.get(), address, administrator);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setHeader("Retry-After", String.valueOf(seconds));
            StaffApiFilter.problem(response, 429, "Too Many Requests",
                    "Too many failed logins; the password is not checked for another " + seconds + " s.");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(account.get(), address, administrator);
        } else if (response.getStatus() < 400) {
            throttle.succeeded(account.get());
        }
    }

    /** The account a login attempt names, if this request is one. */
    static Optional<String> account(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if ("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(DeskPaths.path(request)).matches()) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        return Optional.empty();
    }

    /** Strangers never shut out an administrator: only their own address waits. */
    private boolean isAdministrator(String account) {
        if (account.isBlank() || account.length() > 128) {
            return false;
        }
        return identityService.createGroupQuery().groupMember(account).groupId(ADMIN_GROUP).count() > 0;
    }
}
