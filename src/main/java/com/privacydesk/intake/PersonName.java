package com.privacydesk.intake;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A requester's name is a name: letters (any script) with spaces, apostrophes, hyphens, dots and commas, and
 * nothing that reads as a web or mail address. Its length is a separate rule ({@code @Size}, {@link #MAX_LENGTH}),
 * so a form can say which of the two is broken. It is printed at the top of
 * letters sent from the privacy mailbox, so it must not carry sentences, line breaks or links.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PersonName.Validator.class)
public @interface PersonName {

    int MAX_LENGTH = 200;

    String message() default "must be a name: letters, spaces and ' - . , only, no line breaks or addresses";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<PersonName, String> {

        /** Letters and combining marks of any script, separated by the punctuation names use. */
        private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.,-]*");
        /** "evil.example", "www.x": a dot between two words of two letters or more is a domain, not an initial. */
        private static final Pattern DOMAIN = Pattern.compile("\\p{L}{2,}\\.\\p{L}{2,}");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || isNameText(value.strip());
        }

        /** A name of at most {@link #MAX_LENGTH} characters (for names that no form validates, e.g. a From line). */
        public static boolean isName(String value) {
            String name = value.strip();
            return name.length() <= MAX_LENGTH && isNameText(name);
        }

        private static boolean isNameText(String name) {
            return NAME.matcher(name).matches() && !DOMAIN.matcher(name).find() && !name.contains("  ");
        }
    }
}
