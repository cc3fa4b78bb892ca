package com.privacydesk.stafflanguage;

import com.privacydesk.platform.UserTaskHook;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Names the desk's user tasks in the staff language ({@code task.<task id>} in i18n/staff*.properties), so that
 * Tasklist lists "Weryfikacja tożsamości" to a Polish desk. The diagrams keep their English names and every id
 * (filters, tests and integrations use the ids), and other people's diagrams stay untouched: the name is set when
 * the engine parses a diagram, as the task's name expression, for tasks the desk has a text for.
 */
@Component
public class LocalisedTaskNames implements UserTaskHook {

    private final StaffTexts texts;

    public LocalisedTaskNames(StaffTexts texts) {
        this.texts = texts;
    }

    @Override
    public Optional<String> name(String processKey, String taskId) {
        if (texts.language() == StaffLanguage.SOURCE) {
            return Optional.empty(); // the diagrams' own names are the English texts
        }
        return texts.find("task." + taskId);
    }
}
