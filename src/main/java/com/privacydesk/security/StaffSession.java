package com.privacydesk.security;

import com.privacydesk.request.RequestProcess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
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
