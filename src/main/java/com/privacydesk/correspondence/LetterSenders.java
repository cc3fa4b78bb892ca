package com.privacydesk.correspondence;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.util.ClassUtils;

/** The two ways out: SMTP for real, a folder of .eml files for a laptop. */
@Configuration(proxyBeanMethods = false)
public class LetterSenders {

    /** Jakarta Mail's system property naming its stream provider (FactoryFinder reads it before the ServiceLoader). */
    static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";

    static {
        nameTheMailStreamProvider();
    }

    /**
     * Jakarta Mail 2.1 looks its stream provider up through the ServiceLoader, reading every jar's META-INF/services,
     * several times for every message it writes (jakartaee/mail-api#861): 7 % of the CPU the desk spent filing a
     * case. Named as a system property, it is instantiated directly. A name set by the operator is kept.
     */
    static void nameTheMailStreamProvider() {
        String angus = "org.eclipse.angus.mail.util.MailStreamProvider";
        if (System.getProperty(STREAM_PROVIDER_PROPERTY) == null
                && ClassUtils.isPresent(angus, LetterSenders.class.getClassLoader())) {
            System.setProperty(STREAM_PROVIDER_PROPERTY, angus);
        }
    }

    /**
     * The attachments' media types by file name, read once: a MimeMessageHelper on our own MimeMessage would
     * otherwise parse Spring's mime.types for every letter. Shared as JavaMailSenderImpl shares its own.
     */
    private static final FileTypeMap FILE_TYPES = fileTypes();

    @Bean
    LetterSender letterSender(MailProperties properties, ObjectProvider<JavaMailSender> mailSender) {
        if (properties.delivery() == MailProperties.Delivery.FILEBOX) {
            return new Filebox(properties);
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!(sender instanceof JavaMailSenderImpl smtp)) {
            throw new IllegalStateException(
                    "privacy-desk.mail.delivery=SMTP needs an SMTP server: set spring.mail.host (SPRING_MAIL_HOST)");
        }
        return new Smtp(smtp, properties);
    }

    static MimeMessage message(Session session, OutgoingLetter letter, String from) {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", letter.messageId());
            }
        };
        try {
            boolean multipart = !letter.attachments().isEmpty();
            MimeMessageHelper helper = new MimeMessageHelper(message, multipart, StandardCharsets.UTF_8.name()) {
                @Override
                protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
                    return FILE_TYPES;
                }
            };
            helper.setFrom(from);
            helper.setTo(letter.recipient());
            helper.setSubject(letter.subject());
            helper.setText(letter.body(), false);
            for (OutgoingLetter.Attachment attachment : letter.attachments()) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                        attachment.mediaType());
            }
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new LetterDeliveryException(letter, "the message could not be built");
        }
    }

    private static FileTypeMap fileTypes() {
        ConfigurableMimeFileTypeMap types = new ConfigurableMimeFileTypeMap();
        types.afterPropertiesSet();
        return types;
    }

    record Smtp(JavaMailSenderImpl sender, MailProperties properties) implements LetterSender {
        @Override
        public void send(OutgoingLetter letter) {
            try {
                sender.send(message(sender.getSession(), letter, properties.from()));
            } catch (org.springframework.mail.MailException e) {
                // The cause may quote the address; the incident names the case and letter only.
                throw new LetterDeliveryException(letter, "the SMTP server refused or could not be reached ("
                        + e.getClass().getSimpleName() + ")");
            }
        }
    }

    record Filebox(MailProperties properties, Session session) implements LetterSender {

        /** One mail session for every letter: a new one would look its providers up on the class path each time. */
        Filebox(MailProperties properties) {
            this(properties, Session.getInstance(new Properties()));
        }

        @Override
        public void send(OutgoingLetter letter) {
            Path file = Path.of(properties.fileboxDirectory(),
                    letter.caseNumber() + "-" + letter.id() + "-" + letter.kind().toLowerCase() + ".eml");
            try {
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    message(session, letter, properties.from()).writeTo(out);
                }
            } catch (IOException | MessagingException e) {
                throw new UncheckedIOException(new IOException("Letter " + letter.id() + " of case "
                        + letter.caseNumber() + " could not be written to the file box"));
            }
        }
    }
}
