package com.privacydesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which Authentication-Results headers let the desk trust a sender, on samples as real servers write them. */
class AuthenticationResultsTest {

    static final String DESK = "mx.desk.test";
    static final String FROM = "Anna.Kowalska@Example.org";

    /** As Gmail writes it (folded, comments, a full address in smtp.mailfrom, header.i with "@"). */
    static final String GMAIL_STYLE = DESK + ";\r\n"
            + "       dkim=pass header.i=@example.org header.s=20230601 header.b=Ab1/+cD=;\r\n"
            + "       spf=pass (desk.test: domain of anna.kowalska@example.org designates 209.85.220.41 as permitted"
            + " sender) smtp.mailfrom=anna.kowalska@example.org;\r\n"
            + "       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.org";

    /** As rspamd writes it: a quoted local part inside a comment, arc=none, policy comment. */
    static final String RSPAMD_STYLE = DESK + ";\n\tdkim=pass header.d=example.org header.s=dkim header.b=kX3n9Qz1;\n"
            + "\tarc=none;\n\tspf=pass (" + DESK + ": domain of \"anna\"@example.org designates 192.0.2.1 as"
            + " permitted sender) smtp.mailfrom=anna@example.org;\n\tdmarc=pass (policy=reject) header.from=example.org";

    /** As Exchange Online writes it: no authserv-id at all, so it can never be the desk's. */
    static final String EXCHANGE_STYLE = "spf=pass (sender IP is 40.107.22.51) smtp.mailfrom=example.org; dkim=pass"
            + " (signature was verified) header.d=example.org;dmarc=pass action=none header.from=example.org;"
            + "compauth=pass reason=100";

    private static boolean trusted(String... headersTopFirst) {
        return AuthenticationResults.dmarcAuthenticatedSender(List.of(headersTopFirst), DESK, FROM).isPresent();
    }

    @Test
    void realServersDmarcPass_fromTheDesksServer_trusted() {
        assertThat(trusted(GMAIL_STYLE)).isTrue();
        assertThat(trusted(RSPAMD_STYLE)).isTrue();
        assertThat(trusted(DESK + "; dmarc=pass (p=reject dis=none) header.from=example.org")).isTrue(); // OpenDMARC
        assertThat(AuthenticationResults.dmarcAuthenticatedSender(List.of(GMAIL_STYLE), DESK, FROM))
                .contains(FROM);
    }

    @Test
    void versionQuotedIdSpacesAroundEqualsAndCase_areAllowed() {
        assertThat(trusted("\"" + DESK + "\" 1; dmarc = pass header.from = example.org")).isTrue();
        assertThat(trusted("MX.Desk.Test; DMARC=Pass header.From=Example.ORG.")).isTrue();
        assertThat(trusted(DESK + "; dmarc/1=pass header.from=\"example.org\";")).isTrue();
    }

    @Test
    void parse_readsMethodsResultsAndProperties_withoutComments() {
        AuthenticationResults.Header header = AuthenticationResults.parse(GMAIL_STYLE).orElseThrow();

        assertThat(header.authservId()).isEqualTo(DESK);
        assertThat(header.results()).extracting(AuthenticationResults.Result::method)
                .containsExactly("dkim", "spf", "dmarc");
        assertThat(header.results().get(0).properties()).containsEntry("header.b", "Ab1/+cD=")
                .containsEntry("header.i", "@example.org");
        assertThat(header.results().get(1).properties()).containsOnlyKeys("smtp.mailfrom");
        assertThat(header.results().get(2).result()).isEqualTo("pass");
        assertThat(header.results().get(2).properties()).containsExactlyEntriesOf(java.util.Map.of("header.from",
                "example.org"));
        assertThat(AuthenticationResults.parse(DESK + " 1; none").orElseThrow().results()).isEmpty();
    }

    @Test
    void forgedPassBelowTheDesksOwnHeader_isIgnored() {
        String desks = DESK + "; spf=softfail smtp.mailfrom=example.org; dmarc=fail (p=NONE) header.from=example.org";
        String forged = DESK + "; dkim=pass header.d=example.org; dmarc=pass header.from=example.org";

        assertThat(trusted(desks, forged)).isFalse();
        // The desk's header without any DMARC result does not let a forged one below speak either.
        assertThat(trusted(DESK + "; spf=pass smtp.mailfrom=example.org", forged)).isFalse();
        // Other servers' headers above the desk's (internal relays) do not matter.
        assertThat(trusted(EXCHANGE_STYLE, "relay.desk.test; dmarc=fail header.from=example.org", GMAIL_STYLE))
                .isTrue();
    }

    @Test
    void passFromAnotherServer_isNotTrusted() {
        assertThat(trusted("mx.forger.example; dmarc=pass header.from=example.org")).isFalse();
        assertThat(trusted(EXCHANGE_STYLE)).isFalse();
        // An id that merely contains the desk's is another id.
        assertThat(trusted("evil." + DESK + "; dmarc=pass header.from=example.org")).isFalse();
        assertThat(trusted(DESK + ".evil.example; dmarc=pass header.from=example.org")).isFalse();
    }

    @Test
    void passForAnotherDomainOrWithoutIt_isNotTrusted() {
        assertThat(trusted(DESK + "; dmarc=pass header.from=attacker.example")).isFalse();
        assertThat(trusted(DESK + "; dmarc=pass header.from=mail.example.org")).isFalse();
        assertThat(trusted(DESK + "; dmarc=pass")).isFalse();
        assertThat(trusted(DESK + "; dkim=pass header.d=example.org; spf=pass smtp.mailfrom=example.org")).isFalse();
        assertThat(trusted(DESK + "; dmarc=pass header.from=example.org; dmarc=fail header.from=example.org"))
                .isFalse();
        assertThat(trusted(DESK + "; dmarc=bestguesspass header.from=example.org")).isFalse();
    }

    @Test
    void malformedDeskHeader_trustsNothing_notEvenAPassBelowIt() {
        String below = DESK + "; dmarc=pass header.from=example.org";

        assertThat(trusted(DESK + "; dmarc=pass (unclosed comment header.from=example.org", below)).isFalse();
        assertThat(trusted(DESK + "; dmarc=pass header.from=\"example.org", below)).isFalse();
        assertThat(trusted(DESK + "; =pass header.from=example.org", below)).isFalse();
        assertThat(trusted(DESK + " extra words; dmarc=pass header.from=example.org", below)).isFalse();
    }

    @Test
    void withoutATrustedIdOrAddress_nothingIsTrusted() {
        assertThat(AuthenticationResults.dmarcAuthenticatedSender(List.of(GMAIL_STYLE), null, FROM)).isEmpty();
        assertThat(AuthenticationResults.dmarcAuthenticatedSender(List.of(GMAIL_STYLE), " ", FROM)).isEmpty();
        assertThat(AuthenticationResults.dmarcAuthenticatedSender(List.of(GMAIL_STYLE), DESK, null)).isEmpty();
        assertThat(AuthenticationResults.dmarcAuthenticatedSender(List.of(GMAIL_STYLE), DESK, "no-domain@")).isEmpty();
        assertThat(AuthenticationResults.dmarcAuthenticatedSender(List.of(), DESK, FROM)).isEmpty();
    }
}
