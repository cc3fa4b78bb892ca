package com.privacydesk.datamap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import com.privacydesk.request.Right;
import java.util.List;

/**
 * A place no query reaches (seed 004): a spreadsheet, an e-mail address book, a paper file, a supplier's system
 * without an API. A request that concerns it creates a task for the owning group to search it by hand.
 *
 * @param name       what the customer reads in the access package (and staff in the task name, in English)
 * @param activities the activities whose data may be kept there
 * @param rights     the rights a search is needed for; empty means every right
 */
public record ManualSource(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{0,62}", message = "must be a lower-case id with hyphens") String id,
        @NotNull LocalisedText name,
        @NotNull Kind kind,
        @NotBlank @Pattern(regexp = "[a-zA-Z0-9-]+", message = "must be a Camunda group id") String ownerGroup,
        @NotBlank String location,
        List<@NotBlank String> activities,
        List<Right> rights,
        @NotBlank String instructions) {

    public enum Kind { SPREADSHEET, ADDRESS_BOOK, PAPER_FILE, SUPPLIER_WITHOUT_API, OTHER }

    public ManualSource {
        activities = activities == null ? List.of() : List.copyOf(activities);
        rights = rights == null ? List.of() : List.copyOf(rights);
    }

    public boolean concerns(java.util.Collection<Right> requested) {
        return rights.isEmpty() || requested.stream().anyMatch(rights::contains);
    }
}
