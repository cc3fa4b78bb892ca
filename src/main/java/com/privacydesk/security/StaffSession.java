package com.privacydesk.security;

import com.privacydesk.request.RequestProcess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
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

    public record Staff(String userId, List<String> groups) {
        public boolean inAnyGroup(List<String> wanted) {
            return groups.stream().anyMatch(wanted::contains);
        }

        public boolean isDeskStaff() {
            return inAnyGroup(STAFF_GROUPS);
        }
    }

    private final IdentityService identityService;

    public StaffSession(IdentityService identityService) {
        this.identityService = identityService;
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
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList();
        return Optional.of(new Staff(user, groups));
    }

    public Optional<Staff> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null) {
            return Optional.empty();
        }
        return authentications.getAuthentications().stream()
                .filter(UserAuthentication.class::isInstance)
                .map(UserAuthentication.class::cast)
                .findFirst()
                .map(user -> new Staff(user.getIdentityId(),
                        user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds())));
    }
}
