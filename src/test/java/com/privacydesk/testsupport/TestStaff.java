package com.privacydesk.testsupport;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Desk staff for HTTP tests, created once per context: one user per group, password {@link #PASSWORD}. */
@Component
public class TestStaff {

    public static final String PASSWORD = "test-staff-pw-1";

    private final IdentityService identityService;

    public TestStaff(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Creates (if needed) a user who belongs to the group, and returns its id. */
    public String member(String userId, String group) {
        if (identityService.createGroupQuery().groupId(group).count() == 0) {
            identityService.saveGroup(identityService.newGroup(group));
        }
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(userId, group);
        }
        return userId;
    }
}
