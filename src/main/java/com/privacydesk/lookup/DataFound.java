package com.privacydesk.lookup;

/**
 * How many rows one mapped table holds on the data subject.
 *
 * @param source   stable key of the table in the data map, e.g. "orders"
 * @param category what the customer would call it, e.g. "Order history"
 */
public record DataFound(String source, String category, int rows) {
}
