package com.privacydesk.platform;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * What a capability adds to the user tasks of every diagram the engine parses, after the diagram's own listeners,
 * without touching the diagrams or the engine's internals. A bean; {@link UserTaskHooks} applies them all.
 */
public interface UserTaskHook {

    /**
     * Listeners for the task {@code taskId} of the process {@code processKey}, by event name
     * ({@link TaskListener#EVENTNAME_COMPLETE}…); none by default.
     */
    default Map<String, TaskListener> listeners(String processKey, String taskId) {
        return Map.of();
    }

    /** The name the task shows instead of the diagram's; the diagram's by default. */
    default Optional<String> name(String processKey, String taskId) {
        return Optional.empty();
    }
}
