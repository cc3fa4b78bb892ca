package com.privacydesk.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hostile input at the door: bodies larger than the limit are refused (413) before they are parsed, whether their
 * length is declared or they come chunked, and each client address (IPv6: its /64) may file a bounded number of new requests per minute (429 with Retry-After), through the API
 * and the web form {@code /privacy-request} together. A second instance guards the requesters' download links,
 * with its own count per address.
 */
public class PublicIntakeLimits extends OncePerRequestFilter {

    private final SecurityProperties properties;
    private final Predicate<HttpServletRequest> counted;
    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * The desk's API and the web form: anonymous filings and form submissions are counted together. Not counted:
     * the information clauses (read by the website and chat servers for every visitor, from few addresses), the
     * telephony webhook (its shared secret is checked before the body is read) and filings that carry
     * credentials (staff and integrations; credentials that fail get 401 and file nothing).
     */
    public PublicIntakeLimits(SecurityProperties properties) {
        this(properties, request -> isWebFormSubmission(request) || isAnonymousFiling(request),
                properties.intakeRequestsPerMinute());
    }

    private static boolean isAnonymousFiling(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && "/api/requests".equals(DeskPaths.path(request))
                && request.getHeader("Authorization") == null;
    }

    public PublicIntakeLimits(SecurityProperties properties, Predicate<HttpServletRequest> counted, int perMinute) {
        this.properties = properties;
        this.counted = counted;
        this.perMinute = perMinute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = properties.maxBodySize().toBytes();
        if (request.getContentLengthLong() > limit) {
            tooLarge(response);
            return;
        }
        if (request.getContentLengthLong() < 0 && hasBody(request)) {
            // Chunked (no Content-Length): the bytes are counted as they are read, and the whole body is held
            // before anything parses it, so a long one is refused before a single field is looked at.
            if (isForm(request)) {
                // Tomcat parses form parameters from its own stream, past any wrapper: browsers send a length.
                StaffApiFilter.problem(response, 411, "Length Required", "A form must be sent with Content-Length.");
                return;
            }
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                tooLarge(response);
                return;
            }
            request = new BufferedBodyRequest(request, body);
        }
        boolean webForm = isWebFormSubmission(request);
        if (counted.test(request) && !bucket(ClientAddress.of(request)).tryConsume(1)) {
            response.setHeader("Retry-After", "60");
            if (webForm) {
                tooManyPage(response);
            } else {
                StaffApiFilter.problem(response, 429, "Too Many Requests",
                        "Too many requests from this address; try again in a minute.");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        StaffApiFilter.problem(response, 413, "Payload Too Large",
                "The body may be at most " + properties.maxBodySize().toKilobytes() + " KB.");
    }

    private static boolean hasBody(HttpServletRequest request) {
        String method = request.getMethod();
        return request.getHeader("Transfer-Encoding") != null
                && ("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method));
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/form-data"));
    }

    /** Only sending the form counts: showing it files nothing. */
    private static boolean isWebFormSubmission(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && "/privacy-request".equals(DeskPaths.path(request));
    }

    /** A person sent the form: a page they can read, in the form's languages (its body is not read here). */
    private static void tooManyPage(HttpServletResponse response) throws IOException {
        response.setStatus(429);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("""
                <!DOCTYPE html><html><head><meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1"><title>429</title></head>
                <body style="font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:1rem">
                <p lang="en">Too many requests were sent from your connection. Nothing was sent this time. Please go
                back and try again in a minute.</p>
                <p lang="pl">Z tego połączenia wysłano zbyt wiele żądań. Tym razem nic nie zostało wysłane. Prosimy
                wrócić i spróbować ponownie za minutę.</p>
                <p lang="de">Von Ihrer Verbindung wurden zu viele Anfragen gesendet. Diesmal wurde nichts gesendet.
                Bitte gehen Sie zurück und versuchen Sie es in einer Minute erneut.</p>
                <p lang="nl">Er zijn te veel verzoeken vanaf uw verbinding verzonden. Deze keer is er niets verzonden.
                Ga terug en probeer het over een minuut opnieuw.</p>
                <p lang="fr">Trop de demandes ont été envoyées depuis votre connexion. Rien n'a été envoyé cette fois-ci.
                Veuillez revenir en arrière et réessayer dans une minute.</p>
                </body></html>
                """);
    }

    private Bucket bucket(String address) {
        if (buckets.size() > 100_000) {
            buckets.clear(); // bounded memory under an address-spraying flood; limits restart, nothing is lost
        }
        return buckets.computeIfAbsent(address, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute)
                        .refillIntervally(perMinute, Duration.ofMinutes(1)).build())
                .build());
    }
}
