package com.privacydesk.operations;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Operations settings.
 *
 * @param metricsCache how long the desk's gauges reuse one reading of the database, so that frequent scrapes cost
 *                     one cheap query per period, not one per gauge and scrape
 */
@Validated
@ConfigurationProperties("privacy-desk.operations")
public record OperationsProperties(@NotNull @DefaultValue("30s") Duration metricsCache) {
}
