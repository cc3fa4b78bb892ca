package com.privacydesk.security;

import com.privacydesk.platform.DatabaseOutageFilter;
import com.privacydesk.platform.PasswordHashing;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import jakarta.servlet.Filter;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Who may call what. Camunda's REST API answers anyone unless a filter authenticates (CAMUNDA-NOTES): Camunda's
 * own filter with HTTP Basic against the identity service guards /engine-rest, and the engine's authorizations
 * decide per user what it may read or change. The desk's API has its own staff check.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** The engine's users' passwords as PBKDF2 hashes, with the iterations set here. */
    @Bean
    PasswordHashing passwordHashing(SecurityProperties properties) {
        return new PasswordHashing(properties.passwordHashIterations());
    }

    /** Before everything: one spelling per path, so no filter behind it can be sidestepped by another. */
    @Bean
    FilterRegistrationBean<RequestFirewall> requestFirewall() {
        return register("requestFirewall", new RequestFirewall(), 0, "/*");
    }

    /** Outermost but the firewall: filters and logins that meet a missing database answer 503 too. */
    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutage(DataSource dataSource) {
        return register("databaseOutage", new DatabaseOutageFilter(dataSource), 1, "/*");
    }

    /** Before any password is checked, on every path (HTTP Basic anywhere, the webapps' login form). */
    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, IdentityService identity) {
        return register("loginThrottle", new LoginThrottleFilter(throttle, identity), 3, "/*");
    }

    @Bean
    FilterRegistrationBean<DeploymentLock> deploymentLock() {
        return register("deploymentLock", new DeploymentLock(), 4, "/engine-rest/*", "/camunda/api/*");
    }

    @Bean
    FilterRegistrationBean<OperationsAccessFilter> operationsAccess(StaffSession staffSession,
            Environment environment) {
        return register("operationsAccess", new OperationsAccessFilter(staffSession,
                environment.acceptsProfiles(Profiles.of("dev"))), 30, "/actuator/*", "/actuator", "/v3/api-docs/*",
                "/v3/api-docs", "/swagger-ui/*", "/swagger-ui.html");
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = register("engine-rest-authentication",
                new ProcessEngineAuthenticationFilter(), 20, "/engine-rest/*");
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName()));
        return registration;
    }

    /**
     * After authentication (an anonymous caller learns only 401): writes of protected variables are refused, over
     * /engine-rest and over the engine API the webapps use with a logged-in session (Tasklist, Cockpit).
     */
    @Bean
    FilterRegistrationBean<ProtectedVariablesFilter> protectedVariables(CamundaBpmProperties camunda) {
        String webapp = camunda.getWebapp().getApplicationPath();
        return register("protectedVariables", new ProtectedVariablesFilter(webapp), 21, "/engine-rest/*",
                webapp + ProtectedVariablesFilter.WEBAPP_ENGINE_API + "/*");
    }

    /**
     * The desk's API and the public web form: /engine-rest carries deployments and staff calls, authenticated and
     * larger. One filter, so a client's API and form submissions share one budget.
     */
    @Bean
    FilterRegistrationBean<PublicIntakeLimits> publicIntakeLimits(SecurityProperties properties) {
        return register("publicIntakeLimits", new PublicIntakeLimits(properties), 10, "/api/*", "/privacy-request");
    }

    /** The requesters' package links: public, so every attempt counts per client address. */
    @Bean
    FilterRegistrationBean<PublicIntakeLimits> downloadLimits(SecurityProperties properties) {
        return register("downloadLimits",
                new PublicIntakeLimits(properties, request -> true, properties.downloadsPerMinute()), 10, "/download/*");
    }

    @Bean
    FilterRegistrationBean<StaffApiFilter> staffApi(StaffSession staffSession) {
        return register("staffApi", new StaffApiFilter(staffSession), 30, "/api/*");
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        return register("securityHeaders", new SecurityHeadersFilter(), 5, "/api/*", "/cases/*", "/calls/*",
                "/privacy-request/*", "/privacy-request", "/privacy-policy", "/download/*");
    }

    /**
     * {@code order}: after the highest precedence; lower runs first. Public so that a capability registers its own
     * filter on the same scale (callback's telephony webhook, at 31).
     */
    public static <F extends Filter> FilterRegistrationBean<F> register(String name, F filter, int order,
            String... urlPatterns) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setName(name);
        registration.addUrlPatterns(urlPatterns);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + order);
        return registration;
    }
}
