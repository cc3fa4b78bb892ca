package com.privacydesk.callback;

import com.privacydesk.security.SecurityConfiguration;
import com.privacydesk.security.TelephonyWebhookAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Guards the telephony webhooks with the secret configured here, so security needs no callback settings. */
@Configuration(proxyBeanMethods = false)
class TelephonyWebhookRegistration {

    /** After the staff check, before the body is read: a caller without the secret learns nothing of validation. */
    @Bean
    FilterRegistrationBean<TelephonyWebhookAuthentication> telephonyWebhook(TelephonyProperties properties) {
        return SecurityConfiguration.register("telephonyWebhook",
                new TelephonyWebhookAuthentication(properties.webhookSecret()), 31, "/api/calls/*");
    }
}
