package com.privacydesk.correspondence;

import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.deadline.DeadlineProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** The controller profile and the template location bind and validate as a real start-up would. */
class ControllerProfileTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ControllerSettings.class, LetterProperties.class, DeadlineProperties.class})
    @Import({ControllerProfileConfiguration.class, DeadlineCalculator.class})
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

    /** The controller without an authority of its own: the country profile names it, per letter language. */
    private final ApplicationContextRunner withoutAuthority = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class)
            .withPropertyValues(
                    "privacy-desk.controller.company-name=Beispiel Handel GmbH",
                    "privacy-desk.controller.address=Marienplatz 1, 80331 München",
                    "privacy-desk.controller.data-protection-contact=datenschutz@beispiel-handel.de",
                    "privacy-desk.controller.privacy-policy-url=https://beispiel-handel.de/datenschutz");

    @Test
    void withoutAConfiguredAuthority_thePolishProfileNamesThePresidentOfUodo() {
        withoutAuthority.run(context -> {
            assertThat(context).hasNotFailed();
            ControllerProfile profile = context.getBean(ControllerProfile.class);
            assertThat(profile.authorityConfigured()).isFalse();
            assertThat(profile.supervisoryAuthority().name()).isEqualTo("Prezes Urzędu Ochrony Danych Osobowych");
            assertThat(profile.leadAuthority(com.privacydesk.request.Language.en).name())
                    .startsWith("President of the Personal Data Protection Office");
            assertThat(profile.courtRemedy(com.privacydesk.request.Language.pl)).contains("sąd okręgowy");
        });
    }

    @Test
    void aBavarianCompany_answersToTheBayLda_inEveryLanguage() {
        withoutAuthority.withPropertyValues("privacy-desk.deadlines.country=DE-BY").run(context -> {
            assertThat(context).hasNotFailed();
            ControllerProfile profile = context.getBean(ControllerProfile.class);
            assertThat(profile.supervisoryAuthority().name())
                    .isEqualTo("Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)");
            assertThat(profile.leadAuthority("fr").name()).contains("BayLDA", "Bavière");
            assertThat(profile.leadAuthority("de").address()).isEqualTo("Promenade 18, 91522 Ansbach");
            assertThat(profile.courtRemedy("de")).contains("§ 44 BDSG");
        });
    }

    @Test
    void aBelgianController_namesTheGbaInDutchAndTheApdInFrench() {
        withoutAuthority.withPropertyValues("privacy-desk.deadlines.country=BE").run(context -> {
            ControllerProfile profile = context.getBean(ControllerProfile.class);
            assertThat(profile.supervisoryAuthority().name()).isEqualTo("Gegevensbeschermingsautoriteit (GBA)");
            assertThat(profile.leadAuthority("fr").name()).isEqualTo("Autorité de protection des données (APD)");
            assertThat(profile.leadAuthority("fr").address()).isEqualTo("Rue de la Presse 35, 1000 Bruxelles");
            assertThat(profile.courtRemedy("fr")).contains("article 209");
        });
    }

    @Test
    void germanyWithoutALandOrAnAuthority_stopsTheStartNamingBothWays() {
        withoutAuthority.withPropertyValues("privacy-desk.deadlines.country=DE").run(context -> assertThat(context)
                .getFailure().rootCause()
                .hasMessageContaining("§ 40 BDSG").hasMessageContaining("DE-BY")
                .hasMessageContaining("privacy-desk.controller.supervisory-authority"));
    }

    @Test
    void aConfiguredAuthority_replacesTheProfilesInEveryLanguage() {
        runner.withPropertyValues("privacy-desk.deadlines.country=DE").run(context -> {
            assertThat(context).hasNotFailed();
            ControllerProfile profile = context.getBean(ControllerProfile.class);
            assertThat(profile.authorityConfigured()).isTrue();
            assertThat(profile.leadAuthority("nl").website()).isEqualTo("https://uodo.gov.pl");
            assertThat(profile.courtRemedy("de")).contains("§ 44 BDSG");
        });
    }

    @Test
    void anUnknownCountry_stopsTheStartListingTheKnownOnes() {
        withoutAuthority.withPropertyValues("privacy-desk.deadlines.country=FR").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("'FR'").hasMessageContaining("DE-BY, DE-HB"));
    }
}
