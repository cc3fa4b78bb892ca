package com.privacydesk.request;

import java.time.Clock;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Case numbers such as {@code DSR-2026-000042}: the year of issue and a database sequence, so that every node
 * of a cluster draws from one counter and a number is never given twice.
 */
@Component
public class CaseNumbers {

    private static final String SEQUENCE = "dsr_case_number_seq";

    private final DataFieldMaxValueIncrementer sequence;
    private final Clock clock;

    public CaseNumbers(DataSource dataSource, Clock clock) throws MetaDataAccessException {
        this.clock = clock;
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
        this.sequence = DatabaseDriver.fromProductName(product) == DatabaseDriver.POSTGRESQL
                ? new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE)
                : new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
    }

    public String next() {
        return "DSR-%d-%06d".formatted(clock.instant().atZone(ZoneOffset.UTC).getYear(), sequence.nextLongValue());
    }
}
