package com.privacydesk.platform;

import java.time.Clock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class PlatformConfiguration {

    @Bean
    public Clock clock() {
        return new EngineClock();
    }

    /**
     * The desk's tables are migrated before the engine starts: the engine's deployment and the demo data that
     * follow it use them, and Flyway must meet an empty schema on a first start.
     */
    @Bean
    public static AbstractDependsOnBeanFactoryPostProcessor engineStartsAfterFlyway() {
        return new AbstractDependsOnBeanFactoryPostProcessor(ProcessEngine.class, ProcessEngineFactoryBean.class,
                "flywayInitializer") {
        };
    }
}
