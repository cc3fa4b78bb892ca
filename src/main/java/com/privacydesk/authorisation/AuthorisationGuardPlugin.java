package com.privacydesk.authorisation;

import com.privacydesk.platform.UserTaskHook;
import java.util.Map;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Puts {@link TaskNeedsAuthorisation} on the assignment of every user task of every diagram, without touching them. */
@Component
public class AuthorisationGuardPlugin implements UserTaskHook {

    private final TaskListener guard;

    public AuthorisationGuardPlugin(ObjectProvider<Authorisations> authorisations, AuthorisationProperties properties) {
        this.guard = new TaskNeedsAuthorisation(authorisations, properties);
    }

    @Override
    public Map<String, TaskListener> listeners(String processKey, String taskId) {
        return Map.of(TaskListener.EVENTNAME_ASSIGNMENT, guard);
    }
}
