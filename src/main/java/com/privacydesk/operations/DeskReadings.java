package com.privacydesk.operations;

import com.privacydesk.correspondence.DeliveryState;
import com.privacydesk.correspondence.Direction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Three cheap queries on the desk's tables (and one indexed join on the engine's executions for the stage),
 * instead of engine API queries per gauge. Counts only: no personal data leaves this class.
 */
@Component
class DeskReadings {

    private final JdbcTemplate jdbc;

    DeskReadings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    DeskSnapshot read() {
        String waits = OpenStage.WAIT_ACTIVITIES.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        Map<String, Set<String>> activitiesByCase = new HashMap<>();
        jdbc.query("""
                SELECT r.case_number, e.ACT_ID_
                FROM dsr_request r
                LEFT JOIN ACT_RU_EXECUTION e ON e.PROC_INST_ID_ = r.process_instance_id AND e.ACT_ID_ IN (%s)
                WHERE r.closed_at IS NULL""".formatted(waits), rs -> {
            Set<String> activities = activitiesByCase.computeIfAbsent(rs.getString(1), c -> new HashSet<>());
            if (rs.getString(2) != null) {
                activities.add(rs.getString(2));
            }
        });
        Map<OpenStage, Long> byStage = new EnumMap<>(OpenStage.class);
        for (OpenStage stage : OpenStage.values()) {
            byStage.put(stage, 0L);
        }
        activitiesByCase.values().forEach(activities -> byStage.merge(OpenStage.of(activities), 1L, Long::sum));
        long overdue = count("""
                SELECT COUNT(*) FROM dsr_request
                WHERE closed_at IS NULL AND answered_at IS NULL AND overdue_since IS NOT NULL""");
        long lettersPending = count("SELECT COUNT(*) FROM correspondence WHERE direction = ? AND delivery_state = ?",
                Direction.OUT.name(), DeliveryState.QUEUED.name());
        return new DeskSnapshot(byStage, overdue, lettersPending);
    }

    private long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }
}
