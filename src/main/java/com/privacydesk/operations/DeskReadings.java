package com.privacydesk.operations;

import com.privacydesk.request.DeliveryState;
import com.privacydesk.request.Direction;
import com.privacydesk.request.RequestRepository;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Three cheap queries on the desk's tables (and one indexed join on the engine's executions for the stage),
 * instead of engine API queries per gauge. Counts only: no personal data leaves this class.
 */
@Component
class DeskReadings {

    private final JdbcTemplate jdbc;
    private final RequestRepository requests;

    DeskReadings(JdbcTemplate jdbc, RequestRepository requests) {
        this.jdbc = jdbc;
        this.requests = requests;
    }

    DeskSnapshot read() {
        Map<String, Set<String>> activitiesByCase = requests.openCasesWaitingIn(OpenStage.WAIT_ACTIVITIES);
        Map<OpenStage, Long> byStage = new EnumMap<>(OpenStage.class);
        for (OpenStage stage : OpenStage.values()) {
            byStage.put(stage, 0L);
        }
        activitiesByCase.values().forEach(activities -> byStage.merge(OpenStage.of(activities), 1L, Long::sum));
        long overdue = requests.countOverdueUnanswered();
        long lettersPending = count("SELECT COUNT(*) FROM correspondence WHERE direction = ? AND delivery_state = ?",
                Direction.OUT.name(), DeliveryState.QUEUED.name());
        return new DeskSnapshot(byStage, overdue, lettersPending);
    }

    private long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }
}
