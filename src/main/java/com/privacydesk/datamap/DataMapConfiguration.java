package com.privacydesk.datamap;

import javax.sql.DataSource;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data map is built from the record of processing at start-up, after Flyway, and checked against the schema. */
@Configuration(proxyBeanMethods = false)
public class DataMapConfiguration {

    @Bean
    @DependsOnDatabaseInitialization
    public DataMap dataMap(RecordOfProcessing record, DataSource dataSource) {
        DataMap map = DataMap.from(record);
        DataMapSchemaCheck.verify(map, dataSource);
        return map;
    }
}
