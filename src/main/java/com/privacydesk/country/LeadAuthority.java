package com.privacydesk.country;

/**
 * The controller's lead supervisory authority (Art. 56, 77 GDPR) as a letter in one language names it.
 *
 * @param name    the authority's name in the letter's language (official name kept, with a gloss abroad)
 * @param address postal address, with the country when the letter is in another language
 * @param website the authority's website in that language, where it has one
 */
public record LeadAuthority(String name, String address, String website) {
}
