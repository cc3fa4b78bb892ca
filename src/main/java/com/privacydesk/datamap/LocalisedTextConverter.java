package com.privacydesk.datamap;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Binds a plain YAML string where a translated text is expected as English only, for {@link CustomerTexts} to refuse. */
@Component
@ConfigurationPropertiesBinding
public class LocalisedTextConverter implements Converter<String, LocalisedText> {

    @Override
    public LocalisedText convert(String source) {
        return LocalisedText.english(source);
    }
}
