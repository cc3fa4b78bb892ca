package com.privacydesk.retention;

import java.util.List;

/**
 * Tables in which a capability keeps a case's personal data, keyed by {@code case_number} and referencing no table
 * but the case record. The nightly purge empties them of the cases past retention, then deletes the case records.
 * Each capability declares its own tables as a bean, so the purge holds no list of other capabilities' tables.
 */
@FunctionalInterface
public interface CaseTables {

    List<String> names();
}
