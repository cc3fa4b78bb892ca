package com.privacydesk.request;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/**
 * The one way e-mail addresses, phone numbers and customer numbers are normalised, both when customer data is
 * written and when a requester is matched, so that the two always compare equal.
 */
@Component
public class ContactNormaliser {

    private final String defaultRegion;

    /** Numbers written without a country code are read as Polish ones: the controller's home market. */
    public ContactNormaliser() {
        this("PL");
    }

    public ContactNormaliser(String defaultRegion) {
        if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(defaultRegion)) {
            throw new IllegalArgumentException("Unsupported phone region " + defaultRegion);
        }
        this.defaultRegion = defaultRegion;
    }

    public String defaultRegion() {
        return defaultRegion;
    }

    /** Trimmed and lower-cased; null for blank. */
    public String email(String raw) {
        return blank(raw) ? null : raw.trim().toLowerCase(Locale.ROOT);
    }

    /** Trimmed and upper-cased; null for blank. */
    public String customerNumber(String raw) {
        return blank(raw) ? null : raw.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * E.164 ("+48601234567"), reading "0048 601 234 567", "+48 601-234-567" and national "601 234 567" alike.
     * Empty when blank or not a possible phone number.
     */
    public Optional<String> phone(String raw) {
        if (blank(raw)) {
            return Optional.empty();
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            Phonenumber.PhoneNumber number = util.parse(raw.trim(), defaultRegion);
            return util.isPossibleNumber(number)
                    ? Optional.of(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
