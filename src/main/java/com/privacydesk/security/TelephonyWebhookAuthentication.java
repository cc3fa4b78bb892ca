package com.privacydesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The telephony webhooks ({@code POST /api/calls/dropped}, {@code POST /api/calls/{callId}/recording-consent}) are
 * public to the network but not to anyone: the telephony system sends the shared secret in {@code X-Telephony-Secret}. Compared in constant time (over digests, so the
 * length leaks nothing either); without a configured secret every call is refused.
 */
public class TelephonyWebhookAuthentication extends OncePerRequestFilter {

    public static final String HEADER = "X-Telephony-Secret";

    private static final Pattern RECORDING_CONSENT = Pattern.compile("/api/calls/[^/]+/recording-consent");

    /** The configured secret (callback's TelephonyProperties, which registers this filter); null if none. */
    private final String webhookSecret;

    public TelephonyWebhookAuthentication(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isWebhook(request);
    }

    /** The telephony system's own calls: a dropped call, and a caller's answer to the recording announcement. */
    static boolean isWebhook(HttpServletRequest request) {
        // The servlet path, as every desk filter decides: a ';' or an encoded '/' never reaches here (firewall).
        String path = DeskPaths.path(request);
        return "POST".equals(request.getMethod())
                && ("/api/calls/dropped".equals(path) || RECORDING_CONSENT.matcher(path).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!matches(webhookSecret, request.getHeader(HEADER))) {
            StaffApiFilter.problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "The telephony webhook needs the shared secret in the " + HEADER + " header.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean matches(String expected, String given) {
        if (expected == null || expected.isBlank() || given == null) {
            return false;
        }
        return MessageDigest.isEqual(digest(expected), digest(given));
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
