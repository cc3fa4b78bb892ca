package com.privacydesk.correspondence;

import static com.privacydesk.testsupport.EmbeddedPostgresSupport.rolledBack;
import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.intake.IntakeService;
import com.privacydesk.request.Channel;
import com.privacydesk.stafflanguage.StaffLanguage;
import com.privacydesk.stafflanguage.StaffLanguageProperties;
import com.privacydesk.stafflanguage.StaffTexts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The correspondence summary the forms show: words in the staff language, never the codes of the log. */
class CorrespondenceSummaryTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:15:00Z");
    private static final String CASE = "DSR-T-CORR-SUM";

    @Test
    void summary_namesDirectionKindChannelAndStateInTheStaffLanguage() {
        rolledBack(jdbc -> {
            jdbc.update("INSERT INTO dsr_request (case_number, channel, rights, language, received_at, deadline,"
                    + " created_at) VALUES (:c, 'EMAIL', 'ACCESS', 'pl', CURRENT_TIMESTAMP, CURRENT_DATE,"
                    + " CURRENT_TIMESTAMP)", Map.of("c", CASE));
            CorrespondenceLog log = new CorrespondenceLog(jdbc.getJdbcTemplate(), Clock.fixed(AT, ZoneOffset.UTC));
            log.recordIncoming(CASE, IntakeService.KIND_REQUEST, Channel.EMAIL, AT, "(body)");
            log.recordOutgoing(CASE, LetterKind.ACKNOWLEDGEMENT.name(), Channel.EMAIL, null, "(subject)", "(body)");

            String polish = log.summary(CASE, new StaffTexts(new StaffLanguageProperties(StaffLanguage.PL)));
            String english = log.summary(CASE);

            assertThat(polish.lines()).hasSize(2);
            assertThat(polish).contains("przychodząca  żądanie (e-mail, otrzymano)",
                    "wychodząca  potwierdzenie otrzymania (e-mail, do wysłania pocztą)")
                    .doesNotContain("REQUEST", "ACKNOWLEDGEMENT", "EMAIL", "TO_POST", "(body)", "(subject)");
            assertThat(english).contains("in  request (e-mail, received)",
                    "out  acknowledgement of receipt (e-mail, to post)");
        });
    }
}
