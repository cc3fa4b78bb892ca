package com.privacydesk.correspondence;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The controller profile and the template location bind and validate as a real start-up would. */
class ControllerProfileTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ControllerProfile.class, LetterProperties.class})
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class)
            .withPropertyValues(
                    "privacy-desk.controller.company-name=Przykładowy Sklep sp. z o.o.",
                    "privacy-desk.controller.address=ul. Przykładowa 1, 00-001 Warszawa",
                    "privacy-desk.controller.data-protection-contact=prywatnosc@przykladowy-sklep.pl",
                    "privacy-desk.controller.privacy-policy-url=https://przykladowy-sklep.pl/polityka-prywatnosci",
                    "privacy-desk.controller.supervisory-authority.name=Urząd Ochrony Danych Osobowych",
                    "privacy-desk.controller.supervisory-authority.address=ul. Stawki 2, 00-193 Warszawa",
                    "privacy-desk.controller.supervisory-authority.website=https://uodo.gov.pl");

    @Test
    void aCompleteProfileBindsAndTheDpoIsOptional() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            ControllerProfile profile = context.getBean(ControllerProfile.class);
            assertThat(profile.dpoName()).isNull();
            assertThat(profile.supervisoryAuthority().website()).isEqualTo("https://uodo.gov.pl");
            assertThat(context.getBean(LetterProperties.class).templatePath()).isEqualTo("classpath:/letters/");
        });
    }

    @Test
    void aMissingSettingStopsTheStartNamingTheSetting() {
        runner.withPropertyValues("privacy-desk.controller.supervisory-authority.website=")
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("supervisoryAuthority.website"));
    }

    @Test
    void noProfileAtAllStopsTheStart() {
        new ApplicationContextRunner().withUserConfiguration(Properties.class)
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("privacy-desk.controller").hasMessageContaining("companyName"));
    }

    @Test
    void theTemplateLocationCanBeAFileDirectory() {
        runner.withPropertyValues("privacy-desk.letters.template-path=file:/etc/privacy-desk/letters/")
                .run(context -> assertThat(context.getBean(LetterProperties.class).templatePath())
                        .isEqualTo("file:/etc/privacy-desk/letters/"));
    }
}
