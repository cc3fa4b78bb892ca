package com.privacydesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.privacydesk.request.Language;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** The mailbox is polled only when enabled, with a host, on the configured schedule; the settings bind from the environment. */
class MailIntakeConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MailIntakeProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class, MailIntakeConfiguration.class)
            .withBean(MailIntake.class, () -> mock(MailIntake.class));

    @Test
    void offByDefault_nothingPolls() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(MailboxPoller.class);
            MailIntakeProperties defaults = context.getBean(MailIntakeProperties.class);
            assertThat(defaults.enabled()).isFalse();
            assertThat(defaults.port()).isEqualTo(993);
            assertThat(defaults.ssl()).isTrue();
            assertThat(defaults.folder()).isEqualTo("INBOX");
            assertThat(defaults.pollInterval()).isEqualTo(Duration.ofMinutes(1));
            assertThat(defaults.language()).isEqualTo(Language.en);
        });
    }

    @Test
    void enabled_pollsOnTheConfiguredSchedule() {
        runner.withPropertyValues("privacy-desk.mail-intake.enabled=true", "privacy-desk.mail-intake.host=imap.example.org",
                "privacy-desk.mail-intake.username=privacy", "privacy-desk.mail-intake.password=secret",
                "privacy-desk.mail-intake.poll-interval=PT30S", "privacy-desk.mail-intake.language=pl")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(MailboxPoller.class);
                    assertThat(context.getBean(MailIntakeProperties.class).language()).isEqualTo(Language.pl);
                    assertThat(context.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                            .flatMap(holder -> holder.getScheduledTasks().stream()).map(Object::toString))
                            .anySatisfy(task -> assertThat(task).contains("ScheduledPoll.poll"));
                });
    }

    @Test
    void enabledWithoutAHost_stopsTheStart() {
        runner.withPropertyValues("privacy-desk.mail-intake.enabled=true").run(context -> assertThat(context)
                .hasFailed().getFailure().hasStackTraceContaining("privacy-desk.mail-intake.host is required"));
    }
}
