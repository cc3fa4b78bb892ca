package com.privacydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Outside dev and test, the application refuses to start without a real administrator password. */
class ProductionCredentialsGuardTest {

    private final ApplicationContextRunner production = new ApplicationContextRunner()
            .withUserConfiguration(ProductionCredentialsGuard.class)
            .withPropertyValues("spring.profiles.active=postgres");

    @Test
    void missingAdminPassword_refusesToStart_namingTheSetting() {
        production.withPropertyValues("camunda.bpm.admin-user.id=admin").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("camunda.bpm.admin-user.password (CAMUNDA_BPM_ADMIN_USER_PASSWORD) is missing");
        });
    }

    @Test
    void knownDefaultPassword_refusesToStart_withoutPrintingIt() {
        production.withPropertyValues("camunda.bpm.admin-user.id=admin", "camunda.bpm.admin-user.password=Admin")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("known default")
                            .hasMessageNotContaining("=Admin");
                });
    }

    @Test
    void strongPassword_starts() {
        production.withPropertyValues("camunda.bpm.admin-user.id=admin",
                "camunda.bpm.admin-user.password=correct-horse-battery-staple").run(context ->
                assertThat(context).hasNotFailed());
    }

    @Test
    void withLdap_administratorsComeFromTheDirectory_noLocalAdminAllowed() {
        new ApplicationContextRunner().withUserConfiguration(ProductionCredentialsGuard.class)
                .withPropertyValues("spring.profiles.active=postgres,ldap").run(context ->
                        assertThat(context).hasNotFailed());
        new ApplicationContextRunner().withUserConfiguration(ProductionCredentialsGuard.class)
                .withPropertyValues("spring.profiles.active=postgres,ldap", "camunda.bpm.admin-user.id=admin")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("must not be set with the ldap profile"));
    }

    @Test
    void devProfile_isNotGuarded() {
        new ApplicationContextRunner().withUserConfiguration(ProductionCredentialsGuard.class)
                .withPropertyValues("spring.profiles.active=dev").run(context ->
                        assertThat(context).hasNotFailed().doesNotHaveBean(ProductionCredentialsGuard.class));
    }
}
