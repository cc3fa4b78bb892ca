package com.privacydesk.datamap;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Reads a record of processing from YAML outside a Spring Boot application (tests, the benchmark), with the same
 * binding and validation the application applies to {@code record-of-processing.yaml}.
 */
public final class RecordOfProcessingLoader {

    public static final String PREFIX = "privacy-desk.record-of-processing";

    private RecordOfProcessingLoader() {
    }

    /** The record the application ships. */
    public static RecordOfProcessing shipped() {
        return load(new ClassPathResource("record-of-processing.yaml"));
    }

    public static RecordOfProcessing load(Resource yaml) {
        try {
            var sources = new YamlPropertySourceLoader().load(yaml.getDescription(), yaml);
            ApplicationConversionService conversion = new ApplicationConversionService();
            conversion.addConverter(new LocalisedTextConverter());
            RecordOfProcessing record = new Binder(ConfigurationPropertySources.from(sources),
                            // Settings such as recipients' addresses come from the environment, as in the application.
                            new org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver(
                                    new org.springframework.core.env.StandardEnvironment()), conversion)
                    .bind(PREFIX, RecordOfProcessing.class)
                    .orElseThrow(() -> new InvalidDataMapException("No " + PREFIX + " in " + yaml.getDescription()));
            try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
                Validator validator = factory.getValidator();
                Set<ConstraintViolation<RecordOfProcessing>> violations = validator.validate(record);
                if (!violations.isEmpty()) {
                    throw new InvalidDataMapException("Record of processing is invalid: " + violations.stream()
                            .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                            .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; ")));
                }
            }
            return record;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + yaml.getDescription(), e);
        }
    }
}
