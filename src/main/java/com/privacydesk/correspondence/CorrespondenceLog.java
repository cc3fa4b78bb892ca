package com.privacydesk.correspondence;

import com.privacydesk.request.Channel;
import com.privacydesk.request.DeliveryState;
import com.privacydesk.request.Direction;
import com.privacydesk.stafflanguage.StaffTexts;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The case's correspondence: every letter out and every message in, with its time and delivery state. */
@Repository
public class CorrespondenceLog {

    private static final DateTimeFormatter SUMMARY_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private static final RowMapper<CorrespondenceEntry> ROW = (rs, i) -> new CorrespondenceEntry(
            rs.getLong("id"),
            rs.getString("case_number"),
            Direction.valueOf(rs.getString("direction")),
            rs.getString("kind"),
            Channel.valueOf(rs.getString("channel")),
            rs.getTimestamp("occurred_at").toInstant(),
            rs.getString("subject"),
            rs.getString("body"),
            DeliveryState.valueOf(rs.getString("delivery_state")),
            rs.getString("sender"));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public CorrespondenceLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void recordIncoming(String caseNumber, String kind, Channel channel, Instant at, String body) {
        recordIncoming(caseNumber, kind, channel, at, body, null);
    }

    /**
     * An incoming message with the key of its source (e.g. an e-mail's Message-ID hash): a second delivery of the
     * same message fails on the unique index instead of being recorded twice.
     */
    public void recordIncoming(String caseNumber, String kind, Channel channel, Instant at, String body,
            String sourceKey) {
        recordIncoming(caseNumber, kind, channel, at, body, sourceKey, null);
    }

    /** As above, with the address the message came from (an e-mail's From), shown in the case file. */
    public void recordIncoming(String caseNumber, String kind, Channel channel, Instant at, String body,
            String sourceKey, String sender) {
        jdbc.update("""
                INSERT INTO correspondence (case_number, direction, kind, channel, occurred_at, body, delivery_state,
                                            source_key, sender)
                VALUES (?, 'IN', ?, ?, ?, ?, ?, ?, ?)""",
                caseNumber, kind, channel.name(), Timestamp.from(at), body, DeliveryState.RECEIVED.name(), sourceKey,
                sender);
    }

    /** Whether a message with this source key was recorded already. */
    public boolean hasIncoming(String sourceKey) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM correspondence WHERE source_key = ?", Integer.class,
                sourceKey);
        return count != null && count > 0;
    }

    /** Writes a letter to the outbox; returns its id. Without an e-mail address it waits to be posted. */
    public long recordOutgoing(String caseNumber, String kind, Channel channel, String recipient, String subject,
            String body) {
        return recordOutgoing(caseNumber, kind, channel, recipient, subject, body, null);
    }

    /**
     * As above, with the information clause the letter carries (the acknowledgement's first layer, an e-mail's
     * footer), so that the clause counts as given when, and only if, the letter is sent.
     */
    public long recordOutgoing(String caseNumber, String kind, Channel channel, String recipient, String subject,
            String body, LetterInformation.Clause carried) {
        DeliveryState state = recipient == null ? DeliveryState.TO_POST : DeliveryState.QUEUED;
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO correspondence (case_number, direction, kind, channel, occurred_at, subject, body,
                                                delivery_state, recipient, information_clause, information_clause_version)
                    VALUES (?, 'OUT', ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setString(1, caseNumber);
            insert.setString(2, kind);
            insert.setString(3, channel.name());
            insert.setTimestamp(4, Timestamp.from(clock.instant()));
            insert.setString(5, subject);
            insert.setString(6, body);
            insert.setString(7, state.name());
            insert.setString(8, recipient);
            insert.setString(9, carried == null ? null : carried.key());
            insert.setString(10, carried == null ? null : carried.version());
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    /** The information clause a letter carries (key and version; the text is in its body), if any. */
    public Optional<LetterInformation.Clause> carriedInformation(long id) {
        return jdbc.query("""
                SELECT information_clause, information_clause_version FROM correspondence
                WHERE id = ? AND information_clause IS NOT NULL""",
                (rs, i) -> new LetterInformation.Clause(rs.getString(1), null, rs.getString(2)), id).stream().findFirst();
    }

    /** Letters that carry the data they answer with: the packages of the latest answer round go along. */
    private static final Set<String> ANSWER_KINDS = Set.of("ANSWER", "PARTIAL_REFUSAL", "FURTHER_ANSWER");

    /** A letter still to be delivered, with its attachments, or null when it was sent already (or purged). */
    public OutgoingLetter outgoing(long id) {
        return jdbc.query("""
                SELECT id, case_number, kind, recipient, subject, body FROM correspondence
                WHERE id = ? AND direction = 'OUT' AND delivery_state IN ('QUEUED', 'SENDING')""",
                (rs, i) -> new OutgoingLetter(rs.getLong("id"), rs.getString("case_number"), rs.getString("kind"),
                        rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                        ANSWER_KINDS.contains(rs.getString("kind")) ? attachments(rs.getString("case_number"))
                                : List.of()), id)
                .stream().findFirst().orElse(null);
    }

    private List<OutgoingLetter.Attachment> attachments(String caseNumber) {
        return jdbc.query("""
                SELECT file_name, media_type, content FROM subject_package
                WHERE case_number = ? AND answer_round = (SELECT MAX(answer_round) FROM subject_package
                                                          WHERE case_number = ?)
                ORDER BY kind""",
                (rs, i) -> new OutgoingLetter.Attachment(rs.getString("file_name"), rs.getString("media_type"),
                        rs.getBytes("content")), caseNumber, caseNumber);
    }

    /** Moves a letter between delivery states; false when it was not in the expected one. */
    public boolean transition(long id, DeliveryState from, DeliveryState to) {
        return jdbc.update("UPDATE correspondence SET delivery_state = ? WHERE id = ? AND direction = 'OUT' AND delivery_state = ?",
                to.name(), id, from.name()) == 1;
    }

    public DeliveryState state(long id) {
        return jdbc.queryForList("SELECT delivery_state FROM correspondence WHERE id = ?", String.class, id).stream()
                .findFirst().map(DeliveryState::valueOf).orElse(null);
    }

    /** The case a letter belongs to; null for an unknown (or purged) letter. */
    public String caseOf(long id) {
        return jdbc.queryForList("SELECT case_number FROM correspondence WHERE id = ?", String.class, id).stream()
                .findFirst().orElse(null);
    }

    public void markSent(long id, Instant at) {
        jdbc.update("UPDATE correspondence SET delivery_state = 'SENT', sent_at = ? WHERE id = ? AND delivery_state IN ('QUEUED', 'SENDING')",
                Timestamp.from(at), id);
    }

    public List<CorrespondenceEntry> list(String caseNumber) {
        return jdbc.query("SELECT * FROM correspondence WHERE case_number = ? ORDER BY occurred_at, id", ROW,
                caseNumber);
    }

    /** How many letters of a kind the case has: lets delegates that may be retried write each letter once. */
    public int countOutgoing(String caseNumber, String kind) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM correspondence WHERE case_number = ? AND direction = 'OUT' AND kind = ?",
                Integer.class, caseNumber, kind);
        return count == null ? 0 : count;
    }

    /** The summary in English, the language of the sources. */
    public String summary(String caseNumber) {
        return summary(caseNumber, StaffTexts.source());
    }

    /**
     * One line per entry, for the task forms, in the staff language: times, directions, kinds, channels and states
     * only, never the content. A kind the desk has no name for shows as its code.
     */
    public String summary(String caseNumber, StaffTexts texts) {
        return jdbc.query("""
                SELECT occurred_at, direction, kind, channel, delivery_state FROM correspondence
                WHERE case_number = ? ORDER BY occurred_at, id""",
                (rs, i) -> texts.text("summary.correspondence.line",
                        SUMMARY_TIME.format(rs.getTimestamp("occurred_at").toInstant()),
                        texts.text("summary.correspondence." + rs.getString("direction")),
                        texts.find("summary.kind." + rs.getString("kind")).orElse(rs.getString("kind")),
                        texts.text("channel." + rs.getString("channel")),
                        texts.text("summary.delivery." + rs.getString("delivery_state"))),
                caseNumber).stream().collect(Collectors.joining("\n"));
    }
}
