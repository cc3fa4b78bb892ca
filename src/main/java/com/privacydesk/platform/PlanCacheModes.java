package com.privacydesk.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's {@code plan_cache_mode} for the two kinds of engine command that need another one than its default.
 * The mode is set transaction-locally for the command and restored after it, so the rest of a transaction the
 * command joined keeps its own; every other command (the intake, the job acquisition, queries without a logged-in
 * user) keeps PostgreSQL's choice.
 * <ul>
 * <li><b>A logged-in user's authorization-checked queries</b> (Tasklist's task lists and filters, the REST API's and
 * Cockpit's queries): {@code force_custom_plan}. After five executions PostgreSQL may switch to a generic plan that
 * does not know which permission bit the check tests. It then guesses one matching authorization where there is one
 * per open task and scans every authorization for every task: the task list took more than 0.75 s at 5,000 open
 * cases. The same mode on every connection fixed that but made every other statement about 18 % slower by planning
 * it anew each time (BENCHMARKS.md).</li>
 * <li><b>Jobs</b> (asynchronous steps, timers, letters): {@code force_generic_plan}. PostgreSQL re-planned the
 * engine's "variables of this execution" at every job because a plan for the given id looked cheaper than the
 * generic one, although both are the same index lookup: planning took 0.3 ms against 0.04 ms of execution, 62 of the
 * 750 seconds of database time while 100,000 cases were filed. The acquisition is a command of its own and keeps
 * planning with the current time: a generic plan for "due before now" would read every waiting timer.</li>
 * </ul>
 */
@Component
public class PlanCacheModes extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // After the transaction and the command context are opened, so that the command's own connection is reachable.
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(new Interceptor());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    /** The mode {@code command} needs, or null for PostgreSQL's own choice. */
    static String modeFor(Command<?> command, CommandContext context) {
        if (command instanceof ExecuteJobsCmd) {
            return "force_generic_plan";
        }
        if ((command instanceof AbstractQuery<?, ?> || command instanceof AbstractExecuteFilterCmd)
                && context.getAuthentication() != null && context.isAuthorizationCheckEnabled()) {
            return "force_custom_plan";
        }
        return null;
    }

    static final class Interceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            String mode = context == null || !"postgres".equals(context.getProcessEngineConfiguration().getDatabaseType())
                    ? null : modeFor(command, context);
            if (mode == null) {
                return next.execute(command);
            }
            Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
            String before = swap(connection, mode);
            // Should the command fail, its transaction is rolled back and the local setting goes with it.
            T result = next.execute(command);
            swap(connection, before);
            return result;
        }

        /** Sets the plan mode until the end of the transaction and returns the one it replaced. */
        private static String swap(Connection connection, String mode) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT current_setting('plan_cache_mode'), set_config('plan_cache_mode', ?, true)")) {
                statement.setString(1, mode);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getString(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not set the command's plan mode", e);
            }
        }
    }
}
