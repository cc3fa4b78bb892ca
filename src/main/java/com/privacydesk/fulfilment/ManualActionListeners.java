package com.privacydesk.fulfilment;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The task listeners of "Carry out by hand", by the bean names the diagram uses. */
@Configuration
class ManualActionListeners {

    @Bean("prepareManualAction")
    TaskListener prepareManualAction(ManualActionTasks tasks) {
        return tasks::prepare;
    }

    @Bean("recordManualAction")
    TaskListener recordManualAction(ManualActionTasks tasks) {
        return tasks::complete;
    }
}
