package com.privacydesk.request;

import java.util.Collection;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The requester's details an agent types in "Register request" or "Classify request", and staff's own words about a
 * case (kept as {@link CaseNotes}): never in the engine's history.
 */
@Component
class RequestPersonalVariables implements PersonalVariableNames {

    @Override
    public Collection<String> names() {
        return Stream.concat(CaseNotes.VARIABLES.stream(), RequestVariables.PERSONAL_FORM_FIELDS.stream()).toList();
    }
}
