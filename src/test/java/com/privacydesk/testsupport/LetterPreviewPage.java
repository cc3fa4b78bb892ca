package com.privacydesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** Reads the letter preview page ({@code /cases/{c}/letter-preview}) as a handler sees it. */
public final class LetterPreviewPage {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([A-Za-z0-9_-]+)\"");

    private LetterPreviewPage() {
    }

    /** The letter as text, exactly as it would be sent (the page escapes it). */
    public static String letter(String page) {
        int start = page.indexOf("<pre id=\"letter\">");
        assertThat(start).as("the page shows a letter: " + page).isNotNegative();
        return HtmlUtils.htmlUnescape(page.substring(start + "<pre id=\"letter\">".length(), page.indexOf("</pre>", start)));
    }

    /** The page's anti-forgery token, which a POST of the handler's words must repeat. */
    public static String token(String page) {
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).as("the preview page carries its token").isTrue();
        return token.group(1);
    }
}
