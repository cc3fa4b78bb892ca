package com.privacydesk.intake.mail;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Polls the privacy mailbox when {@code privacy-desk.mail-intake.enabled=true}; nothing runs otherwise. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "privacy-desk.mail-intake", name = "enabled", havingValue = "true")
@EnableScheduling
public class MailIntakeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailIntakeConfiguration.class);

    @Bean
    MailboxPoller mailboxPoller(MailIntakeProperties properties, MailIntake intake) {
        if (properties.host() == null || properties.host().isBlank()) {
            throw new IllegalStateException("privacy-desk.mail-intake.host is required when the mail intake is enabled");
        }
        return new MailboxPoller(properties, intake);
    }

    @Bean
    ScheduledPoll scheduledMailboxPoll(MailboxPoller poller) {
        return new ScheduledPoll(poller);
    }

    /** The schedule; a mailbox that cannot be reached is logged and tried again at the next interval. */
    static class ScheduledPoll {

        private final MailboxPoller poller;

        ScheduledPoll(MailboxPoller poller) {
            this.poller = poller;
        }

        @Scheduled(fixedDelayString = "${privacy-desk.mail-intake.poll-interval:PT1M}", initialDelayString = "PT10S")
        void poll() {
            try {
                poller.poll();
            } catch (MessagingException | RuntimeException e) {
                log.warn("The privacy mailbox could not be polled: {}", e.getClass().getSimpleName());
            }
        }
    }
}
