package com.privacydesk.authorisation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The register of written authorisations (Art. 29 GDPR, seed 000 §3): managers record and revoke them; the task
 * guard asks whether someone may take a task of a group today.
 */
@Service
public class Authorisations {

    private final JdbcTemplate jdbc;
    private final IdentityService identityService;
    private final Clock clock;
    private final ZoneId zone;

    public Authorisations(JdbcTemplate jdbc, IdentityService identityService, Clock clock,
                          com.privacydesk.deadline.DeadlineCalculator calculator) {
        this.jdbc = jdbc;
        this.identityService = identityService;
        this.clock = clock;
        this.zone = calculator.zone();
    }

    /** Records a manager's entry; the user and the group must exist, the period must make sense. */
    public Authorisation record(NewAuthorisation entry, String grantedBy) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (identityService.createUserQuery().userId(entry.userId()).count() == 0) {
            problems.put("userId", "is no user of the desk");
        }
        if (identityService.createGroupQuery().groupId(entry.scope()).count() == 0) {
            problems.put("scope", "is no group of the desk");
        }
        if (entry.validUntil() != null && entry.validUntil().isBefore(entry.validFrom())) {
            problems.put("validUntil", "must not lie before validFrom");
        }
        if (!problems.isEmpty()) {
            throw new InvalidAuthorisationException(problems);
        }
        Instant now = clock.instant();
        jdbc.update("""
                INSERT INTO staff_authorisation (user_id, scope, document_reference, valid_from, valid_until,
                                                 granted_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", entry.userId(), entry.scope(), entry.documentReference(),
                Date.valueOf(entry.validFrom()), entry.validUntil() == null ? null : Date.valueOf(entry.validUntil()),
                grantedBy, Timestamp.from(now));
        return jdbc.query("SELECT * FROM staff_authorisation WHERE user_id = ? AND recorded_at = ? ORDER BY id DESC",
                Authorisations::row, entry.userId(), Timestamp.from(now)).get(0);
    }

    /** Revokes an entry from now on; the entry stays in the register. */
    public Optional<Authorisation> revoke(long id, String revokedBy) {
        jdbc.update("UPDATE staff_authorisation SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL",
                Timestamp.from(clock.instant()), revokedBy, id);
        return jdbc.query("SELECT * FROM staff_authorisation WHERE id = ?", Authorisations::row, id).stream()
                .findFirst();
    }

    /** The whole register, as an auditor reads it. */
    public List<Authorisation> register() {
        return jdbc.query("SELECT * FROM staff_authorisation ORDER BY user_id, valid_from, id", Authorisations::row);
    }

    /** Whether the user holds, today, a written authorisation for one of these groups. */
    public boolean authorised(String userId, Collection<String> scopes) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        return jdbc.query("SELECT * FROM staff_authorisation WHERE user_id = ?", Authorisations::row, userId).stream()
                .anyMatch(a -> a.validOn(today, now) && (scopes.isEmpty() || scopes.contains(a.scope())));
    }

    private static Authorisation row(ResultSet rs, int rowNum) throws SQLException {
        Date until = rs.getDate("valid_until");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Authorisation(rs.getLong("id"), rs.getString("user_id"), rs.getString("scope"),
                rs.getString("document_reference"), rs.getDate("valid_from").toLocalDate(),
                until == null ? null : until.toLocalDate(), rs.getString("granted_by"),
                rs.getTimestamp("recorded_at").toInstant(), revoked == null ? null : revoked.toInstant(),
                rs.getString("revoked_by"));
    }
}
