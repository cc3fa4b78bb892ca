package com.privacydesk.operations;

import com.privacydesk.testsupport.TestStaff;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** What Kubernetes and docker-compose probe, and the OpenAPI description of /api, over HTTP on a real port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HealthEndpointsTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired TestStaff staff;

    @Test
    void liveness_isUp_withoutTheDatabase() throws Exception {
        JsonNode body = get("/actuator/health/liveness");
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.has("components")).as("liveness shows no components").isFalse();
    }

    @Test
    void readiness_isUp_andIncludesTheDatabase() throws Exception {
        JsonNode body = get("/actuator/health/readiness");
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(body.at("/components/readinessState/status").asText()).isEqualTo("UP");
    }

    @Test
    void health_listsBothProbeGroups() throws Exception {
        JsonNode body = get("/actuator/health");
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.get("groups")).extracting(JsonNode::asText).contains("liveness", "readiness");
    }

    @Test
    void openApi_describesOnlyTheDesksApi_andTheUiIsServed() throws Exception {
        // Outside dev the API description is for staff.
        TestRestTemplate asStaff = http.withBasicAuth(staff.member("apidocsagent", "agents"), TestStaff.PASSWORD);
        ResponseEntity<String> docs = asStaff.getForEntity("/v3/api-docs", String.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode api = json.readTree(docs.getBody());
        assertThat(api.at("/info/title").asText()).isEqualTo("Privacy Desk API");
        assertThat(api.get("paths").fieldNames()).toIterable().isNotEmpty()
                .allMatch(path -> path.startsWith("/api/"))
                .contains("/api/requests", "/api/requests/{caseNumber}/dissatisfaction");
        ResponseEntity<String> ui = asStaff.getForEntity("/swagger-ui/index.html", String.class);
        assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ui.getBody()).contains("Swagger UI");
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }
}
