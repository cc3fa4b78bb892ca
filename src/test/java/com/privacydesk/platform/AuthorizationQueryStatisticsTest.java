package com.privacydesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.testsupport.EmbeddedPostgresSupport;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The planner statistics behind the task list's speed (BENCHMARKS.md): with them PostgreSQL estimates the
 * authorizations that grant READ as many as there are, not the 0.5 % it guesses for a bit test.
 */
class AuthorizationQueryStatisticsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void permissionBitEstimate_followsTheData_andCreatingTwiceIsHarmless() throws Exception {
        DataSource ds = freshDatabase("desk_auth_statistics");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.execute("CREATE TABLE act_ru_authorization (id_ varchar(64) PRIMARY KEY, type_ integer NOT NULL,"
                + " group_id_ varchar(255), resource_type_ integer NOT NULL, resource_id_ varchar(255), perms_ integer)");
        // As the engine leaves it: one READ+UPDATE grant per open task for the candidate group.
        jdbc.execute("INSERT INTO act_ru_authorization SELECT 'a' || g, 1, 'agents', 7, 'task' || g, 6"
                + " FROM generate_series(1, 5000) g");
        jdbc.execute("ANALYZE act_ru_authorization");
        assertThat(estimatedReadGrants(jdbc)).as("without statistics the planner guesses").isLessThan(100);

        AuthorizationQueryStatistics statistics = new AuthorizationQueryStatistics(ds, null);
        statistics.afterPropertiesSet();
        statistics.afterPropertiesSet();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_statistic_ext WHERE stxname = 'desk_authorization_perms'",
                Integer.class)).isEqualTo(1);
        assertThat(estimatedReadGrants(jdbc)).isGreaterThan(4000);
    }

    @Test
    void otherDatabases_areLeftAlone() {
        DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:auth-statistics;DB_CLOSE_DELAY=-1", "sa", "");
        new AuthorizationQueryStatistics(h2, null).afterPropertiesSet();
        assertThat(new JdbcTemplate(h2).queryForObject("SELECT count(*) FROM information_schema.tables"
                + " WHERE lower(table_name) = 'act_ru_authorization'", Integer.class)).isZero();
    }

    private static double estimatedReadGrants(JdbcTemplate jdbc) throws Exception {
        String plan = jdbc.queryForObject("EXPLAIN (FORMAT JSON) SELECT * FROM act_ru_authorization"
                + " WHERE perms_ & 2 = 2", String.class);
        JsonNode root = JSON.readTree(plan);
        return root.get(0).get("Plan").get("Plan Rows").asDouble();
    }

    private static DataSource freshDatabase(String name) throws SQLException {
        DataSource server = EmbeddedPostgresSupport.dataSource();
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
            String url = connection.getMetaData().getURL().replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
            return new DriverManagerDataSource(url, "postgres", "postgres");
        }
    }
}
