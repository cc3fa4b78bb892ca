package com.privacydesk.information;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.correspondence.ControllerProfile;
import com.privacydesk.request.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** GET /api/information-clauses/{channel}?language= over HTTP, without logging in, filled from the test profile. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InformationClauseApiTest {

    /** Its own client address, so the public rate limit shared by all HTTP tests on 127.0.0.1 is not spent here. */
    private static final String CLIENT = "198.51.100.61";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired ControllerProfile profile;

    @Test
    void fiveClausesInFourLanguages_filledFromTheProfile_publicly() throws Exception {
        List<String> versions = new ArrayList<>();
        for (ClauseChannel channel : ClauseChannel.values()) {
            for (Language language : Language.values()) {
                ResponseEntity<String> response = get("/api/information-clauses/" + channel + "?language=" + language);
                assertThat(response.getStatusCode()).as("%s/%s", channel, language).isEqualTo(HttpStatus.OK);
                assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON))
                        .isTrue();
                JsonNode clause = json.readTree(response.getBody());
                assertThat(clause.get("channel").asText()).isEqualTo(channel.name());
                assertThat(clause.get("language").asText()).isEqualTo(language.name());
                assertThat(clause.get("text").asText()).contains(profile.companyName(),
                        profile.dataProtectionContact(), profile.privacyPolicyUrl());
                assertThat(clause.get("fullPolicyUrl").asText()).isEqualTo(profile.privacyPolicyUrl());
                assertThat(clause.get("version").asText()).matches("[0-9a-f]{64}");
                versions.add(clause.get("version").asText());
            }
        }
        assertThat(versions).doesNotHaveDuplicates()
                .hasSize(ClauseChannel.values().length * Language.values().length);
    }

    @Test
    void languageDefaultsToEnglish() throws Exception {
        JsonNode clause = json.readTree(get("/api/information-clauses/CHAT").getBody());
        assertThat(clause.get("language").asText()).isEqualTo("en");
        assertThat(clause.get("text").asText()).startsWith("Hello, thank you for contacting us");
    }

    /** The live setting (application.yaml) is legitimate interest: the announcement says so and offers objection. */
    @Test
    void callRecording_statesTheConfiguredBasis() throws Exception {
        String text = json.readTree(get("/api/information-clauses/CALL_RECORDING?language=pl").getBody())
                .get("text").asText();
        assertThat(text).contains("art. 6 ust. 1 lit. f RODO", "sprzeciw").doesNotContain("lit. a");
    }

    @Test
    void unknownChannel_400_listsTheAllowedChannels() throws Exception {
        ResponseEntity<String> response = get("/api/information-clauses/FAX?language=de");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("channel");
        assertThat(problem.get("allowed").get("channel").toString())
                .isEqualTo("[\"WEB_FORM\",\"CHAT\",\"EMAIL\",\"PHONE\",\"CALL_RECORDING\","
                        + "\"PHONE_FULL_INFORMATION\"]");
        assertThat(problem.get("allowed").has("language")).isFalse();
        assertThat(problem.get("errors").toString() + problem.get("detail")).doesNotContain("FAX");
    }

    @Test
    void unknownLanguage_andLowerCaseChannel_400_listBoth() throws Exception {
        ResponseEntity<String> response = get("/api/information-clauses/web_form?language=it");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("allowed").get("language").toString()).isEqualTo("[\"pl\",\"en\",\"de\",\"nl\",\"fr\"]");
        assertThat(problem.get("allowed").has("channel")).isTrue();
        assertThat(problem.get("detail").asText()).isEqualTo("Invalid fields: channel, language");
    }

    private ResponseEntity<String> get(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Forwarded-For", CLIENT);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
