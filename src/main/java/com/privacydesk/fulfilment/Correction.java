package com.privacydesk.fulfilment;

/**
 * The corrected values a customer asked for (Art. 16). Null or blank fields are left as they are.
 *
 * @param name "First Last"; the first word is the first name, the rest the last name ("Jan de Vries")
 */
public record Correction(String name, String email, String phone, String street, String postalCode, String city) {
}
