package com.privacydesk.information;

import com.privacydesk.request.Language;

/**
 * One first layer of information as a channel gives it: the text, its version (SHA-256 of the text, so any change of
 * wording or profile is a new version) and the full privacy policy it points to.
 */
public record InformationClause(ClauseChannel channel, Language language, String text, String version,
        String fullPolicyUrl) {
}
