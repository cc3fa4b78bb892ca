package com.privacydesk.packages;

import static com.privacydesk.testsupport.EmbeddedPostgresSupport.customerId;
import static com.privacydesk.testsupport.EmbeddedPostgresSupport.rolledBack;
import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.deadline.DeadlineProperties;
import com.privacydesk.request.Right;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The links' SQL on PostgreSQL, what the download log keeps of a client address, and what is stored for a token. */
class PackageLinksTest {

    static final Instant WRITTEN = Instant.parse("2025-03-10T22:30:00Z");
    static final DeadlineCalculator CALENDAR = new DeadlineCalculator(new DeadlineProperties("PL",
            ZoneId.of("Europe/Warsaw"), Duration.ofDays(7), com.privacydesk.deadline.IdentityClarification.SUSPEND,
            Period.ofMonths(1), Period.ofDays(14)));

    static PackageLinks links(NamedParameterJdbcTemplate jdbc, Instant now) {
        return new PackageLinks(jdbc.getJdbcTemplate(), new PackageStore(jdbc),
                new com.privacydesk.request.RequestRepository(jdbc.getJdbcTemplate()), CALENDAR,
                new PackageLinkProperties(Duration.ofDays(30)), Clock.fixed(now, ZoneOffset.UTC),
                "https://privacy.example.com/");
    }

    @Test
    void issuedOnPostgres_resolvedByHash_loggedAsNetwork_expiredAtTheEndOfTheLastDay_revokedByErasure() {
        rolledBack(jdbc -> {
            SubjectPackagesTest.request(jdbc, "DSR-L-1", "en");
            long customer = customerId(jdbc, "C-100001");
            jdbc.update("UPDATE dsr_request SET data_subject_id = :id WHERE case_number = 'DSR-L-1'", Map.of("id", customer));
            SubjectPackagesTest.packages(jdbc).prepare("DSR-L-1", 1, customer, List.of(Right.ACCESS));
            jdbc.update("INSERT INTO correspondence (case_number, direction, kind, channel, occurred_at, body,"
                    + " delivery_state) VALUES ('DSR-L-1', 'OUT', 'ANSWER', 'EMAIL', :at, 'x', 'QUEUED')",
                    Map.of("at", java.sql.Timestamp.from(WRITTEN)));
            long letter = jdbc.queryForObject("SELECT MAX(id) FROM correspondence", Map.of(), Long.class);
            PackageLinks links = links(jdbc, WRITTEN);
            List<PackageLinks.PendingLink> pending = links.pending("DSR-L-1", links.stored("DSR-L-1", 1));
            assertThat(links.stored("DSR-L-1", 1)).isEqualTo(PackageKind.forRights(List.of(Right.ACCESS)));
            String body = pending.stream().map(PackageLinks.PendingLink::url).reduce("", (a, b) -> a + b + "\n")
                    + "Dear [download-link:PORTABILITY_ZIP]";

            String sent = links.issue(letter, "DSR-L-1", "ANSWER", body);

            assertThat(pending).extracting(PackageLinks.PendingLink::url).containsExactly(
                    "https://privacy.example.com/download/[download-link:ACCESS_HTML]",
                    "https://privacy.example.com/download/[download-link:ACCESS_JSON]");
            Matcher tokens = Pattern.compile("/download/([A-Za-z0-9_-]{43})").matcher(sent);
            assertThat(tokens.find()).isTrue();
            String token = tokens.group(1);
            assertThat(links.issue(letter, "DSR-L-1", "EXTENSION_NOTICE", body)).as("not an answer").isEqualTo(body);
            assertThat(sent).as("a file the answer does not carry stays text").endsWith("Dear [download-link:PORTABILITY_ZIP]");
            // Written 23:30 in Warsaw on 10 March; 30 days on it is 00:30 on 10 April (summer time), the last day
            // the letter names: the link works until midnight Warsaw time that day.
            assertThat(links.validUntil(WRITTEN)).isEqualTo(LocalDate.of(2025, 4, 10));
            PackageLinks.Resolution found = links(jdbc, Instant.parse("2025-04-10T21:59:59Z")).resolve(token);
            assertThat(found.outcome()).isEqualTo(PackageLinks.Outcome.FOUND);
            assertThat(found.pkg().kind()).isEqualTo(PackageKind.ACCESS_HTML);
            assertThat(links(jdbc, Instant.parse("2025-04-10T22:00:00Z")).resolve(token).outcome())
                    .isEqualTo(PackageLinks.Outcome.EXPIRED);
            assertThat(links.resolve(token.substring(1) + "A").outcome()).isEqualTo(PackageLinks.Outcome.UNKNOWN);

            links.logDownload(found.pkg(), PackageLinks.Via.LINK, PackageLinks.REQUESTER_LINK, "203.0.113.77");
            assertThat(links.downloads("DSR-L-1")).singleElement().satisfies(d -> {
                assertThat(d.by()).isEqualTo("requester link");
                assertThat(d.clientNetwork()).isEqualTo("203.0.113.0/24");
            });
            assertThat(links.issued("DSR-L-1")).hasSize(2).allSatisfy(l -> assertThat(l.letterId()).isEqualTo(letter));

            SubjectPackagesTest.request(jdbc, "DSR-L-2", "en");
            jdbc.update("UPDATE dsr_request SET data_subject_id = :id WHERE case_number = 'DSR-L-2'", Map.of("id", customer));
            assertThat(links.revokeOtherCasesOf(customer, "DSR-L-2")).isEqualTo(2);
            assertThat(links.resolve(token).outcome()).isEqualTo(PackageLinks.Outcome.EXPIRED);
        });
    }

    @Test
    void clientAddressIsCutToItsNetwork() {
        assertThat(PackageLinks.network("203.0.113.77")).isEqualTo("203.0.113.0/24");
        assertThat(PackageLinks.network("2001:db8:abcd:12:34:56:78:9a")).isEqualTo("2001:db8:abcd::/48");
        assertThat(PackageLinks.network("[2001:db8:abcd:12::1]")).isEqualTo("2001:db8:abcd::/48");
        assertThat(PackageLinks.network("::ffff:198.51.100.9")).isEqualTo("198.51.100.0/24");
    }

    @Test
    void anythingButAnAddressLiteralIsDropped_neverResolved() {
        assertThat(PackageLinks.network(null)).isNull();
        assertThat(PackageLinks.network("attacker.example")).isNull();
        assertThat(PackageLinks.network("1.2.3")).isNull();
        assertThat(PackageLinks.network("999.1.1.1")).isNull();
    }

    @Test
    void theStoredHashIsSha256OfTheToken_notTheToken() {
        String token = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        assertThat(PackageLinks.hash(token)).hasSize(64).isNotEqualTo(token).doesNotContain(token)
                .isEqualTo(PackageStore.sha256(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }
}
