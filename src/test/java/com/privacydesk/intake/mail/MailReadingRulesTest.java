package com.privacydesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** How the mailbox reads what strangers send: case numbers of any length, HTML by a parser within a limit. */
class MailReadingRulesTest {

    @Test
    void caseNumberOfSevenDigits_isReadWhole() {
        Matcher found = MailIntake.CASE_NUMBER.matcher("Re: your request DSR-2026-1000000 was received");

        assertThat(found.find()).isTrue();
        assertThat(found.group()).isEqualTo("DSR-2026-1000000");
    }

    @Test
    void html_isReducedToItsText_withLineBreaksAndEntities() {
        String text = MailReader.htmlToText("""
                <html><head><title>t</title><style>p{}</style></head><body><p>Dear desk,</p>
                <div>my number is&nbsp;12&#51;45 &amp; <b>please</b> hurry<br>Thanks</div>
                <script>alert(1)</script></body></html>""");

        assertThat(text).isEqualTo("Dear desk,\n\nmy number is 12345 & please hurry\nThanks");
    }

    /** Unclosed tags made the old regular expressions backtrack for minutes on one mail, at every poll. */
    @Test
    void hostileHtml_isReadInLinearTime() {
        String hostile = "<style ".repeat(30_000) + "<head " .repeat(30_000);

        String text = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> MailReader.htmlToText(hostile));

        assertThat(text).doesNotContain("<style");
    }

    @Test
    void htmlOverTheLimit_isNotParsedAtAll() {
        String huge = "<p>" + "x".repeat(5 * MailReader.TEXT_LIMIT) + "</p>";

        assertThatThrownBy(() -> MailReader.htmlToText(huge)).isInstanceOf(IllegalStateException.class);
    }
}
