package com.privacydesk.security;

import com.privacydesk.callback.TelephonyProperties;
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
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PublicIntakeLimits> publicIntakeLimits(SecurityProperties properties) {
        FilterRegistrationBean<PublicIntakeLimits> registration =
                new FilterRegistrationBean<>(new PublicIntakeLimits(properties));
        // The desk's API and the public web form: /engine-rest carries deployments and staff calls, authenticated
        // and larger. One filter, so a client's API and form submissions share one budget.
        registration.addUrlPatterns("/api/*", "/privacy-request");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PublicIntakeLimits> downloadLimits(SecurityProperties properties) {
        FilterRegistrationBean<PublicIntakeLimits> registration = new FilterRegistrationBean<>(
                new PublicIntakeLimits(properties, request -> true, properties.downloadsPerMinute()));
        // The requesters' package links: public, so every attempt counts per client address.
        registration.setName("downloadLimits");
        registration.addUrlPatterns("/download/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<StaffApiFilter> staffApi(StaffSession staffSession) {
        FilterRegistrationBean<StaffApiFilter> registration =
                new FilterRegistrationBean<>(new StaffApiFilter(staffSession));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TelephonyWebhookAuthentication> telephonyWebhook(TelephonyProperties properties) {
        FilterRegistrationBean<TelephonyWebhookAuthentication> registration =
                new FilterRegistrationBean<>(new TelephonyWebhookAuthentication(properties));
        registration.addUrlPatterns("/api/calls/dropped");
        // Before the body is read: a caller without the secret learns nothing about its validation.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 31);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.addUrlPatterns("/api/*", "/cases/*", "/calls/*", "/privacy-request/*", "/privacy-request",
                "/download/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
