package com.privacydesk.platform;

import java.sql.Connection;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Lets PostgreSQL reuse its plans for the statements of a job (an asynchronous step, a timer, a letter).
 * <p>
 * PostgreSQL plans a prepared statement anew each time while a plan for the given values looks cheaper than its
 * generic plan. For the engine's "variables of this execution" it always did, although both plans are the same
 * index lookup: planning took 0.3 ms against 0.04 ms of execution, twice per filed case, 62 of the 750 seconds of
 * database time while 100,000 cases were filed (BENCHMARKS.md). Inside a job the mode is
 * {@code force_generic_plan}, transaction-locally, restored after the job. The job executor's acquisition is a
 * command of its own and keeps planning with the current time: a generic plan for "due before now" would read
 * every waiting timer.
 */
@Component
public class GenericPlansForJobs extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CustomPlansForAuthorizedQueries.addInsideTheTransaction(configuration, new Interceptor());
    }

    static final class Interceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            if (!(command instanceof ExecuteJobsCmd) || context == null
                    || !"postgres".equals(context.getProcessEngineConfiguration().getDatabaseType())) {
                return next.execute(command);
            }
            Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
            String before = CustomPlansForAuthorizedQueries.Interceptor.swap(connection, "force_generic_plan");
            // A failing job rolls its transaction back, and the local setting with it.
            T result = next.execute(command);
            CustomPlansForAuthorizedQueries.Interceptor.swap(connection, before);
            return result;
        }
    }
}
