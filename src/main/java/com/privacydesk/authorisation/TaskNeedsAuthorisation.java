package com.privacydesk.authorisation;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;

/**
 * On every assignment of a user task (a claim, a hand-over, the process assigning the officer): the new assignee
 * must hold a valid written authorisation for one of the task's candidate groups (for any group when it has none).
 * Otherwise the assignment fails (the engine wraps this exception; Tasklist shows its message) and nothing changes.
 * The message names ids only.
 */
class TaskNeedsAuthorisation implements TaskListener {

    private final ObjectProvider<Authorisations> authorisations;
    private final AuthorisationProperties properties;

    TaskNeedsAuthorisation(ObjectProvider<Authorisations> authorisations, AuthorisationProperties properties) {
        this.authorisations = authorisations;
        this.properties = properties;
    }

    @Override
    public void notify(DelegateTask task) {
        String assignee = task.getAssignee();
        if (!properties.enforced() || assignee == null) {
            return;
        }
        List<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        if (!authorisations.getObject().authorised(assignee, groups)) {
            throw new AuthorizationException("User " + assignee + " holds no valid written authorisation for the"
                    + " task " + task.getTaskDefinitionKey() + " (groups " + groups + "; Art. 29 GDPR): a manager"
                    + " records one under /api/authorisations");
        }
    }
}
