package com.privacydesk.country;

import java.time.Period;

/**
 * A retention period the controller's country prescribes, with the legal citation the record and letters quote.
 *
 * @param topic    what is kept: {@code tax-records} (invoices, tax and accounting documents) or {@code claims}
 *                 (the general limitation period for claims, which bounds keeping data to defend them)
 * @param period   the length of the period; where it starts is said in the text
 * @param citation the period with its start and its legal source, per language
 */
public record RetentionDefault(String topic, Period period, Localised citation) {
}
