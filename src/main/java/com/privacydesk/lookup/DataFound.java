package com.privacydesk.lookup;

/**
 * How many rows one mapped table holds on the data subject.
 *
 * @param source   stable key of the table in the data map, e.g. "orders"
 * @param category what the customer would call it, in English for staff (e.g. "Order history"); letters and
 *                 packages take the customer's language from the data map by {@code source}
 */
public record DataFound(String source, String category, int rows) {
}
