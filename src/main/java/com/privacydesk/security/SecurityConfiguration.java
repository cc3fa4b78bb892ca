package com.privacydesk.security;

import com.privacydesk.callback.TelephonyProperties;
import jakarta.servlet.Filter;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
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

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = register("engine-rest-authentication",
                new ProcessEngineAuthenticationFilter(), 20, "/engine-rest/*");
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName()));
        return registration;
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

    /** After the staff check, before the body is read: a caller without the secret learns nothing of validation. */
    @Bean
    FilterRegistrationBean<TelephonyWebhookAuthentication> telephonyWebhook(TelephonyProperties properties) {
        return register("telephonyWebhook", new TelephonyWebhookAuthentication(properties), 31, "/api/calls/*");
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        return register("securityHeaders", new SecurityHeadersFilter(), 5, "/api/*", "/cases/*", "/calls/*",
                "/privacy-request/*", "/privacy-request", "/download/*");
    }

    /** {@code order}: after the highest precedence; lower runs first. */
    private static <F extends Filter> FilterRegistrationBean<F> register(String name, F filter, int order,
            String... urlPatterns) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setName(name);
        registration.addUrlPatterns(urlPatterns);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + order);
        return registration;
    }
}
