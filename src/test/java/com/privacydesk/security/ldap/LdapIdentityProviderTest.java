package com.privacydesk.security.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.request.RequestProcess;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.OperationType;
import com.unboundid.ldif.LDIFReader;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ldap profile against a real (in-memory) LDAP server: the engine's identity service reads the directory's
 * people and groups, checks passwords by binding, and the desk's three doors (identity service, HTTP Basic on
 * /engine-rest, the staff API) accept directory accounts. The server answers searches only after a bind, so the
 * manager account is really used.
 *
 * <p>The engine keeps the default name (/engine-rest and its authentication filter serve the default engine), so
 * while this context lives it replaces another cached context's default engine in Camunda's static registry, and
 * closing it removes the name. {@link RestoreDefaultEngine} (registered before the Spring extension, so it runs
 * after the context is closed) puts the previous default engine back.
 */
@ExtendWith(LdapIdentityProviderTest.RestoreDefaultEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:ldap;DB_CLOSE_DELAY=-1"})
@ActiveProfiles({"test", "ldap"})
@DirtiesContext
class LdapIdentityProviderTest {

    static final String BASE_DN = "dc=desk,dc=example";
    static final String MANAGER_DN = "cn=desk-reader,dc=desk,dc=example";
    static final String MANAGER_PASSWORD = "ldap-test-reader-1";
    static final String AGENT = "anna.agent";
    static final String AGENT_PASSWORD = "ldap-test-anna-1";
    static final String OFFICER = "otto.officer";
    static final String MANAGER = "mia.manager";
    static final String MANAGER_PW = "ldap-test-mia-1";
    static final String ADMIN = "ada.admin";
    static final String ADMIN_PASSWORD = "ldap-test-ada-1";
    static final String OUTSIDER = "carl.canteen";
    static final String OUTSIDER_PASSWORD = "ldap-test-carl-1";

    static final InMemoryDirectoryServer DIRECTORY = startDirectory();

    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;
    @Autowired ProcessEngine processEngine;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;

    static InMemoryDirectoryServer startDirectory() {
        try (InputStream ldif = LdapIdentityProviderTest.class.getResourceAsStream("/ldap/desk-directory.ldif")) {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
            config.addAdditionalBindCredentials(MANAGER_DN, MANAGER_PASSWORD);
            config.setAuthenticationRequiredOperationTypes(EnumSet.of(OperationType.SEARCH, OperationType.COMPARE));
            config.setListenerConfigs(
                    InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.importFromLDIF(true, new LDIFReader(ldif));
            server.startListening();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException("in-memory LDAP server did not start", e);
        }
    }

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry registry) {
        registry.add("privacy-desk.ldap.url", () -> "ldap://127.0.0.1:" + DIRECTORY.getListenPort());
        registry.add("privacy-desk.ldap.manager-dn", () -> MANAGER_DN);
        registry.add("privacy-desk.ldap.manager-password", () -> MANAGER_PASSWORD);
        registry.add("privacy-desk.ldap.base-dn", () -> BASE_DN);
    }

    @AfterAll
    static void stopDirectory() {
        DIRECTORY.shutDown(true);
    }

    @Test
    void identityService_readsTheDirectorysPeopleAndGroups_andIsReadOnly() {
        assertThat(identityService.isReadOnly()).isTrue();

        User agent = identityService.createUserQuery().userId(AGENT).singleResult();
        assertThat(agent).isNotNull();
        assertThat(agent.getFirstName()).isEqualTo("Anna");
        assertThat(agent.getLastName()).isEqualTo("Agent");
        assertThat(agent.getEmail()).isEqualTo("anna.agent@desk.example");

        assertThat(groupsOf(AGENT)).containsExactly(RequestProcess.GROUP_AGENTS);
        assertThat(groupsOf(OFFICER)).containsExactly(RequestProcess.GROUP_OFFICERS);
        assertThat(groupsOf(MANAGER)).containsExactly(RequestProcess.GROUP_MANAGERS);
        assertThat(groupsOf(ADMIN)).containsExactly("camunda-admin");
        assertThat(identityService.createUserQuery().memberOfGroup(RequestProcess.GROUP_OFFICERS).list())
                .extracting(User::getId).containsExactly(OFFICER);
        assertThat(identityService.createGroupQuery().list()).extracting(Group::getId).contains(
                RequestProcess.GROUP_AGENTS, RequestProcess.GROUP_OFFICERS, RequestProcess.GROUP_MANAGERS,
                "camunda-admin");
        assertThat(identityService.createUserQuery().userId("nobody").count()).isZero();
    }

    @Test
    void checkPassword_bindsAsTheUser() {
        assertThat(identityService.checkPassword(AGENT, AGENT_PASSWORD)).isTrue();
        assertThat(identityService.checkPassword(AGENT, "wrong-password")).isFalse();
        assertThat(identityService.checkPassword(AGENT, "")).isFalse();
        assertThat(identityService.checkPassword("nobody", AGENT_PASSWORD)).isFalse();
    }

    @Test
    void engineRest_acceptsADirectoryAgentOverHttpBasic_andRefusesAWrongPassword() {
        assertThat(http.withBasicAuth(AGENT, AGENT_PASSWORD).getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth(AGENT, "wrong-password").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void staffApi_knowsTheDirectorysGroups() {
        String audit = "/api/requests/DSR-2099-999999/audit";
        assertThat(http.withBasicAuth(AGENT, AGENT_PASSWORD).getForEntity(audit, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth(MANAGER, MANAGER_PW).getForEntity(audit, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth(OUTSIDER, OUTSIDER_PASSWORD).getForEntity(audit, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth(MANAGER, "wrong-password").getForEntity(audit, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** Guessing a directory account's password is throttled like any other; the person still gets in. */
    @Test
    void guessingADirectoryPassword_getsA429_theOwnerStillLogsIn() throws Exception {
        List<Integer> attacker = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            attacker.add(getFrom("198.51.100.90", OFFICER, "guess-" + i).getStatusCode().value());
        }
        assertThat(attacker).startsWith(401).contains(429).doesNotContain(200);

        ResponseEntity<String> owner = getFrom("198.51.100.91", OFFICER, "ldap-test-otto-1");
        if (owner.getStatusCode().value() == 429) {
            long wait = Long.parseLong(owner.getHeaders().getFirst("Retry-After"));
            assertThat(wait).isBetween(1L, 60L);
            Thread.sleep(wait * 1000 + 200);
            owner = getFrom("198.51.100.91", OFFICER, "ldap-test-otto-1");
        }
        assertThat(owner.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> getFrom(String clientAddress, String user, String password) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setBasicAuth(user, password);
        headers.set("X-Forwarded-For", clientAddress);
        return http.exchange("/engine-rest/task", org.springframework.http.HttpMethod.GET,
                new org.springframework.http.HttpEntity<>(headers), String.class);
    }

    @Test
    void directoryAdministratorGroup_administersTheEngine() throws Exception {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertThat(configuration.getAdminGroups()).contains("camunda-admin");
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn("camunda-admin")
                .resourceType(Resources.AUTHORIZATION).resourceId(Authorization.ANY).count()).isEqualTo(1);

        JsonNode users = json.readTree(http.withBasicAuth(ADMIN, ADMIN_PASSWORD)
                .getForEntity("/engine-rest/user", String.class).getBody());
        List<String> ids = new ArrayList<>();
        users.forEach(user -> ids.add(user.get("id").asText()));
        assertThat(ids).contains(AGENT, OFFICER, MANAGER, ADMIN);
        // An agent may read only itself: the plugin checks the engine's authorizations on every search.
        JsonNode seenByAgent = json.readTree(http.withBasicAuth(AGENT, AGENT_PASSWORD)
                .getForEntity("/engine-rest/user", String.class).getBody());
        assertThat(seenByAgent).hasSize(1);
        assertThat(seenByAgent.get(0).get("id").asText()).isEqualTo(AGENT);
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    /**
     * Puts back the default engine of another cached context (if there was one) once this class's context is
     * closed: Camunda's registry is static and keyed by name, and closing an engine removes its name.
     */
    static class RestoreDefaultEngine implements BeforeAllCallback, AfterAllCallback {

        private static final ExtensionContext.Namespace NAMESPACE =
                ExtensionContext.Namespace.create(RestoreDefaultEngine.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            ProcessEngine previous = ProcessEngines.getProcessEngines().get(ProcessEngines.NAME_DEFAULT);
            if (previous != null) {
                context.getStore(NAMESPACE).put("previous", previous);
            }
        }

        @Override
        public void afterAll(ExtensionContext context) {
            ProcessEngine previous = context.getStore(NAMESPACE).remove("previous", ProcessEngine.class);
            if (previous != null) {
                ProcessEngines.registerProcessEngine(previous);
            }
        }
    }
}
