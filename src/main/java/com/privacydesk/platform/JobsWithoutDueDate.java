package com.privacydesk.platform;

import java.sql.Timestamp;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * With {@code ensure-job-due-date-not-null} the job executor acquires only jobs whose due date has come, so a job
 * without one would never run. Such jobs exist in a database that an older version of the desk used (it left an
 * asynchronous step's due date empty), including jobs an older node created during a rolling upgrade. Every node
 * therefore gives them the current time when it starts; once the last older node has stopped, one more start (of any
 * node) settles the rest. Nothing else changes: such a job was due anyway.
 */
@Component
public class JobsWithoutDueDate implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(JobsWithoutDueDate.class);

    private final JdbcTemplate jdbc;
    private final boolean ensured;
    private final String tablePrefix;

    public JobsWithoutDueDate(JdbcTemplate jdbc, ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.jdbc = jdbc;
        this.ensured = configuration.isEnsureJobDueDateNotNull();
        this.tablePrefix = configuration.getDatabaseTablePrefix();
    }

    @Override
    public void afterPropertiesSet() {
        if (!ensured) {
            return;
        }
        int updated = jdbc.update("UPDATE " + tablePrefix + "ACT_RU_JOB SET DUEDATE_ = ? WHERE DUEDATE_ IS NULL",
                new Timestamp(ClockUtil.getCurrentTime().getTime()));
        if (updated > 0) {
            log.info("Gave {} jobs without a due date the current time, so that the job executor acquires them", updated);
        }
    }
}
