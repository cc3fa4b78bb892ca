package com.privacydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production default trusts no proxy: a client that is no proxy cannot lift the rate limit by sending its own
 * X-Forwarded-For with every filing. (The other HTTP tests configure their client as the load balancer.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "privacy-desk.security.intake-requests-per-minute=5")
@ActiveProfiles("test")
class ProxyTrustTest {

    private static final String INTERNAL_PROXIES = "server.tomcat.remoteip.internal-proxies";

    /** Undoes the test profile's trust in the test client: the setting as application.yaml ships it. */
    @DynamicPropertySource
    static void productionProxySetting(DynamicPropertyRegistry registry) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        Object shipped = yaml.getObject().get(INTERNAL_PROXIES);
        // Not in application.yaml: Spring Boot's own default applies.
        String value = shipped != null ? shipped.toString()
                : new ServerProperties().getTomcat().getRemoteip().getInternalProxies();
        registry.add(INTERNAL_PROXIES, () -> value);
    }

    @Autowired TestRestTemplate http;

    @Test
    void forwardedForFromAClientThatIsNoProxy_isIgnored_filingBeyondTheLimitGets429() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.set("X-Forwarded-For", "203.0.113." + i);
            statuses.add(http.postForEntity("/api/requests", new HttpEntity<>("{}", headers), String.class)
                    .getStatusCode().value());
        }

        assertThat(statuses.subList(0, 5)).containsOnly(400);
        assertThat(statuses.subList(5, 8)).containsOnly(429);
    }
}
