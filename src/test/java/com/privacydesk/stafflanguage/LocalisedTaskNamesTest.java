package com.privacydesk.stafflanguage;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.request.RequestProcess;
import org.junit.jupiter.api.Test;

/** The names the engine gives the desk's user tasks when it parses a diagram, per staff language. */
class LocalisedTaskNamesTest {

    @Test
    void aPolishDesk_namesTheTasksItHasATextFor_andLeavesOthersTheirOwn() {
        LocalisedTaskNames names = new LocalisedTaskNames(new StaffTexts(new StaffLanguageProperties(StaffLanguage.PL)));

        assertThat(names.name(RequestProcess.KEY, "VerifyIdentity"))
                .isEqualTo(new StaffTexts(new StaffLanguageProperties(StaffLanguage.PL)).find("task.VerifyIdentity"))
                .isPresent();
        assertThat(names.name(RequestProcess.KEY, "SomeoneElsesTask")).isEmpty();
    }

    @Test
    void anEnglishDesk_keepsTheDiagramsNames() {
        LocalisedTaskNames names = new LocalisedTaskNames(
                new StaffTexts(new StaffLanguageProperties(StaffLanguage.SOURCE)));

        assertThat(names.name(RequestProcess.KEY, "VerifyIdentity")).isEmpty();
    }
}
