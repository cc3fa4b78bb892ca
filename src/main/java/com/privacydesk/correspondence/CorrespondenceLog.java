package com.privacydesk.correspondence;

import com.privacydesk.request.Channel;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
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
            DeliveryState.valueOf(rs.getString("delivery_state")));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public CorrespondenceLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void recordIncoming(String caseNumber, String kind, Channel channel, Instant at, String body) {
        insert(caseNumber, Direction.IN, kind, channel, at, null, body, DeliveryState.RECEIVED);
    }

    public void recordOutgoing(String caseNumber, String kind, Channel channel, String subject, String body) {
        insert(caseNumber, Direction.OUT, kind, channel, clock.instant(), subject, body, DeliveryState.QUEUED);
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

    /** One line per entry, for the task forms: times, directions and kinds only, never the content. */
    public String summary(String caseNumber) {
        return list(caseNumber).stream()
                .map(entry -> SUMMARY_TIME.format(entry.time()) + "  " + (entry.direction() == Direction.IN
                        ? "in " : "out") + "  " + entry.kind() + " (" + entry.channel() + ", "
                        + entry.deliveryState() + ")")
                .collect(Collectors.joining("\n"));
    }

    private void insert(String caseNumber, Direction direction, String kind, Channel channel, Instant at,
            String subject, String body, DeliveryState state) {
        jdbc.update("""
                INSERT INTO correspondence (case_number, direction, kind, channel, occurred_at, subject, body,
                                            delivery_state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                caseNumber, direction.name(), kind, channel.name(), Timestamp.from(at), subject, body, state.name());
    }
}
