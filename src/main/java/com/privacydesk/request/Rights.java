package com.privacydesk.request;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** The comma-separated form of a set of rights, as stored in the case table and the {@code rights} variable. */
public final class Rights {

    private Rights() {
    }

    public static String format(Collection<Right> rights) {
        return rights.stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static List<Right> parse(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).map(Right::valueOf).toList();
    }
}
