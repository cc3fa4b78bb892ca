package com.privacydesk.toolchain;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** The settings the desk's own code reads, by their canonical names (privacy-desk.controller.company-name). */
final class DeskSettings {

    private static final String BASE_PACKAGE = "com.privacydesk";
    private static final Pattern VALUE_PLACEHOLDER = Pattern.compile("\\$\\{([a-z][a-z0-9.-]*)");

    /** A bound property: a value, a group of further properties (a nested record), or a map or list. */
    enum Kind { VALUE, GROUP, ANY_KEY_BELOW }

    record Setting(String name, Kind kind) {
    }

    private DeskSettings() {
    }

    /** Every property of the desk's @ConfigurationProperties classes, nested groups included. */
    static List<Setting> bound() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<Setting> settings = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
            properties(prefix, type, settings);
        }
        return settings;
    }

    /** The names of the desk's own properties read with @Value (privacy-desk.public-base-url). */
    static Set<String> injected() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> true);
        Set<String> names = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            List<AnnotatedElement> elements = new ArrayList<>(List.of(type.getDeclaredFields()));
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                elements.addAll(List.of(constructor.getParameters()));
            }
            for (var method : type.getDeclaredMethods()) {
                elements.addAll(List.of(method.getParameters()));
            }
            for (AnnotatedElement element : elements) {
                Value value = element.getAnnotation(Value.class);
                if (value != null) {
                    Matcher placeholder = VALUE_PLACEHOLDER.matcher(value.value());
                    while (placeholder.find()) {
                        if (placeholder.group(1).startsWith("privacy-desk.")) {
                            names.add(placeholder.group(1));
                        }
                    }
                }
            }
        }
        return names;
    }

    private static void properties(String prefix, Class<?> type, List<Setting> settings) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                property(prefix + "." + kebab(component.getName()), component.getType(), component.getGenericType(),
                        settings);
            }
        } else {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    property(prefix + "." + kebab(field.getName()), field.getType(), field.getGenericType(), settings);
                }
            }
        }
    }

    private static void property(String name, Class<?> type, Type generic, List<Setting> settings) {
        if (Map.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type) || type.isArray()
                || !type.getName().startsWith(BASE_PACKAGE + ".") && generic instanceof ParameterizedType) {
            settings.add(new Setting(name, Kind.ANY_KEY_BELOW));
        } else if (type.getName().startsWith(BASE_PACKAGE + ".") && !type.isEnum()) {
            settings.add(new Setting(name, Kind.GROUP));
            properties(name, type, settings);
        } else {
            settings.add(new Setting(name, Kind.VALUE));
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
