package com.privacydesk.intake;

import com.privacydesk.request.Language;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a MIME message into an {@link InboundMail}: plain text only. HTML is reduced to its text (it is shown to
 * agents as text, never rendered); attachments are not read (the message stays in the mailbox with them).
 */
final class MailReader {

    /** The correspondence log holds 200,000 characters; a longer message is left for a person. */
    static final int TEXT_LIMIT = 200_000;

    private static final Pattern SCRIPTS = Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1\\s*>");
    private static final Pattern BREAKS = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/tr|/h[1-6])\\b[^>]*>");
    private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    /** The message cannot be read; the reason names no content. */
    static final class UnreadableMailException extends Exception {
        UnreadableMailException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private MailReader() {
    }

    /** The idempotency key of a message: its Message-ID, hashed; without one, its raw bytes hashed. */
    static String key(Message message) throws MessagingException, IOException {
        String[] ids = message.getHeader("Message-ID");
        if (ids != null && ids.length > 0 && !ids[0].isBlank()) {
            return "imap:" + IntakeService.sha256(ids[0].trim());
        }
        try (InputStream raw = ((MimeMessage) message).getRawInputStream()) {
            String headers = String.join("|", String.valueOf(message.getSentDate()), String.valueOf(message.getSubject()),
                    String.valueOf(message.getFrom() == null ? "" : message.getFrom()[0]));
            return "imap:" + IntakeService.sha256(headers + new String(raw.readAllBytes(), StandardCharsets.ISO_8859_1));
        }
    }

    /**
     * @param trustedAuthservId the authserv-id of the desk's own receiving mail server; null: no sender is trusted
     */
    static InboundMail read(Message message, String key, String trustedAuthservId) throws UnreadableMailException {
        try {
            InternetAddress sender = sender(message);
            String text = text(message);
            if (text == null) {
                // E.g. a scanned letter sent as a PDF: still a request; the agent opens it in the mailbox.
                String[] id = message.getHeader("Message-ID");
                text = "[This e-mail has no text. Its attachments are in the privacy mailbox: Message-ID "
                        + (id == null || id.length == 0 ? "(none)" : id[0]) + "]";
            }
            if (text.length() > TEXT_LIMIT) {
                throw new UnreadableMailException("text longer than " + TEXT_LIMIT + " characters", null);
            }
            String senderEmail = sender == null ? null : blankToNull(sender.getAddress());
            return new InboundMail(key, message.getSubject(), sender == null ? null : blankToNull(sender.getPersonal()),
                    senderEmail, text.replace("\r\n", "\n").replace('\r', '\n').strip(),
                    message.getReceivedDate() == null ? null : message.getReceivedDate().toInstant(), language(message),
                    authenticatedSender(message, senderEmail, trustedAuthservId));
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new UnreadableMailException(e.getClass().getSimpleName(), e);
        }
    }

    private static InternetAddress sender(Message message) throws MessagingException {
        // From, not Reply-To: the address the message came from is the one identity checks may rely on.
        Address[] from = message.getFrom();
        return from != null && from.length > 0 && from[0] instanceof InternetAddress address ? address : null;
    }

    /**
     * The From address when the desk's receiving server vouches for it (see {@link AuthenticationResults}). A
     * message with several From addresses is never trusted: DMARC aligns one domain only.
     */
    private static String authenticatedSender(Message message, String senderEmail, String trustedAuthservId)
            throws MessagingException {
        Address[] from = message.getFrom();
        if (senderEmail == null || from == null || from.length != 1) {
            return null;
        }
        String[] headers = message.getHeader("Authentication-Results");
        return AuthenticationResults.dmarcAuthenticatedSender(headers == null ? List.of() : List.of(headers),
                trustedAuthservId, senderEmail).orElse(null);
    }

    /** The text of a part: text/plain preferred, HTML reduced to text, attachments skipped; null when none. */
    private static String text(Part part) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && !(part instanceof Message)) {
            return null;
        }
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("text/html")) {
            return htmlToText(String.valueOf(part.getContent()));
        }
        if (part.isMimeType("multipart/alternative")) {
            Multipart alternatives = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < alternatives.getCount(); i++) {
                BodyPart alternative = alternatives.getBodyPart(i);
                if (alternative.isMimeType("text/plain")) {
                    return String.valueOf(alternative.getContent());
                }
                if (html == null) {
                    html = text(alternative);
                }
            }
            return html;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            StringBuilder text = new StringBuilder();
            boolean found = false;
            for (int i = 0; i < parts.getCount(); i++) {
                String partText = text(parts.getBodyPart(i));
                if (partText != null) {
                    text.append(found ? "\n\n" : "").append(partText);
                    found = true;
                }
            }
            return found ? text.toString() : null;
        }
        return null;
    }

    static String htmlToText(String html) {
        String text = SCRIPTS.matcher(html).replaceAll("");
        text = BREAKS.matcher(text).replaceAll("\n");
        text = TAGS.matcher(text).replaceAll("");
        text = NUMERIC_ENTITY.matcher(text).replaceAll(match -> {
            int codePoint = Integer.parseInt(match.group(2), match.group(1).isEmpty() ? 10 : 16);
            return Character.isValidCodePoint(codePoint) ? java.util.regex.Matcher.quoteReplacement(Character.toString(codePoint)) : "";
        });
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
    }

    private static Language language(Message message) throws MessagingException {
        String[] header = message.getHeader("Content-Language");
        if (header == null || header.length == 0) {
            return null;
        }
        String primary = header[0].split("[,;-]")[0].trim().toLowerCase(Locale.ROOT);
        for (Language language : Language.values()) {
            if (language.name().equals(primary)) {
                return language;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
