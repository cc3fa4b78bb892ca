package com.privacydesk.authorisation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enforced whether a task can be claimed or assigned only by someone with a valid written authorisation for
 *                 one of its groups; off only where no register is kept yet (the shared test context)
 */
@ConfigurationProperties("privacy-desk.authorisations")
public record AuthorisationProperties(@DefaultValue("true") boolean enforced) {
}
