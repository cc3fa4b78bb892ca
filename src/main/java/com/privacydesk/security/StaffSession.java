package com.privacydesk.security;

import com.privacydesk.request.RequestProcess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * The member of staff logged into the Camunda webapps (Tasklist, Cockpit) in this browser session, so the desk's
 * own pages linked from Tasklist forms open without a second login.
 */
@Component
public class StaffSession {

    /** The groups whose members work the desk: everyone else is refused by its pages and API. */
    public static final List<String> STAFF_GROUPS = List.of(RequestProcess.GROUP_AGENTS,
            RequestProcess.GROUP_OFFICERS, RequestProcess.GROUP_MANAGERS, "camunda-admin");

    /**
     * Systems that file requests for the desk (a chat or call-centre platform): they may state a request's channel and
     * receipt time, and nothing else of the API is theirs.
     */
    public static final String INTEGRATION_GROUP = "integrations";

    public record Staff(String userId, List<String> groups) {
        public boolean isIntegration() {
            return groups.contains(INTEGRATION_GROUP);
        }

        public boolean inAnyGroup(List<String> wanted) {
            return groups.stream().anyMatch(wanted::contains);
        }

        public boolean isDeskStaff() {
            return inAnyGroup(STAFF_GROUPS);
        }
    }

    private final IdentityService identityService;
    private final Clock clock;

    public StaffSession(IdentityService identityService, Clock clock) {
        this.identityService = identityService;
        this.clock = clock;
    }

    /** The webapp session's member of staff, or else the one HTTP Basic names (scripts, tests, API clients). */
    public Optional<Staff> authenticated(HttpServletRequest request) {
        return current(request).or(() -> basic(request));
    }

    /** HTTP Basic against the engine's identity service. */
    public Optional<Staff> basic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        if (!identityService.checkPassword(user, decoded.substring(colon + 1))) {
            return Optional.empty();
        }
        return Optional.of(new Staff(user, groupsOf(user)));
    }

    /**
     * The webapp session's member of staff, with groups re-read from the identity service at most every
     * {@link #RECHECK} (the session's list may be hours old): a user removed from a group loses it within minutes,
     * a deleted user at once (the user is looked up on every request), and a check that grants nothing is not kept,
     * so the next request asks again.
     */
    public Optional<Staff> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null) {
            return Optional.empty();
        }
        Optional<String> userId = authentications.getAuthentications().stream()
                .filter(UserAuthentication.class::isInstance)
                .map(UserAuthentication.class::cast)
                .findFirst()
                .map(UserAuthentication::getIdentityId);
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        if (identityService.createUserQuery().userId(userId.get()).count() == 0) {
            session.removeAttribute(CHECKED);
            return Optional.empty();
        }
        Checked checked = (Checked) session.getAttribute(CHECKED);
        Instant now = clock.instant();
        if (checked != null && checked.userId().equals(userId.get()) && checked.at().plus(RECHECK).isAfter(now)) {
            return Optional.of(new Staff(userId.get(), checked.groups()));
        }
        List<String> groups = groupsOf(userId.get());
        Staff staff = new Staff(userId.get(), groups);
        if (staff.isDeskStaff()) {
            session.setAttribute(CHECKED, new Checked(userId.get(), List.copyOf(groups), now));
        } else {
            session.removeAttribute(CHECKED);
        }
        return Optional.of(staff);
    }

    /** How long a group list read from the identity service is trusted. */
    static final Duration RECHECK = Duration.ofMinutes(3);

    private static final String CHECKED = StaffSession.class.getName() + ".checked";

    /** The groups last read from the identity service for this session's user, and when. */
    record Checked(String userId, List<String> groups, Instant at) implements Serializable {
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}
