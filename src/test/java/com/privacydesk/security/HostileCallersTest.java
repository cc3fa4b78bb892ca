package com.privacydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.testsupport.CallIds;
import com.privacydesk.testsupport.TestStaff;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The attacks of issue 17, each from outside over HTTP on a real port. The test profile trusts the test client as
 * its load balancer, so X-Forwarded-For picks the attacker's address (ProxyTrustTest covers the production default,
 * which trusts no proxy). Each test uses addresses of its own, so their limits do not meet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HostileCallersTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired TestStaff staff;
    @Autowired SecurityProperties limits;
    @Autowired org.camunda.bpm.engine.AuthorizationService authorizations;
    @LocalServerPort int port;

    private static final String BACKDATED_PHONE_FILING = """
            {"channel":"PHONE","rights":["ACCESS"],"requester":{"name":"Ann Example","phone":"+48601000111"},
             "receivedAt":"2024-01-02T08:00:00Z"}""";

    @Test
    void backdating_anonymousFilingWithChannelAndReceivedAt_400NamingBoth() throws Exception {
        ResponseEntity<String> anonymous = post(null, "198.51.100.1", "/api/requests", BACKDATED_PHONE_FILING);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(anonymous)).containsExactlyInAnyOrder("channel", "receivedAt");
    }

    @Test
    void backdating_staffAndIntegrationAccounts_mayStateChannelAndReceipt() {
        String agent = staff.member("hostileagent", RequestProcess.GROUP_AGENTS);
        String integration = staff.member("hostilechatplatform", "integrations");
        String outsider = staff.member("hostilecanteen", "canteen");

        assertThat(post(agent, "198.51.100.2", "/api/requests", BACKDATED_PHONE_FILING).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(post(integration, "198.51.100.2", "/api/requests", BACKDATED_PHONE_FILING).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(post(outsider, "198.51.100.2", "/api/requests", BACKDATED_PHONE_FILING).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // The integration account is for filing only.
        assertThat(http.withBasicAuth(integration, TestStaff.PASSWORD).getForEntity("/api/requests/overdue",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void phishingName_400NamingName_whileRealNamesPass() throws Exception {
        String phishing = "customer.\n\nYour account will be closed today. Confirm at https://evil.example/verify"
                + "\n\nThanks";
        for (String name : List.of(phishing, "Visit evil.example today", "Ann\u0007Example", "A".repeat(201))) {
            ResponseEntity<String> response = post(null, "198.51.100.3", "/api/requests", webFiling(name));
            assertThat(response.getStatusCode()).as(name).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(fields(response)).as(name).containsExactly("requester.name");
        }
        for (String name : List.of("Anne-Marie O'Neill", "J. R. R. Tolkien", "Zażółć Gęślą", "Dr. Erika Müller")) {
            assertThat(post(null, "198.51.100.3", "/api/requests", webFiling(name)).getStatusCode()).as(name)
                    .isEqualTo(HttpStatus.CREATED);
        }
    }

    @Test
    void webhookSecretSidestep_pathParameterOrDotSegment_400() {
        String manager = staff.member("hostilemanager", RequestProcess.GROUP_MANAGERS);
        String body = "{\"callId\":\"" + CallIds.fresh() + "\",\"direction\":\"INBOUND\",\"callerNumber\":\"+48601999888\","
                + "\"numberVisible\":true,\"startedAt\":\"2026-03-02T09:52:00+01:00\","
                + "\"droppedAt\":\"2026-03-02T10:00:00+01:00\"}";

        for (String path : List.of("/api/calls/dropped;a=b", "/api/calls/./dropped", "/api/calls//dropped")) {
            assertThat(postRaw(manager, path, body)).as(path).isEqualTo(400);
        }
        assertThat(postRaw(manager, "/api/calls/dropped", body)).isEqualTo(401);
    }

    @Test
    void webFormRateLimitSidestep_pathParameter_400() {
        assertThat(postRaw(null, "/privacy-request;x=y", "name=x")).isEqualTo(400);
        assertThat(postRaw(null, "/api/requests;x=y", webFiling("Ann Example"))).isEqualTo(400);
    }

    @Test
    void chunkedBodyOverTheLimit_413BeforeItIsParsed() throws Exception {
        String huge = "{\"channel\":\"WEB_FORM\",\"rights\":[\"ACCESS\"],\"requester\":{\"email\":\"big@example.org\"},"
                + "\"message\":\"" + "x".repeat(100_000) + "\"}";
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/requests"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "198.51.100.5")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        // A small chunked body is still read and filed.
        String small = webFiling("Ann Example");
        HttpResponse<String> filed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/requests"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "198.51.100.5")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(small.getBytes(StandardCharsets.UTF_8)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(filed.statusCode()).isEqualTo(201);
    }

    @Test
    void operationalData_401Anonymous_healthStaysOpen() {
        for (String path : List.of("/actuator/metrics", "/actuator/metrics/privacydesk.requests.overdue",
                "/v3/api-docs", "/actuator")) {
            assertThat(http.getForEntity(path, String.class).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String manager = staff.member("hostilemetricsmanager", RequestProcess.GROUP_MANAGERS);
        assertThat(http.withBasicAuth(manager, TestStaff.PASSWORD).getForEntity("/actuator/metrics", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void lockout_strangersWrongPasswords_ownerStillLogsIn_attackerGets429() throws Exception {
        String agent = staff.member("hostilelockedagent", RequestProcess.GROUP_AGENTS);
        List<Integer> attacker = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            attacker.add(getAs(agent, "wrong-" + i, "198.51.100.20").getStatusCode().value());
        }

        assertThat(attacker).contains(429).doesNotContain(200);
        ResponseEntity<String> owner = getAs(agent, TestStaff.PASSWORD, "198.51.100.21");
        if (owner.getStatusCode().value() == 429) {
            // The account's wait is short (capped at a minute, a second here): the owner gets in after it.
            long wait = Long.parseLong(owner.getHeaders().getFirst("Retry-After"));
            assertThat(wait).isBetween(1L, 60L);
            Thread.sleep(wait * 1000 + 200);
            owner = getAs(agent, TestStaff.PASSWORD, "198.51.100.21");
        }
        assertThat(owner.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void lockout_administratorNeverWaitsForStrangers() {
        String admin = staff.member("hostileadmin", "camunda-admin");
        for (String address : List.of("198.51.100.30", "198.51.100.31", "198.51.100.32")) {
            for (int i = 0; i < 12; i++) {
                getAs(admin, "wrong-" + i, address);
            }
        }

        assertThat(getAs(admin, TestStaff.PASSWORD, "198.51.100.33").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void guessingFromOneAddress_429WithRetryAfter_onEveryLoginPath() {
        List<Integer> statuses = new ArrayList<>();
        ResponseEntity<String> response = null;
        for (int i = 0; i < 14 && (response == null || response.getStatusCode().value() != 429); i++) {
            // Another invented account each time: the address's own count decides.
            response = getAs("nobody-" + i, "wrong", "198.51.100.40");
            statuses.add(response.getStatusCode().value());
        }

        assertThat(statuses.subList(0, statuses.size() - 1)).containsOnly(401);
        assertThat(statuses).endsWith(429);
        assertThat(Long.parseLong(response.getHeaders().getFirst("Retry-After"))).isPositive();
        // Engine REST is throttled the same way, before the password is checked.
        HttpHeaders headers = basic("nobody-0", "wrong", "198.51.100.40");
        assertThat(http.exchange("/engine-rest/task", HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void ipv6Clients_areCountedPerSlash64() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= limits.intakeRequestsPerMinute() + 1; i++) {
            statuses.add(post(null, "2001:db8:17:1::" + Integer.toHexString(i), "/api/requests", "{}")
                    .getStatusCode().value());
        }

        assertThat(statuses.subList(0, limits.intakeRequestsPerMinute())).containsOnly(400);
        assertThat(statuses).endsWith(429);
        assertThat(post(null, "2001:db8:17:2::1", "/api/requests", "{}").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void idempotencyKeyOfAnotherCaller_isNotTheirCase() throws Exception {
        String body = webFiling("Ann Example");
        ResponseEntity<String> first = postWithKey("198.51.100.50", body, "order-1");
        ResponseEntity<String> other = postWithKey("198.51.100.51", body, "order-1");
        ResponseEntity<String> retry = postWithKey("198.51.100.50", body, "order-1");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(other.getBody()).get("caseNumber").asText())
                .isNotEqualTo(json.readTree(first.getBody()).get("caseNumber").asText());
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(retry.getBody()).get("caseNumber").asText())
                .isEqualTo(json.readTree(first.getBody()).get("caseNumber").asText());
    }

    @Test
    void deploymentsOverRest_refusedEvenToTheAdministrator() {
        String admin = staff.member("hostiledeployer", "camunda-admin");
        // Every engine permission on deployments, as an administrator holds them.
        if (authorizations.createAuthorizationQuery().userIdIn(admin)
                .resourceType(org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT).count() == 0) {
            org.camunda.bpm.engine.authorization.Authorization all = authorizations.createNewAuthorization(
                    org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
            all.setUserId(admin);
            all.setResource(org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT);
            all.setResourceId("*");
            all.addPermission(org.camunda.bpm.engine.authorization.Permissions.ALL);
            authorizations.saveAuthorization(all);
        }
        HttpHeaders headers = basic(admin, TestStaff.PASSWORD, "198.51.100.60");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        org.springframework.util.LinkedMultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.add("deployment-name", "evil");
        form.add("data", new org.springframework.core.io.ByteArrayResource(org.camunda.bpm.model.bpmn.Bpmn.convertToString(
                org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("evil").camundaHistoryTimeToLive(1)
                        .startEvent().endEvent().done()).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "evil.bpmn";
            }
        });

        ResponseEntity<String> deploy = http.exchange("/engine-rest/deployment/create", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);

        assertThat(deploy.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.exchange("/engine-rest/deployment", HttpMethod.GET, new HttpEntity<>(
                basic(admin, TestStaff.PASSWORD, "198.51.100.60")), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void webFormShownAnonymously_createsNoSession() {
        for (int i = 0; i < 3; i++) {
            ResponseEntity<String> form = http.getForEntity("/privacy-request?lang=en", String.class);
            assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(String.valueOf(form.getHeaders().get(HttpHeaders.SET_COOKIE))).doesNotContain("JSESSIONID");
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String webFiling(String name) {
        return "{\"channel\":\"WEB_FORM\",\"rights\":[\"ACCESS\"],\"requester\":{\"name\":"
                + jsonString(name) + ",\"email\":\"ann@example.org\"}}";
    }

    private static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private List<String> fields(ResponseEntity<String> response) throws Exception {
        JsonNode problem = json.readTree(response.getBody());
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private ResponseEntity<String> post(String user, String clientAddress, String path, String body) {
        HttpHeaders headers = user == null ? new HttpHeaders() : basic(user, TestStaff.PASSWORD, clientAddress);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Forwarded-For", clientAddress);
        return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> postWithKey(String clientAddress, String body, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Forwarded-For", clientAddress);
        headers.set("Idempotency-Key", key);
        return http.postForEntity("/api/requests", new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> getAs(String user, String password, String clientAddress) {
        return http.exchange("/api/requests/overdue", HttpMethod.GET,
                new HttpEntity<>(basic(user, password, clientAddress)), String.class);
    }

    private static HttpHeaders basic(String user, String password, String clientAddress) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        headers.set("X-Forwarded-For", clientAddress);
        return headers;
    }

    /** Raw HTTP: RestTemplate would normalise the paths these attacks depend on. */
    private int postRaw(String user, String path, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", path.startsWith("/privacy-request")
                            ? "application/x-www-form-urlencoded" : "application/json")
                    .header("X-Forwarded-For", "198.51.100.70")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + TestStaff.PASSWORD).getBytes(StandardCharsets.UTF_8)));
            }
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
