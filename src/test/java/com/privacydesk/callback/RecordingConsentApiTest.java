package com.privacydesk.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.information.ClauseChannel;
import com.privacydesk.information.InformationClauses;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.testsupport.TestStaff;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Recording on CONSENT over HTTP on a real port: the telephony system reports the caller's answer, the desk keeps the
 * proof (call id, time, clause version, answer) and marks a call recorded only after a yes.
 */
// Shares its context with AuthorisationRegisterTest: recording on CONSENT, the register of authorisations enforced.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:registers;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=registers",
        "privacy-desk.information.call-recording-basis=CONSENT",
        "privacy-desk.authorisations.enforced=true"})
@ActiveProfiles("test")
class RecordingConsentApiTest {

    static final String SECRET = "test-telephony-webhook-secret"; // application-test.yaml

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired TestStaff staff;
    @Autowired JdbcTemplate jdbc;
    @Autowired InformationClauses clauses;

    @Test
    void noAnswer_isNotConsent_theCallIsNotMarkedRecorded_andTheProofIsKept() throws Exception {
        String callId = newCallId();
        ResponseEntity<String> reported = report(SECRET, callId, "NONE", "pl", null);

        assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode status = json.readTree(reported.getBody());
        assertThat(status.get("recordingAllowed").asBoolean()).isFalse();
        assertThat(status.get("basis").asText()).isEqualTo("CONSENT");
        assertThat(json.readTree(asManager().getForEntity("/api/calls/" + callId + "/recording", String.class)
                .getBody()).get("recordingAllowed").asBoolean()).isFalse();
        String version = clauses.clause(ClauseChannel.CALL_RECORDING, Language.pl).version();
        assertThat(jdbc.queryForMap("SELECT answer, clause_version, language, recording_allowed FROM recording_consent"
                + " WHERE call_id = ?", callId)).containsEntry("ANSWER", "NONE").containsEntry("CLAUSE_VERSION", version)
                .containsEntry("LANGUAGE", "pl").containsEntry("RECORDING_ALLOWED", false);
    }

    @Test
    void aCallNeverReported_isNotMarkedRecorded() throws Exception {
        JsonNode status = json.readTree(asManager().getForEntity("/api/calls/" + newCallId() + "/recording",
                String.class).getBody());
        assertThat(status.get("recordingAllowed").asBoolean()).isFalse();
        assertThat(status.has("answer")).isFalse();
    }

    @Test
    void aNo_isNotMarkedRecorded() throws Exception {
        String callId = newCallId();
        assertThat(json.readTree(report(SECRET, callId, "NO", "de", null).getBody()).get("recordingAllowed")
                .asBoolean()).isFalse();
    }

    @Test
    void aYes_marksItRecorded_untilWithdrawn_andTheHistoryShowsBoth() throws Exception {
        String callId = newCallId();
        String version = clauses.clause(ClauseChannel.CALL_RECORDING, Language.nl).version();
        JsonNode yes = json.readTree(report(SECRET, callId, "YES", "nl", version).getBody());
        assertThat(yes.get("recordingAllowed").asBoolean()).isTrue();
        assertThat(yes.get("clauseVersion").asText()).isEqualTo(version);
        assertThat(yes.get("answeredAt").asText()).isEqualTo("2026-03-02T09:00:10Z");

        JsonNode withdrawn = json.readTree(report(SECRET, callId, "WITHDRAWN", "nl", null, "2026-03-02T09:04:00Z")
                .getBody());
        assertThat(withdrawn.get("recordingAllowed").asBoolean()).isFalse();
        JsonNode history = json.readTree(asManager().getForEntity("/api/calls/" + callId + "/recording/history",
                String.class).getBody());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("answer").asText()).isEqualTo("YES");
        assertThat(history.get(1).get("answer").asText()).isEqualTo("WITHDRAWN");
    }

    @Test
    void aWithdrawal_erasesThatCallsRecordingThroughTheDataMap_andKeepsTheProof_otherCallsUntouched() throws Exception {
        String callId = newCallId();
        String otherCall = newCallId();
        recording(callId);
        recording(otherCall);
        report(SECRET, callId, "YES", "pl", null);
        assertThat(recordings(callId)).isEqualTo(1);

        JsonNode withdrawn = json.readTree(report(SECRET, callId, "WITHDRAWN", "pl", null, "2026-03-02T09:04:00Z")
                .getBody());

        assertThat(withdrawn.get("recordingAllowed").asBoolean()).isFalse();
        assertThat(recordings(callId)).isZero();
        assertThat(recordings(otherCall)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT answer || ':' || recordings_erased FROM recording_consent WHERE call_id = ?"
                + " ORDER BY answered_at", String.class, callId)).containsExactly("YES:0", "WITHDRAWN:1");
        // A later report finds nothing more to erase.
        report(SECRET, callId, "WITHDRAWN", "pl", null, "2026-03-02T09:05:00Z");
        assertThat(jdbc.queryForObject("SELECT recordings_erased FROM recording_consent WHERE call_id = ?"
                + " AND answered_at > TIMESTAMP WITH TIME ZONE '2026-03-02 09:04:30+00:00'", Integer.class, callId)).isZero();
    }

    @Test
    void theRecordFollowsTheConfiguredBasis_recordingRestsOnConsent() throws Exception {
        JsonNode register = json.readTree(asManager().getForEntity("/api/processing-activities?language=en",
                String.class).getBody());
        JsonNode recording = null;
        for (JsonNode activity : register.get("activities")) {
            if (activity.get("id").asText().equals("call-recording")) {
                recording = activity;
            }
        }
        assertThat(recording).isNotNull();
        assertThat(recording.get("legalBasis").asText()).startsWith("Art. 6(1)(a) GDPR: your consent");
    }

    @Test
    void withoutTheSecret_401_andNothingKept() {
        String callId = newCallId();
        assertThat(report(null, callId, "YES", "pl", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(report("wrong", callId, "YES", "pl", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recording_consent WHERE call_id = ?", Integer.class,
                callId)).isZero();
    }

    @Test
    void aStaleAnnouncement_409_aBadBody_400() {
        String callId = newCallId();
        assertThat(report(SECRET, callId, "YES", "pl", "0".repeat(64)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(report(SECRET, callId, "MAYBE", "pl", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post(SECRET, callId, "{\"answer\":\"YES\"}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recording_consent WHERE call_id = ?", Integer.class,
                callId)).isZero();
    }

    private void recording(String callId) {
        jdbc.update("INSERT INTO call_recording (call_id, direction, started_at, duration_seconds, recording_ref)"
                + " VALUES (?, 'IN', TIMESTAMP WITH TIME ZONE '2026-03-02 09:00:00+00:00', 240, ?)", callId,
                "recordings/" + callId + ".ogg");
    }

    private int recordings(String callId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM call_recording WHERE call_id = ?", Integer.class, callId);
    }

    private TestRestTemplate asManager() {
        return http.withBasicAuth(staff.member("rcmanager", RequestProcess.GROUP_MANAGERS), TestStaff.PASSWORD);
    }

    private ResponseEntity<String> report(String secret, String callId, String answer, String language,
                                          String version) {
        return report(secret, callId, answer, language, version, "2026-03-02T09:00:10Z");
    }

    private ResponseEntity<String> report(String secret, String callId, String answer, String language,
                                          String version, String answeredAt) {
        String body = "{\"answer\":\"" + answer + "\",\"answeredAt\":\"" + answeredAt + "\",\"language\":\""
                + language + "\"" + (version == null ? "" : ",\"clauseVersion\":\"" + version + "\"") + "}";
        return post(secret, callId, body);
    }

    private ResponseEntity<String> post(String secret, String callId, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (secret != null) {
            headers.set("X-Telephony-Secret", secret);
        }
        return http.postForEntity("/api/calls/" + callId + "/recording-consent", new HttpEntity<>(body, headers),
                String.class);
    }

    private static String newCallId() {
        // No digit run that could read like a phone number in any log.
        return "rc-" + UUID.randomUUID().toString().replaceAll("[0-9]", "x");
    }
}
