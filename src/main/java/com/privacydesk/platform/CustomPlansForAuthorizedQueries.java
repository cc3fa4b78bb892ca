package com.privacydesk.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Lets PostgreSQL plan the engine's authorization-checked queries (Tasklist's task lists and filters, the REST API's
 * and Cockpit's queries for a logged-in user) with their actual values, and only those.
 * <p>
 * The JDBC driver reuses prepared statements, and after five executions PostgreSQL may switch to a generic plan
 * that does not know which permission bit the check tests. It then guesses one matching authorization where
 * there is one per open task and scans every authorization for every task: the task list took more than 0.75 s at
 * 5,000 open cases. Setting {@code plan_cache_mode = force_custom_plan} on every connection fixed that but made
 * every other statement about 18 % slower by planning it anew each time (BENCHMARKS.md). Here the setting is made
 * transaction-local for the duration of the query and restored after it; the engine's own work (jobs, intake,
 * delegates) runs without a logged-in user and keeps its cached plans.
 */
@Component
public class CustomPlansForAuthorizedQueries extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        addInsideTheTransaction(configuration, new Interceptor());
    }

    /** After the transaction and the command context are opened, so that the command's own connection is reachable. */
    static void addInsideTheTransaction(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(interceptor);
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    static final class Interceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (!(command instanceof AbstractQuery<?, ?> || command instanceof AbstractExecuteFilterCmd)) {
                return next.execute(command);
            }
            CommandContext context = Context.getCommandContext();
            if (context == null || context.getAuthentication() == null || !context.isAuthorizationCheckEnabled()
                    || !"postgres".equals(context.getProcessEngineConfiguration().getDatabaseType())) {
                return next.execute(command);
            }
            Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
            String before = swap(connection, "force_custom_plan");
            // Should the query fail, the command's transaction is rolled back and the local setting goes with it.
            T result = next.execute(command);
            // The rest of the transaction (a REST call may go on to complete the task) keeps its cached plans.
            swap(connection, before);
            return result;
        }

        /** Sets the plan mode until the end of the transaction and returns the one it replaced. */
        static String swap(Connection connection, String mode) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT current_setting('plan_cache_mode'), set_config('plan_cache_mode', ?, true)")) {
                statement.setString(1, mode);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getString(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not set the query's plan mode", e);
            }
        }
    }
}
