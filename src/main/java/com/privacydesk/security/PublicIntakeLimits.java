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
 * Hostile input at the door: bodies larger than the limit are refused (413) before they are read, and each
 * client address may file a bounded number of new requests per minute (429 with Retry-After). A second instance
 * guards the requesters' download links, with its own count per address.
 */
public class PublicIntakeLimits extends OncePerRequestFilter {

    private final SecurityProperties properties;
    private final Predicate<HttpServletRequest> counted;
    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** The desk's API: the public requests are counted. */
    public PublicIntakeLimits(SecurityProperties properties) {
        this(properties, StaffApiFilter::isPublic, properties.intakeRequestsPerMinute());
    }

    public PublicIntakeLimits(SecurityProperties properties, Predicate<HttpServletRequest> counted, int perMinute) {
        this.properties = properties;
        this.counted = counted;
        this.perMinute = perMinute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > properties.maxBodySize().toBytes()) {
            StaffApiFilter.problem(response, 413, "Payload Too Large",
                    "The body may be at most " + properties.maxBodySize().toKilobytes() + " KB.");
            return;
        }
        if (counted.test(request) && !bucket(request.getRemoteAddr()).tryConsume(1)) {
            response.setHeader("Retry-After", "60");
            StaffApiFilter.problem(response, 429, "Too Many Requests",
                    "Too many requests from this address; try again in a minute.");
            return;
        }
        chain.doFilter(request, response);
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
