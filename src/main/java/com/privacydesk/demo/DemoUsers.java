package com.privacydesk.demo;

import com.privacydesk.authorisation.Authorisations;
import com.privacydesk.authorisation.NewAuthorisation;
import com.privacydesk.security.StaffSession;
import com.privacydesk.request.RequestProcess;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The people of the demo (dev profile only): two agents, the difficult-customer officer and a manager. Not with the
 * ldap profile, where users come from the directory and the identity service is read-only.
 */
@Component
@Profile("dev & !ldap")
public class DemoUsers {

    record DemoUser(String id, String firstName, String lastName, String group) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("agent1", "Alicja", "Agent", RequestProcess.GROUP_AGENTS),
            new DemoUser("agent2", "Bram", "Agent", RequestProcess.GROUP_AGENTS),
            new DemoUser("officer", "Olga", "Officer", RequestProcess.GROUP_OFFICERS),
            new DemoUser("manager", "Marek", "Manager", RequestProcess.GROUP_MANAGERS),
            // An integration account: files requests stating their channel and receipt time, and nothing else.
            new DemoUser("chatplatform", "Chat", "Platform", StaffSession.INTEGRATION_GROUP));

    private final IdentityService identityService;
    private final Authorisations authorisations;
    private final String password;

    public DemoUsers(IdentityService identityService, DemoProperties properties, Authorisations authorisations) {
        this.identityService = identityService;
        this.authorisations = authorisations;
        this.password = properties.usersPassword();
    }

    @Order(0)
    @EventListener(ApplicationReadyEvent.class)
    public void create() {
        group(RequestProcess.GROUP_AGENTS, "Customer-service agents");
        group(RequestProcess.GROUP_OFFICERS, "Difficult-customer officers");
        group(RequestProcess.GROUP_MANAGERS, "Managers");
        group(StaffSession.INTEGRATION_GROUP, "Systems that file requests");
        for (DemoUser demo : USERS) {
            if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
                User user = identityService.newUser(demo.id());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.id() + "@desk.example.com");
                user.setPassword(password);
                identityService.saveUser(user);
                identityService.createMembership(demo.id(), demo.group());
            }
            // Tasks need a written authorisation in the register (Art. 29): the demo users hold one each.
            // Staff act on a written authorisation (seed 000 §3); an integration account works no task.
            if (!demo.group().equals(StaffSession.INTEGRATION_GROUP)
                    && !authorisations.authorised(demo.id(), List.of(demo.group()))) {
                authorisations.record(new NewAuthorisation(demo.id(), demo.group(), "DEMO/" + demo.id(),
                        LocalDate.of(2020, 1, 1), null), "demo");
            }
        }
    }

    private void group(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
    }
}
