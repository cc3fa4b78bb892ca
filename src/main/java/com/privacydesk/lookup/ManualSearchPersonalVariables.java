package com.privacydesk.lookup;

import com.privacydesk.request.PersonalVariableNames;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** What a searcher found in a spreadsheet or paper file is kept in the desk's table, never in history. */
@Component
class ManualSearchPersonalVariables implements PersonalVariableNames {

    @Override
    public Collection<String> names() {
        return List.of(ManualSearchVariables.NOTE, ManualSearchVariables.DATA_FOUND);
    }
}
