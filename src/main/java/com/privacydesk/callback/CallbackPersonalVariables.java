package com.privacydesk.callback;

import com.privacydesk.request.PersonalVariableNames;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** A caller's number, should a client ever submit one as a variable: never in history. */
@Component
class CallbackPersonalVariables implements PersonalVariableNames {

    @Override
    public Collection<String> names() {
        return List.of(CallbackVariables.CALLER_NUMBER);
    }
}
