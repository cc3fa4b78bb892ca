package com.privacydesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.request.RequestProcess;
import com.privacydesk.testsupport.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The engine's users' passwords are stored as PBKDF2 hashes; hashes of Camunda's default kind still verify. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PasswordHashingTest {

    @Autowired TestStaff staff;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;

    @Test
    void newPassword_isAPbkdf2Hash_andChecks() {
        String user = staff.member("hashedagent", RequestProcess.GROUP_AGENTS);

        assertThat(jdbc.queryForObject("SELECT PWD_ FROM ACT_ID_USER WHERE ID_ = ?", String.class, user))
                .startsWith("{PBKDF2-SHA256}");
        assertThat(identityService.checkPassword(user, TestStaff.PASSWORD)).isTrue();
        assertThat(identityService.checkPassword(user, "wrong")).isFalse();
    }

    @Test
    void aHashWrittenBefore_withCamundasDefault_stillChecks() {
        String user = staff.member("legacyagent", RequestProcess.GROUP_AGENTS);
        String salt = jdbc.queryForObject("SELECT SALT_ FROM ACT_ID_USER WHERE ID_ = ?", String.class, user);
        jdbc.update("UPDATE ACT_ID_USER SET PWD_ = ? WHERE ID_ = ?",
                "{SHA-512}" + new Sha512HashDigest().encrypt(TestStaff.PASSWORD + salt), user);

        assertThat(identityService.checkPassword(user, TestStaff.PASSWORD)).isTrue();
        assertThat(identityService.checkPassword(user, "wrong")).isFalse();
    }
}
