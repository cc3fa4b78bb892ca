package com.privacydesk.correspondence;

import com.privacydesk.request.Language;

/**
 * A composed plain-text letter, ready to be sent as an e-mail.
 *
 * @param language the language actually used (en when the requested one has no template)
 */
public record Letter(LetterKind kind, Language language, String subject, String body) {
}
