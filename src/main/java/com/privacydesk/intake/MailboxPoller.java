package com.privacydesk.intake;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * Reads the privacy mailbox over IMAP. Each unseen message is handed to {@link MailIntake} (its own transaction) and
 * flagged \Seen only after that committed: a crash in between leaves it unseen, the next poll hands it over again,
 * and its key makes that a no-op. A message that cannot be read is moved to the error folder for a person; one
 * that fails for another reason (the database is away) stays unseen and is tried again at the next poll. Logs name
 * messages by key (a hash of the Message-ID) and cases by number, never a sender or a subject.
 */
public class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    /** What one poll did. */
    public record Poll(int filed, int alreadyHandled, int unreadable, int failed) {
    }

    private final MailIntakeProperties properties;
    private final MailIntake intake;

    public MailboxPoller(MailIntakeProperties properties, MailIntake intake) {
        this.properties = properties;
        this.intake = intake;
    }

    public synchronized Poll poll() throws MessagingException {
        int filed = 0;
        int alreadyHandled = 0;
        int unreadable = 0;
        int failed = 0;
        Store store = session().getStore(protocol());
        store.connect(properties.host(), properties.port(), properties.username(), properties.password());
        try {
            Folder inbox = store.getFolder(properties.folder());
            inbox.open(Folder.READ_WRITE);
            boolean moved = false;
            try {
                for (Message message : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    String key;
                    InboundMail mail;
                    try {
                        key = MailReader.key(message);
                    } catch (Exception e) {
                        key = "imap:message-" + message.getMessageNumber();
                    }
                    try {
                        mail = MailReader.read(message, key);
                    } catch (MailReader.UnreadableMailException e) {
                        moveToErrorFolder(store, inbox, message);
                        moved = true;
                        unreadable++;
                        log.warn("Mail {} could not be read ({}); moved to folder {}", key, e.getMessage(),
                                properties.errorFolder());
                        continue;
                    }
                    try {
                        MailIntake.Result result = accept(mail);
                        message.setFlag(Flags.Flag.SEEN, true);
                        if (result.outcome() == MailIntake.Outcome.ALREADY_HANDLED) {
                            alreadyHandled++;
                            log.info("Mail {} was handled before (case {}); flagged seen", key, result.caseNumber());
                        } else {
                            filed++;
                            log.info("Mail {} filed as {} on case {}", key, result.outcome(), result.caseNumber());
                        }
                    } catch (RuntimeException e) {
                        failed++;
                        // The exception's message may quote the content (SQL values); its type is enough here.
                        log.warn("Mail {} not filed ({}); it stays unseen and is tried at the next poll", key,
                                e.getClass().getSimpleName());
                    }
                }
            } finally {
                inbox.close(moved);
            }
        } finally {
            store.close();
        }
        return new Poll(filed, alreadyHandled, unreadable, failed);
    }

    private MailIntake.Result accept(InboundMail mail) {
        try {
            return intake.accept(mail);
        } catch (DuplicateKeyException raced) {
            // Another node filed the same message at the same moment: its key is taken, the message is handled.
            return intake.accept(mail);
        }
    }

    /** Copies the message to the error folder (created when missing) and removes it from the inbox on close. */
    private void moveToErrorFolder(Store store, Folder inbox, Message message) throws MessagingException {
        Folder errors = store.getFolder(properties.errorFolder());
        if (!errors.exists()) {
            errors.create(Folder.HOLDS_MESSAGES);
        }
        inbox.copyMessages(new Message[] {message}, errors);
        message.setFlag(Flags.Flag.DELETED, true);
    }

    private String protocol() {
        return properties.ssl() ? "imaps" : "imap";
    }

    private Session session() {
        String protocol = protocol();
        long timeout = properties.timeout().toMillis();
        Properties settings = new Properties();
        settings.put("mail." + protocol + ".connectiontimeout", String.valueOf(timeout));
        settings.put("mail." + protocol + ".timeout", String.valueOf(timeout));
        settings.put("mail." + protocol + ".writetimeout", String.valueOf(timeout));
        // Reading a message must not mark it \Seen: only a committed request does.
        settings.put("mail." + protocol + ".peek", "true");
        if (properties.ssl()) {
            settings.put("mail.imaps.ssl.checkserveridentity", "true");
        }
        return Session.getInstance(settings);
    }
}
