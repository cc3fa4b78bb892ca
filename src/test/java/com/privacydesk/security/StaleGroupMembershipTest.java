package com.privacydesk.security;

import static com.privacydesk.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.request.RequestProcess;
import com.privacydesk.testsupport.TestStaff;
import com.privacydesk.testsupport.WebappLogin;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The desk's pages and API do not trust the group list the Tasklist session was born with: a deleted user is out at
 * once, a user taken out of the desk's groups within minutes, whatever the session says.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaleGroupMembershipTest {

    @Autowired TestStaff staff;
    @Autowired IdentityService identityService;
    @LocalServerPort int port;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void deletedUser_losesTheDeskAtOnce() throws Exception {
        String agent = staff.member("stalegonenow", RequestProcess.GROUP_AGENTS);
        WebappLogin browser = new WebappLogin(port).login(agent, TestStaff.PASSWORD);
        assertThat(browser.get("/api/requests/overdue").statusCode()).isEqualTo(200);

        identityService.deleteUser(agent);

        assertThat(browser.get("/api/requests/overdue").statusCode()).isEqualTo(401);
    }

    @Test
    void userRemovedFromTheGroups_losesTheDeskWithinMinutes() throws Exception {
        Instant start = Instant.now();
        setClock(start);
        String agent = staff.member("staleremoved", RequestProcess.GROUP_AGENTS);
        WebappLogin browser = new WebappLogin(port).login(agent, TestStaff.PASSWORD);
        assertThat(browser.get("/api/requests/overdue").statusCode()).isEqualTo(200);

        identityService.deleteMembership(agent, RequestProcess.GROUP_AGENTS);
        setClock(start.plus(StaffSession.RECHECK).plus(Duration.ofSeconds(1)));

        assertThat(browser.get("/api/requests/overdue").statusCode()).isEqualTo(403);
        // The failed check is not kept: given the group back, the next request is let in at once.
        identityService.createMembership(agent, RequestProcess.GROUP_AGENTS);
        assertThat(browser.get("/api/requests/overdue").statusCode()).isEqualTo(200);
    }
}
