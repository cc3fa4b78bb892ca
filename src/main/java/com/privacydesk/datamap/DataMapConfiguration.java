package com.privacydesk.datamap;

import javax.sql.DataSource;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The record of processing as the controller's settings make it ({@link RecordSettings}, from the policy package),
 * and the data map built from it at start-up, after Flyway, checked against the schema.
 */
@Configuration(proxyBeanMethods = false)
public class DataMapConfiguration {

    @Bean
    public RecordOfProcessing recordOfProcessing(ConfigurableEnvironment environment, RecordSettings settings) {
        return RecordOfProcessingLoader.load(environment).resolved(settings);
    }

    @Bean
    @DependsOnDatabaseInitialization
    public DataMap dataMap(RecordOfProcessing record, DataSource dataSource) {
        DataMap map = DataMap.from(record);
        DataMapSchemaCheck.verify(map, dataSource);
        return map;
    }
}
