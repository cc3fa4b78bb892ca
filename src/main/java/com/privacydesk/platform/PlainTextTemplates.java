package com.privacydesk.platform;

import freemarker.cache.TemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;

/**
 * The one FreeMarker set-up for texts the desk writes to people (letters, information clauses): plain text,
 * strict and locked down, because the templates are edited by process owners outside development.
 */
public final class PlainTextTemplates {

    private PlainTextTemplates() {
    }

    public static Configuration configuration(TemplateLoader loader) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(loader);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        // A missing value must stop the text, never print an empty gap.
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setClassicCompatible(false);
        configuration.setFallbackOnNullLoopVariable(false);
        // The engine would log the failing template with its data; callers raise a data-free message instead.
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        // No object creation or API access from a template.
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        // Our {lang}/ folders are the localisation; FreeMarker's _pl suffix lookup would only add confusion.
        configuration.setLocalizedLookup(false);
        configuration.setNumberFormat("computer");
        configuration.setTemplateUpdateDelayMilliseconds(2000);
        return configuration;
    }
}
