package com.privacydesk.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The settings' defaults and start-up failures, bound the way the application binds them (no engine). */
class DeadlinePropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DeadlineProperties.class)
    @Import(DeadlineCalculator.class)
    static class DeadlineConfiguration {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(DeadlineConfiguration.class);

    @Test
    void defaults_bindFromAnEmptySource() {
        DeadlineProperties properties = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("privacy-desk.deadlines", DeadlineProperties.class);

        assertThat(properties).isEqualTo(new DeadlineProperties("PL", ZoneId.of("Europe/Warsaw"), Duration.ofDays(7),
                IdentityClarification.SUSPEND, Period.ofMonths(1), Period.ofDays(14)));
    }

    @Test
    void settings_overrideTheDefaults() {
        context.withPropertyValues(
                        "privacy-desk.deadlines.country=DE",
                        "privacy-desk.deadlines.zone=Europe/Berlin",
                        "privacy-desk.deadlines.reminder-lead-time=3d",
                        "privacy-desk.deadlines.identity-clarification=STRICT",
                        "privacy-desk.deadlines.identity-reply-window=P2W",
                        "privacy-desk.deadlines.reaction-quiet-period=P7D")
                .run(started -> {
                    assertThat(started).hasNotFailed();
                    assertThat(started.getBean(DeadlineProperties.class)).isEqualTo(new DeadlineProperties("DE",
                            ZoneId.of("Europe/Berlin"), Duration.ofDays(3), IdentityClarification.STRICT,
                            Period.ofWeeks(2), Period.ofDays(7)));
                    DeadlineCalculator calculator = started.getBean(DeadlineCalculator.class);
                    assertThat(calculator.country()).isEqualTo("DE");
                    assertThat(calculator.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
                });
    }

    @Test
    void defaults_reachTheCalculator() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            DeadlineCalculator calculator = started.getBean(DeadlineCalculator.class);
            assertThat(calculator.country()).isEqualTo("PL");
            assertThat(calculator.zone()).isEqualTo(ZoneId.of("Europe/Warsaw"));
            assertThat(calculator.identityClarification()).isEqualTo(IdentityClarification.SUSPEND);
        });
    }

    @Test
    void unknownCountry_failsStartUpNamingTheSettingAndTheSupportedCodes() {
        context.withPropertyValues("privacy-desk.deadlines.country=XX").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("privacy-desk.deadlines.country")
                    .hasMessageContaining("'XX'")
                    .hasMessageContaining("PL");
        });
    }

    @Test
    void blankCountry_failsValidation() {
        context.withPropertyValues("privacy-desk.deadlines.country= ").run(started -> {
            assertThat(started).hasFailed();
            // Stopped by @NotBlank while binding, before the calculator looks at the holiday calendars.
            assertThat(started.getStartupFailure()).rootCause()
                    .isInstanceOf(BindValidationException.class)
                    .hasMessageContaining("privacy-desk.deadlines.country");
        });
    }
}
