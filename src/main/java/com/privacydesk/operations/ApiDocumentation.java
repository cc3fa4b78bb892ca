package com.privacydesk.operations;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the desk's own API (/v3/api-docs, browsable at /swagger-ui.html). Only /api/** is
 * described (springdoc.paths-to-match); the engine's REST API has its own OpenAPI document at /engine-rest.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    @Bean
    public OpenAPI privacyDeskApi() {
        return new OpenAPI().info(new Info()
                .title("Privacy Desk API")
                .version("v1")
                .description("""
                        Intake of data-subject requests (GDPR Art. 15-22) from the web form, e-mail and other \
                        channels, the requester's replies and dissatisfaction with an answer, and the state of a \
                        case by its case number. The handling itself happens in Camunda Tasklist."""));
    }
}
