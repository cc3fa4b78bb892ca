package com.privacydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Outside dev and test, the application refuses to start without a real administrator password and a real
 * telephony webhook secret.
 */
class ProductionCredentialsGuardTest {

    private static final String STRONG_WEBHOOK_SECRET = "privacy-desk.telephony.webhook-secret=Zq7-u2Lm9vKx4Rt1Wn8bYc3J";

    private final ApplicationContextRunner production = new ApplicationContextRunner()
            .withUserConfiguration(ProductionCredentialsGuard.class)
            .withPropertyValues("spring.profiles.active=postgres", STRONG_WEBHOOK_SECRET);

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
    void missingWebhookSecret_refusesToStart_namingTheSetting() {
        new ApplicationContextRunner().withUserConfiguration(ProductionCredentialsGuard.class)
                .withPropertyValues("spring.profiles.active=postgres", "camunda.bpm.admin-user.id=admin",
                        "camunda.bpm.admin-user.password=correct-horse-battery-staple")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(
                            "privacy-desk.telephony.webhook-secret (TELEPHONY_WEBHOOK_SECRET) is missing");
                });
        // An empty value, as the postgres profile's ${TELEPHONY_WEBHOOK_SECRET:} gives without the variable.
        production.withPropertyValues("camunda.bpm.admin-user.id=admin",
                "camunda.bpm.admin-user.password=correct-horse-battery-staple",
                "privacy-desk.telephony.webhook-secret=").run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("TELEPHONY_WEBHOOK_SECRET) is missing"));
    }

    @Test
    void devOrShortWebhookSecret_refusesToStart_withoutPrintingIt() {
        for (String secret : List.of("dev-telephony-webhook-secret", "Test-Telephony-Webhook-Secret", "changeme",
                "only-twenty-three-chars")) {
            production.withPropertyValues("camunda.bpm.admin-user.id=admin",
                    "camunda.bpm.admin-user.password=correct-horse-battery-staple",
                    "privacy-desk.telephony.webhook-secret=" + secret).run(context -> {
                        assertThat(context).as(secret).hasFailed();
                        assertThat(context.getStartupFailure()).rootCause()
                                .hasMessageContaining("webhook-secret (TELEPHONY_WEBHOOK_SECRET) is a known default")
                                .hasMessageNotContaining(secret);
                    });
        }
    }

    @Test
    void withLdap_administratorsComeFromTheDirectory_noLocalAdminAllowed() {
        new ApplicationContextRunner().withUserConfiguration(ProductionCredentialsGuard.class)
                .withPropertyValues("spring.profiles.active=postgres,ldap", STRONG_WEBHOOK_SECRET).run(context ->
                        assertThat(context).hasNotFailed());
        new ApplicationContextRunner().withUserConfiguration(ProductionCredentialsGuard.class)
                .withPropertyValues("spring.profiles.active=postgres,ldap", "camunda.bpm.admin-user.id=admin",
                        STRONG_WEBHOOK_SECRET)
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
