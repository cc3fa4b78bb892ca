package com.privacydesk.intake.webform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF protection of the web form without a session (showing the form must cost the server nothing it keeps): a
 * random secret in an HttpOnly, SameSite cookie, repeated in the form (double submit; another site can neither read
 * the cookie nor send it). Each rendering of the form also gets a form token, signed with that secret, that carries
 * the time the form (and its information clause) was shown; the idempotency key is derived from it, so a double
 * click files one case.
 */
final class WebFormTokens {

    static final String COOKIE = "privacy-request-token";
    /** 32 random bytes, base64url without padding. */
    private static final java.util.regex.Pattern SECRET = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private WebFormTokens() {
    }

    /** A verified form token: its nonce and when the form was shown. */
    record FormToken(String value, Instant renderedAt) {

        /** Per browser and rendering; the cookie's secret keeps another browser from reaching this case. */
        String idempotencyKey(String secret) {
            return "web-form:" + HexFormat.of().formatHex(hmac(secret, "idempotency:" + value));
        }
    }

    /** The browser's secret from its cookie, or a new one set in a cookie with this response. */
    static String csrfToken(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> existing = cookie(request);
        if (existing.isPresent()) {
            return existing.get();
        }
        String secret = random(32);
        ResponseCookie cookie = ResponseCookie.from(COOKIE, secret).httpOnly(true).secure(request.isSecure())
                .sameSite("Lax").path("/privacy-request").build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        return secret;
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(cookie -> COOKIE.equals(cookie.getName())).map(Cookie::getValue)
                .filter(value -> value != null && SECRET.matcher(value).matches()).findFirst();
    }

    static String newFormToken(String secret, Instant renderedAt) {
        String payload = random(16) + "." + renderedAt.toEpochMilli();
        return payload + "." + BASE64.encodeToString(hmac(secret, payload));
    }

    /** True only for the token of this browser's cookie, compared in constant time. */
    static boolean validCsrf(HttpServletRequest request, String submitted) {
        String secret = cookie(request).orElse(null);
        return secret != null && submitted != null && MessageDigest.isEqual(
                secret.getBytes(StandardCharsets.US_ASCII), submitted.getBytes(StandardCharsets.UTF_8));
    }

    /** The form token if this session signed it and its time is not in the future. */
    static Optional<FormToken> verify(String secret, String token, Instant now) {
        if (secret == null || token == null || token.length() > 200) {
            return Optional.empty();
        }
        int signature = token.lastIndexOf('.');
        int time = signature < 1 ? -1 : token.lastIndexOf('.', signature - 1);
        if (time < 1) {
            return Optional.empty();
        }
        String payload = token.substring(0, signature);
        byte[] expected = BASE64.encode(hmac(secret, payload));
        if (!MessageDigest.isEqual(expected, token.substring(signature + 1).getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        try {
            Instant renderedAt = Instant.ofEpochMilli(Long.parseLong(token.substring(time + 1, signature)));
            return renderedAt.isAfter(now) ? Optional.empty() : Optional.of(new FormToken(payload, renderedAt));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static byte[] hmac(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return BASE64.encodeToString(value);
    }
}
