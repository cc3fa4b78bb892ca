package com.privacydesk.intake.webform;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** {@code ${t("key")}} in the web form's templates: the text in the page's language (i18n/web-form*.properties). */
final class PageText implements TemplateMethodModelEx {

    private final MessageSource messages;
    private final Locale locale;

    PageText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    @Override
    public Object exec(List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel key)) {
            throw new TemplateModelException("t(key) takes one text key");
        }
        return get(key.getAsString());
    }
}
