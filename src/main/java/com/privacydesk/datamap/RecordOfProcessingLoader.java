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
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Reads the record of processing, with one binding and validation: from the application's environment (which imports
 * {@code record-of-processing.yaml}), and from YAML outside a Spring Boot application (tests, the benchmark).
 */
public final class RecordOfProcessingLoader {

    public static final String PREFIX = "privacy-desk.record-of-processing";

    private RecordOfProcessingLoader() {
    }

    /**
     * The record the application ships, as the default settings make it: the PL profile's retention rules, closed cases
     * and recording answers kept 3 years, dropped calls 30 days, calls recorded on legitimate interest.
     */
    public static RecordOfProcessing shipped() {
        return load(new ClassPathResource("record-of-processing.yaml")).resolved(DEFAULTS);
    }

    /** The settings of {@link #shipped()}; the controller is the test fixtures' fictitious retailer. */
    public static final RecordSettings DEFAULTS = RecordSettings.of(
            com.privacydesk.country.CountryProfiles.bundled().require("PL"), java.time.Period.ofYears(3),
            java.time.Period.ofYears(3), java.time.Duration.ofDays(30), false,
            new RecordSettings.Controller("Przykładowy Sklep sp. z o.o.", "ul. Przykładowa 1, 00-001 Warszawa", null,
                    "prywatnosc@przykladowy-sklep.pl", null));

    public static RecordOfProcessing load(Resource yaml) {
        try {
            var sources = new YamlPropertySourceLoader().load(yaml.getDescription(), yaml);
            // Settings such as recipients' addresses come from the environment, as in the application.
            return bind(ConfigurationPropertySources.from(sources),
                    new PropertySourcesPlaceholdersResolver(new StandardEnvironment()), yaml.getDescription());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + yaml.getDescription(), e);
        }
    }

    /** The record in the application's environment ({@code record-of-processing.yaml} is imported into it). */
    public static RecordOfProcessing load(ConfigurableEnvironment environment) {
        return bind(ConfigurationPropertySources.get(environment), new PropertySourcesPlaceholdersResolver(environment),
                "the application's settings");
    }

    private static RecordOfProcessing bind(Iterable<ConfigurationPropertySource> sources,
                                           PropertySourcesPlaceholdersResolver placeholders, String where) {
        ApplicationConversionService conversion = new ApplicationConversionService();
        conversion.addConverter(new LocalisedTextConverter());
        RecordOfProcessing record = new Binder(sources, placeholders, conversion)
                .bind(PREFIX, RecordOfProcessing.class)
                .orElseThrow(() -> new InvalidDataMapException("No " + PREFIX + " in " + where));
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
    }
}
