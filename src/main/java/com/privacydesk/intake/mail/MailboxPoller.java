package com.privacydesk.intake.mail;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import com.privacydesk.retention.RetentionParticipant;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.ReceivedDateTerm;
import java.time.Instant;
import java.util.Date;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * Reads the privacy mailbox over IMAP. Each unseen message is handed to {@link MailIntake} (its own transaction) and
 * flagged \Seen only after that committed: a crash in between leaves it unseen, the next poll hands it over again,
 * and its key makes that a no-op. A message that cannot be read is moved to the error folder for a person (one
 * over which the server drops the connection, after three polls); one that fails for another reason (the database
 * is away) stays unseen and is tried again at the next poll. Logs name
 * messages by key (a hash of the Message-ID) and cases by number, never a sender or a subject.
 */
public class MailboxPoller implements RetentionParticipant {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    /** What one poll did. */
    public record Poll(int filed, int alreadyHandled, int unreadable, int failed) {
    }

    /** How often a message may cost the connection before it is moved to the error folder. */
    static final int ATTEMPTS_BEFORE_SETTING_ASIDE = 3;

    private final MailIntakeProperties properties;
    private final MailIntake intake;
    /** Per message key, how many polls lost the connection while reading it (reset by a restart: a few more tries). */
    private final Map<String, Integer> lostConnections = new ConcurrentHashMap<>();

    public MailboxPoller(MailIntakeProperties properties, MailIntake intake) {
        this.properties = properties;
        this.intake = intake;
    }

    public synchronized Poll poll() throws MessagingException {
        int filed = 0;
        int alreadyHandled = 0;
        int failed = 0;
        Map<Long, String> unreadable = new LinkedHashMap<>();
        Store store = session().getStore(protocol());
        store.connect(properties.host(), properties.port(), properties.username(), properties.password());
        try {
            Folder inbox = store.getFolder(properties.folder());
            inbox.open(Folder.READ_WRITE);
            try {
                Message[] unseen = inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                FetchProfile uidsAndHeaders = new FetchProfile();
                uidsAndHeaders.add(UIDFolder.FetchProfileItem.UID);
                uidsAndHeaders.add("Message-ID");
                inbox.fetch(unseen, uidsAndHeaders);
                for (Message message : unseen) {
                    long uid = ((UIDFolder) inbox).getUID(message);
                    String key;
                    try {
                        key = MailReader.key(message);
                    } catch (IOException | MessagingException e) {
                        key = "imap:uid-" + uid;
                    }
                    InboundMail mail;
                    try {
                        mail = MailReader.read(message, key, properties.trustedAuthservId());
                        lostConnections.remove(key);
                    } catch (MailReader.UnreadableMailException e) {
                        if (inbox.isOpen()) {
                            unreadable.put(uid, key);
                            log.warn("Mail {} could not be read ({}); it goes to folder {}", key, e.getMessage(),
                                    properties.errorFolder());
                            continue;
                        }
                        // The server dropped the connection while serving it: perhaps a hiccup, perhaps a message
                        // it cannot serve. Tried again at the next polls; after the third time it is set aside.
                        int attempts = lostConnections.merge(key, 1, Integer::sum);
                        if (attempts >= ATTEMPTS_BEFORE_SETTING_ASIDE) {
                            lostConnections.remove(key);
                            unreadable.put(uid, key);
                            log.warn("Mail {} lost the connection {} times; it goes to folder {}", key, attempts,
                                    properties.errorFolder());
                        } else {
                            failed++;
                            log.warn("Mail {}: the connection was lost while reading it (attempt {}); tried again at"
                                    + " the next poll", key, attempts);
                        }
                        break;
                    }
                    try {
                        MailIntake.Result result = accept(mail);
                        message.setFlag(Flags.Flag.SEEN, true);
                        if (result.outcome() == MailIntake.Outcome.ALREADY_HANDLED) {
                            alreadyHandled++;
                            log.info("Mail {} was handled before; flagged seen", key);
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
                if (inbox.isOpen()) {
                    inbox.close(false);
                }
            }
            if (!unreadable.isEmpty()) {
                moveToErrorFolder(store, unreadable);
            }
        } finally {
            store.close();
        }
        return new Poll(filed, alreadyHandled, unreadable.size(), failed);
    }

    /**
     * Handled messages (flagged \\Seen once their case committed) received before the cutoff are deleted from the
     * mailbox with the cases' retention: the case file keeps their text. Messages set aside for a person are left.
     */
    @Override
    public synchronized int purgeHandledBefore(Instant cutoff) {
        try {
            Store store = session().getStore(protocol());
            store.connect(properties.host(), properties.port(), properties.username(), properties.password());
            try {
                Folder inbox = store.getFolder(properties.folder());
                inbox.open(Folder.READ_WRITE);
                Message[] old = inbox.search(new AndTerm(new FlagTerm(new Flags(Flags.Flag.SEEN), true),
                        new ReceivedDateTerm(ComparisonTerm.LT, Date.from(cutoff))));
                if (old.length > 0) {
                    inbox.setFlags(old, new Flags(Flags.Flag.DELETED), true);
                }
                inbox.close(true);
                return old.length;
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            // Tried again the next night; the messages are no older for it than the cases already purged.
            log.warn("Handled mails could not be purged ({})", e.getClass().getSimpleName());
            return 0;
        }
    }

    private MailIntake.Result accept(InboundMail mail) {
        try {
            return intake.accept(mail);
        } catch (DuplicateKeyException raced) {
            // Another node filed the same message at the same moment: its key is taken, the message is handled.
            return intake.accept(mail);
        }
    }

    /**
     * Copies unreadable messages to the error folder (created when missing) and removes them from the inbox, on a
     * fresh connection: a server may have dropped the first one over the very message it could not serve.
     */
    private void moveToErrorFolder(Store store, Map<Long, String> unreadable) throws MessagingException {
        if (!store.isConnected()) {
            store.connect(properties.host(), properties.port(), properties.username(), properties.password());
        }
        Folder errors = store.getFolder(properties.errorFolder());
        if (!errors.exists()) {
            errors.create(Folder.HOLDS_MESSAGES);
        }
        Folder inbox = store.getFolder(properties.folder());
        inbox.open(Folder.READ_WRITE);
        try {
            Message[] messages = Arrays.stream(((UIDFolder) inbox).getMessagesByUID(
                    unreadable.keySet().stream().mapToLong(Long::longValue).toArray()))
                    .filter(Objects::nonNull).toArray(Message[]::new);
            inbox.copyMessages(messages, errors);
            inbox.setFlags(messages, new Flags(Flags.Flag.DELETED), true);
            inbox.close(true);
            log.warn("Moved {} unreadable mail(s) to folder {}: {}", messages.length, properties.errorFolder(),
                    unreadable.values());
        } finally {
            if (inbox.isOpen()) {
                inbox.close(false);
            }
        }
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
