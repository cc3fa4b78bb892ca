package com.privacydesk.intake.mail;

import com.privacydesk.intake.IntakeService;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns a MIME message into an {@link InboundMail}: plain text only. HTML is reduced to its text (it is shown to
 * agents as text, never rendered); attachments are not read (the message stays in the mailbox with them).
 */
final class MailReader {

    /** The correspondence log holds 200,000 characters; a longer message is left for a person. */
    static final int TEXT_LIMIT = 200_000;

    /**
     * The largest part read at all: HTML carries more markup than text, so five times the text limit; anything
     * larger is set aside before it is parsed (and before it is read again at the next poll).
     */
    static final int PART_LIMIT = 5 * TEXT_LIMIT;

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
            return String.valueOf(limited(part).getContent());
        }
        if (part.isMimeType("text/html")) {
            return htmlToText(String.valueOf(limited(part).getContent()));
        }
        if (part.isMimeType("multipart/alternative")) {
            Multipart alternatives = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < alternatives.getCount(); i++) {
                BodyPart alternative = alternatives.getBodyPart(i);
                if (alternative.isMimeType("text/plain")) {
                    return String.valueOf(limited(alternative).getContent());
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

    /** A part the server says is larger than {@link #PART_LIMIT} is not read: the message goes to a person. */
    private static Part limited(Part part) throws MessagingException {
        if (part.getSize() > PART_LIMIT) {
            throw new IllegalStateException("part larger than " + PART_LIMIT + " bytes");
        }
        return part;
    }

    /**
     * HTML reduced to text by jsoup (a real parser, linear in its input, entities decoded); scripts, styles and the
     * head dropped, block ends and line breaks kept as new lines. Longer than {@link #PART_LIMIT}: not parsed.
     */
    static String htmlToText(String html) {
        if (html.length() > PART_LIMIT) {
            throw new IllegalStateException("HTML longer than " + PART_LIMIT + " characters");
        }
        Document document = Jsoup.parse(html);
        document.select("script, style, head, template").remove();
        document.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre").after("\n");
        String text = document.body() == null ? "" : document.body().wholeText();
        return text.replace('\u00a0', ' ').replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
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
