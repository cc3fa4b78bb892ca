package com.privacydesk.datamap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * A table an activity stores data in. The first activity naming a source defines it (table, subject link,
 * columns, erasure); a later activity processing the same table names only its {@code source}.
 *
 * @param subjectColumn     the column holding the customer id; or
 * @param via               the column referencing a parent source's id, which leads to the subject
 * @param columns           the personal-data columns
 * @param provided          false for data we created rather than the customer provided (not portable, Art. 20)
 * @param objection         what an objection (Art. 21) does to the rows, for activities it reaches
 * @param callColumn        the column holding the telephony system's call id: a withdrawal or objection the telephony
 *                          system reports for one call reaches that call's rows, as {@code objection} says
 */
public record Storage(
        @NotBlank String source,
        LocalisedText category,
        String table,
        String idColumn,
        String subjectColumn,
        @Valid Via via,
        List<String> columns,
        @Valid Erasure erasure,
        String restrictionColumn,
        Boolean provided,
        ObjectionSetting objection,
        String callColumn) {

    /** The YAML shape of {@link Objection}: {policy, column?, columns?}. */
    public record ObjectionSetting(Objection.Policy policy, String column, List<String> columns) {
    }

    public record Via(@NotBlank String column, @NotBlank String parent) {
    }

    /**
     * @param policy      DELETE, ANONYMISE or RETAIN
     * @param anonymise   for ANONYMISE: which columns, and how
     * @param legalGround for RETAIN: why the rows outlive an erasure request (Art. 17(3))
     */
    public record Erasure(ErasurePolicy policy, List<Anonymisation> anonymise, LocalisedText legalGround) {
    }

    /** Whether this entry defines the table, rather than referring to a definition in another activity. */
    public boolean definition() {
        return table != null;
    }
}
