package com.privacydesk.intake.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code Authentication-Results} headers (RFC 8601) to decide whether the desk may trust a message's From
 * address. Anyone can write such a header into a message, so only the topmost one carrying the authserv-id of the
 * desk's own receiving server counts (that server adds its header above everything the sender wrote); every other
 * one is ignored, whatever it claims.
 */
final class AuthenticationResults {

    /** One "method=result" statement with its properties, e.g. dmarc=pass header.from=example.org. */
    record Result(String method, String result, Map<String, String> properties) {
    }

    /** One header: who wrote it and what it found. */
    record Header(String authservId, List<Result> results) {
    }

    private AuthenticationResults() {
    }

    /**
     * The From address, when the topmost header of the trusted server says the message passed DMARC for the From
     * address's domain. Empty without a trusted id, without such a header, or when anything in it is unclear.
     *
     * @param headersTopFirst the message's Authentication-Results values in header order (topmost first)
     */
    static Optional<String> dmarcAuthenticatedSender(List<String> headersTopFirst, String trustedAuthservId,
            String fromAddress) {
        if (trustedAuthservId == null || trustedAuthservId.isBlank() || fromAddress == null
                || headersTopFirst == null) {
            return Optional.empty();
        }
        int at = fromAddress.lastIndexOf('@');
        if (at < 1 || at == fromAddress.length() - 1) {
            return Optional.empty();
        }
        String fromDomain = domain(fromAddress.substring(at + 1));
        for (String value : headersTopFirst) {
            Optional<String> id = authservId(value);
            if (id.isEmpty() || !id.get().equalsIgnoreCase(trustedAuthservId.trim())) {
                continue;
            }
            // The first header with the trusted id is the desk server's own: it alone decides.
            Optional<Header> header = parse(value);
            if (header.isEmpty()) {
                return Optional.empty();
            }
            List<Result> dmarc = header.get().results().stream().filter(r -> r.method().equals("dmarc")).toList();
            boolean allPass = !dmarc.isEmpty() && dmarc.stream().allMatch(r -> r.result().equals("pass"));
            boolean aligned = dmarc.stream().anyMatch(r -> fromDomain.equals(headerFromDomain(r)));
            return allPass && aligned ? Optional.of(fromAddress) : Optional.empty();
        }
        return Optional.empty();
    }

    private static String headerFromDomain(Result result) {
        String value = result.properties().get("header.from");
        if (value == null) {
            return null;
        }
        // Some servers write the whole address; the domain is what DMARC aligned.
        return domain(value.substring(value.lastIndexOf('@') + 1));
    }

    private static String domain(String value) {
        String d = value.trim().toLowerCase(Locale.ROOT);
        return d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
    }

    /**
     * The authserv-id alone, read even when the rest of the header is malformed (so that a broken header of the
     * desk's own server still stops the search); empty when there is none.
     */
    static Optional<String> authservId(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int i = 0;
        int depth = 0;
        // leading folding white space and comments
        while (i < value.length()) {
            char c = value.charAt(i);
            if (depth > 0) {
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            } else if (c == '(') {
                depth = 1;
            } else if (!Character.isWhitespace(c)) {
                break;
            }
            i++;
        }
        if (i >= value.length()) {
            return Optional.empty();
        }
        StringBuilder id = new StringBuilder();
        if (value.charAt(i) == '"') {
            for (i++; i < value.length() && value.charAt(i) != '"'; i++) {
                if (value.charAt(i) == '\\' && i + 1 < value.length()) {
                    i++;
                }
                id.append(value.charAt(i));
            }
        } else {
            for (; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isWhitespace(c) || c == ';' || c == '(') {
                    break;
                }
                id.append(c);
            }
        }
        return id.isEmpty() ? Optional.empty() : Optional.of(id.toString());
    }

    /**
     * Parses one header value. Comments, folding and spaces around "=" are allowed everywhere; "none" means no
     * result. Empty when the value does not follow the grammar (an unclosed comment or quote, a result without
     * "=").
     */
    static Optional<Header> parse(String value) {
        List<String> parts = statements(value);
        if (parts == null || parts.isEmpty()) {
            return Optional.empty();
        }
        List<String> head = words(parts.get(0));
        // authserv-id, optionally followed by a version number
        if (head == null || head.isEmpty() || head.size() > 2 || head.size() == 2 && !head.get(1).matches("\\d+")) {
            return Optional.empty();
        }
        List<Result> results = new ArrayList<>();
        for (int i = 1; i < parts.size(); i++) {
            List<String> words = words(parts.get(i));
            if (words == null) {
                return Optional.empty();
            }
            if (words.isEmpty()) {
                continue; // a trailing ";"
            }
            if (words.size() == 1 && words.get(0).equalsIgnoreCase("none")) {
                continue;
            }
            String[] methodAndResult = words.get(0).split("=", 2);
            if (methodAndResult.length != 2 || methodAndResult[0].isEmpty() || methodAndResult[1].isEmpty()) {
                return Optional.empty();
            }
            String method = methodAndResult[0].toLowerCase(Locale.ROOT);
            int slash = method.indexOf('/');
            if (slash >= 0) {
                method = method.substring(0, slash); // method version
            }
            Map<String, String> properties = new LinkedHashMap<>();
            for (String word : words.subList(1, words.size())) {
                String[] property = word.split("=", 2);
                if (property.length != 2 || property[0].isEmpty()) {
                    return Optional.empty();
                }
                properties.putIfAbsent(property[0].toLowerCase(Locale.ROOT), unquote(property[1]));
            }
            results.add(new Result(method, unquote(methodAndResult[1]).toLowerCase(Locale.ROOT), properties));
        }
        return Optional.of(new Header(unquote(head.get(0)), List.copyOf(results)));
    }

    /**
     * The value without comments, unfolded, split at the ";" outside quoted strings; null when a comment or a
     * quoted string is not closed.
     */
    private static List<String> statements(String value) {
        if (value == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && (quoted || depth > 0) && i + 1 < value.length()) {
                if (depth == 0) {
                    current.append(c).append(value.charAt(i + 1));
                }
                i++;
            } else if (depth > 0) {
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                    if (depth == 0) {
                        current.append(' ');
                    }
                }
            } else if (quoted) {
                current.append(c);
                if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
                current.append(c);
            } else if (c == '(') {
                depth = 1;
            } else if (c == ';') {
                parts.add(current.toString());
                current.setLength(0);
            } else if (c == '\r' || c == '\n' || c == '\t') {
                current.append(' ');
            } else {
                current.append(c);
            }
        }
        if (depth > 0 || quoted) {
            return null;
        }
        parts.add(current.toString());
        return parts;
    }

    /** The words of a statement, "a = b" read as "a=b". */
    private static List<String> words(String statement) {
        List<String> raw = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < statement.length(); i++) {
            char c = statement.charAt(i);
            if (quoted) {
                word.append(c);
                if (c == '\\' && i + 1 < statement.length()) {
                    word.append(statement.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
                word.append(c);
            } else if (c == ' ') {
                if (!word.isEmpty()) {
                    raw.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            raw.add(word.toString());
        }
        // Glue "a", "=", "b" / "a=", "b" / "a", "=b" back together; a value may itself end in "=" (base64).
        List<String> words = new ArrayList<>();
        for (String w : raw) {
            if (!words.isEmpty()) {
                String previous = words.get(words.size() - 1);
                boolean open = !previous.startsWith("\"") && previous.indexOf('=') == previous.length() - 1;
                boolean bare = !previous.startsWith("\"") && previous.indexOf('=') < 0;
                if (open || bare && w.startsWith("=")) {
                    words.set(words.size() - 1, previous + w);
                    continue;
                }
            }
            words.add(w);
        }
        return words;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return value;
    }
}
