package com.privacydesk.packages;

import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.request.RequestRepository;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requester's download links to the packages of an answer. A letter is written with a placeholder per file;
 * the token is drawn only when the letter leaves (in the transaction that claims it for sending), and only its
 * SHA-256 is stored: the token exists in the e-mail and nowhere in the desk, not even in the letter's record.
 * Links work for every download until they expire (mail scanners open links too, so a single-use link would be
 * spent before the requester clicks) and are revoked when a newer answer round is sent or when the customer's
 * data is erased in another case.
 */
@Service
public class PackageLinks {

    /** Who downloaded through a link, in the download log: the requester (or whoever holds the e-mail). */
    public static final String REQUESTER_LINK = "requester link";
    public static final String PATH = "/download/";

    private static final String PLACEHOLDER_START = "[download-link:";
    private static final Pattern PLACEHOLDER = Pattern.compile(Pattern.quote(PLACEHOLDER_START) + "("
            + Arrays.stream(PackageKind.values()).map(Enum::name).collect(Collectors.joining("|")) + ")\\]");
    /** The letters that carry the answer's files; any other letter gets no link, whatever its text says. */
    private static final Set<String> ANSWER_KINDS = Set.of("ANSWER", "PARTIAL_REFUSAL", "FURTHER_ANSWER");
    /** 32 random bytes in URL-safe Base64 without padding: 256 bits. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** LINK: the requester's link; STAFF: a stored package; PREVIEW: a package or letter shown before it exists. */
    public enum Via { LINK, STAFF, PREVIEW }

    public enum Outcome { FOUND, UNKNOWN, EXPIRED }

    /** What a presented token opens: the package when it is valid. */
    public record Resolution(Outcome outcome, StoredPackage pkg) {
    }

    /** One file the letter offers for download: placeholder URL until the letter leaves. */
    public record PendingLink(PackageKind kind, String fileName, String url) {
    }

    public record Download(Instant time, int round, String kind, String by, String via, String clientNetwork) {
    }

    private final JdbcTemplate jdbc;
    private final PackageStore store;
    private final RequestRepository requests;
    private final DeadlineCalculator calendar;
    private final PackageLinkProperties properties;
    private final Clock clock;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    public PackageLinks(JdbcTemplate jdbc, PackageStore store, RequestRepository requests, DeadlineCalculator calendar,
            PackageLinkProperties properties, Clock clock,
            @Value("${privacy-desk.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.jdbc = jdbc;
        this.store = store;
        this.requests = requests;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
        this.baseUrl = baseUrl(publicBaseUrl);
    }

    /** The files stored for the answer round. */
    public List<PackageKind> stored(String caseNumber, int round) {
        return store.kinds(caseNumber, round);
    }

    /** The files, each with its placeholder link, for the letter being written now. */
    public List<PendingLink> pending(String caseNumber, List<PackageKind> files) {
        return files.stream()
                .map(kind -> new PendingLink(kind, kind.fileName(caseNumber), baseUrl + PATH + PLACEHOLDER_START
                        + kind.name() + "]"))
                .toList();
    }

    /** The last day a link of a letter written at that moment works, in the controller's zone. */
    public LocalDate validUntil(Instant writtenAt) {
        return calendar.dateOf(writtenAt.plus(properties.linkValidity()));
    }

    /**
     * The letter's body with a fresh token in place of each placeholder of a file of the case's latest answer
     * round (the files that travel with the letter); the tokens' hashes are stored in the caller's transaction.
     * Links of earlier rounds are revoked: the newer answer replaces them.
     */
    @Transactional
    public String issue(long letterId, String caseNumber, String letterKind, String body) {
        Matcher placeholders = PLACEHOLDER.matcher(body);
        if (!ANSWER_KINDS.contains(letterKind) || !placeholders.find()) {
            return body;
        }
        Integer round = jdbc.queryForObject("SELECT MAX(answer_round) FROM subject_package WHERE case_number = ?",
                Integer.class, caseNumber);
        if (round == null) {
            return body;
        }
        List<PackageKind> kinds = store.kinds(caseNumber, round);
        Instant writtenAt = jdbc.queryForObject("SELECT occurred_at FROM correspondence WHERE id = ?",
                Timestamp.class, letterId).toInstant();
        Instant expiresAt = validUntil(writtenAt).plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        Instant now = clock.instant();
        jdbc.update("UPDATE package_link SET revoked_at = ?, revoked_reason = 'NEWER_ROUND' WHERE case_number = ?"
                + " AND answer_round < ? AND revoked_at IS NULL", Timestamp.from(now), caseNumber, round);
        Map<PackageKind, String> tokens = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        placeholders.reset();
        while (placeholders.find()) {
            PackageKind kind = PackageKind.valueOf(placeholders.group(1));
            // Only files of this answer: the same text elsewhere (say, in a name the requester typed) stays text.
            String replacement = !kinds.contains(kind) ? placeholders.group()
                    : tokens.computeIfAbsent(kind, k -> newToken(letterId, caseNumber, round, k, now, expiresAt));
            placeholders.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        placeholders.appendTail(out);
        return out.toString();
    }

    /** The links drawn for a letter the mail server then refused: that attempt's tokens never left. */
    @Transactional
    public void revokeUnsent(long letterId) {
        jdbc.update("UPDATE package_link SET revoked_at = ?, revoked_reason = 'NOT_SENT' WHERE letter_id = ?"
                + " AND revoked_at IS NULL", Timestamp.from(clock.instant()), letterId);
    }

    private String newToken(long letterId, String caseNumber, int round, PackageKind kind, Instant now,
            Instant expiresAt) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("INSERT INTO package_link (token_hash, case_number, answer_round, kind, letter_id, created_at,"
                + " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)", hash(token), caseNumber, round, kind.name(), letterId,
                Timestamp.from(now), Timestamp.from(expiresAt));
        return token;
    }

    /**
     * What a token opens. Looked up by its hash only, so the database compares hashes and never sees a token;
     * anything not shaped like a token is unknown without a query.
     */
    public Resolution resolve(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return new Resolution(Outcome.UNKNOWN, null);
        }
        String hash = hash(token);
        record Row(String hash, String caseNumber, int round, PackageKind kind, Instant expiresAt, boolean revoked) {
        }
        Optional<Row> row = jdbc.query("SELECT token_hash, case_number, answer_round, kind, expires_at, revoked_at"
                        + " FROM package_link WHERE token_hash = ?",
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getInt(3), PackageKind.valueOf(rs.getString(4)),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) != null), hash).stream().findFirst();
        if (row.isEmpty() || !MessageDigest.isEqual(row.get().hash().getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII))) {
            return new Resolution(Outcome.UNKNOWN, null);
        }
        if (row.get().revoked() || !clock.instant().isBefore(row.get().expiresAt())) {
            return new Resolution(Outcome.EXPIRED, null);
        }
        return store.find(row.get().caseNumber(), row.get().round(), row.get().kind())
                .map(p -> new Resolution(Outcome.FOUND, p))
                .orElseGet(() -> new Resolution(Outcome.UNKNOWN, null));
    }

    /** Records a download; the client address is kept as its network only ({@link #network}). */
    public void logDownload(StoredPackage pkg, Via via, String by, String clientAddress) {
        jdbc.update("INSERT INTO package_download (case_number, answer_round, kind, downloaded_at, downloaded_by, via,"
                        + " client_network) VALUES (?, ?, ?, ?, ?, ?, ?)", pkg.caseNumber(), pkg.round(),
                pkg.kind().name(), Timestamp.from(clock.instant()), by, via.name(), network(clientAddress));
    }

    /**
     * Records that a member of staff saw a preview (a package built from the data as it stands, or a letter): it shows
     * the customer's data as a download does, so it is logged as one, with via PREVIEW.
     */
    public void logPreview(String caseNumber, int round, String kind, String by, String clientAddress) {
        jdbc.update("INSERT INTO package_download (case_number, answer_round, kind, downloaded_at, downloaded_by, via,"
                        + " client_network) VALUES (?, ?, ?, ?, ?, ?, ?)", caseNumber, round, kind,
                Timestamp.from(clock.instant()), by, Via.PREVIEW.name(), network(clientAddress));
    }

    /** A link as the audit shows it: what it opens and how long, never its hash. */
    public record IssuedLink(int round, String kind, Long letterId, Instant issuedAt, Instant expiresAt,
                             Instant revokedAt, String revokedReason) {
    }

    public List<IssuedLink> issued(String caseNumber) {
        return jdbc.query("SELECT answer_round, kind, letter_id, created_at, expires_at, revoked_at, revoked_reason"
                        + " FROM package_link WHERE case_number = ? ORDER BY created_at, answer_round, kind",
                (rs, i) -> new IssuedLink(rs.getInt(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getString(7)),
                caseNumber);
    }

    public List<Download> downloads(String caseNumber) {
        return jdbc.query("SELECT downloaded_at, answer_round, kind, downloaded_by, via, client_network"
                        + " FROM package_download WHERE case_number = ? ORDER BY downloaded_at, id",
                (rs, i) -> new Download(rs.getTimestamp(1).toInstant(), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)), caseNumber);
    }

    /**
     * After the customer's data was erased, their copies from other cases are no longer offered: the links of
     * every other case of the same data subject are revoked. Returns how many links were revoked.
     */
    @Transactional
    public int revokeOtherCasesOf(long dataSubjectId, String erasingCase) {
        Timestamp now = Timestamp.from(clock.instant());
        int revoked = 0;
        for (String caseNumber : requests.caseNumbersOfSubject(dataSubjectId)) {
            if (!caseNumber.equals(erasingCase)) {
                revoked += jdbc.update("UPDATE package_link SET revoked_at = ?, revoked_reason = 'ERASED'"
                        + " WHERE revoked_at IS NULL AND case_number = ?", now, caseNumber);
            }
        }
        return revoked;
    }

    static String hash(String token) {
        return PackageStore.sha256(token.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A client address cut to its network, IPv4 /24 and IPv6 /48: "203.0.113.0/24". A hash would not protect an
     * IPv4 address (there are only 2^32 of them to try); truncation does. Anything not an address literal is
     * dropped, and no name is ever resolved.
     */
    static String network(String address) {
        if (address == null) {
            return null;
        }
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        try {
            if (literal.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
                // Parsed by hand: InetAddress would look up anything that is not a valid literal in the DNS.
                String[] parts = literal.split("\\.");
                for (String part : parts) {
                    if (Integer.parseInt(part) > 255) {
                        return null;
                    }
                }
                return Integer.parseInt(parts[0]) + "." + Integer.parseInt(parts[1]) + "."
                        + Integer.parseInt(parts[2]) + ".0/24";
            }
            if (literal.matches("[0-9A-Fa-f:.]+(%\\w+)?") && literal.contains(":")) {
                // With a colon, InetAddress parses an IPv6 literal or fails; it never asks the DNS.
                byte[] bytes = java.net.InetAddress.getByName(literal.replaceAll("%.*", "")).getAddress();
                if (bytes.length == 4) {
                    return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24";
                }
                Arrays.fill(bytes, 6, bytes.length, (byte) 0);
                return java.net.InetAddress.getByAddress(bytes).getHostAddress().replaceAll("(:0)+$", "::") + "/48";
            }
        } catch (java.net.UnknownHostException e) {
            return null;
        }
        return null;
    }

    private static String baseUrl(String configured) {
        URI uri = URI.create(configured.strip());
        if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("privacy-desk.public-base-url must be an absolute http(s) address,"
                    + " as the requester reaches the desk");
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
