package com.privacydesk.request;

import java.util.Collection;

/**
 * Names of variables that carry personal data through the engine and so must never reach its history, which is kept
 * for years beyond erasure's reach. Each capability declares its own as a bean; the history filter collects every
 * bean, so neither the kernel nor the filter needs to know the capabilities.
 */
@FunctionalInterface
public interface PersonalVariableNames {

    Collection<String> names();
}
