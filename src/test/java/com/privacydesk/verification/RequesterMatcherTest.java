package com.privacydesk.verification;

import com.privacydesk.request.Channel;
import com.privacydesk.request.ChannelProof;
import com.privacydesk.stafflanguage.StaffLanguage;
import com.privacydesk.stafflanguage.StaffLanguageProperties;
import com.privacydesk.stafflanguage.StaffTexts;
import com.privacydesk.testsupport.DecisionTables;
import com.privacydesk.testsupport.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequesterMatcherTest {

    private final RequesterMatcher matcher = new RequesterMatcher(EmbeddedPostgresSupport.jdbc(), "PL");

    private static RequesterDetails details(String name, String email, String phone, String number) {
        return new RequesterDetails(name, email, phone, number);
    }

    /** The desk's mail server authenticated this sender address (normalised, as the intake records it). */
    private static ChannelProof dmarc(String email) {
        return ChannelProof.mailDmarc(email);
    }

    /** A member of staff filed the request and vouches for this address or E.164 number. */
    private static ChannelProof staff(String contact) {
        return ChannelProof.staff(contact, "agent1");
    }

    @Test
    void emailChannel_customerNumberAndKnownAddress_sure() {
        IdentityMatch m = matcher.match(details(null, "anna.kowalska@example.pl", null, "C-100001"), Channel.EMAIL,
                dmarc("anna.kowalska@example.pl"));

        assertThat(m.confidence()).isEqualTo(MatchConfidence.EXACT);
        assertThat(m.contactProven()).isTrue();
        assertThat(evidence(m, Channel.EMAIL)).isEqualTo("SURE");
        assertThat(m.customerNumber()).isEqualTo("C-100001");
        assertThat(m.customerId()).isEqualTo(EmbeddedPostgresSupport.customerId(EmbeddedPostgresSupport.jdbc(), "C-100001"));
        assertThat(m.candidates()).singleElement().satisfies(c -> {
            assertThat(c.matchedOn()).containsExactlyInAnyOrder("customerNumber", "email");
            assertThat(c.score()).isEqualTo(70);
        });
        assertThat(m.summary()).isEqualTo(
                "Customer number and e-mail match customer C-100001; phone not given. Channel e-mail: sender authenticated"
                + " by the mail server (DMARC); a verified address of this customer.");
    }

    @Test
    void summary_inTheStaffLanguage_wordsNotCodes() {
        RequesterDetails anna = details(null, "anna.kowalska@example.pl", null, "C-100001");

        assertThat(matcher.match(anna, Channel.EMAIL, dmarc("anna.kowalska@example.pl"), staffTexts(StaffLanguage.PL))
                .summary()).isEqualTo("Numer klienta i e-mail pasują do klienta C-100001; telefon: nie podano."
                + " Kanał e-mail: nadawca uwierzytelniony przez serwer pocztowy (DMARC); zweryfikowany adres tego klienta.");
        assertThat(matcher.match(anna, Channel.LETTER, null, staffTexts(StaffLanguage.DE)).summary())
                .startsWith("Kundennummer und E-Mail passen zu Kunde C-100001; Telefon nicht angegeben.")
                .endsWith("Kanal Brief: nie sicher: Ein Brief beweist seinen Absender nicht.");
        assertThat(matcher.match(details(null, null, null, null), Channel.WEB_FORM, null, staffTexts(StaffLanguage.FR))
                .summary()).isEqualTo("Ni numéro client, ni e-mail, ni téléphone indiqué : rien à rapprocher.");
        assertThat(matcher.match(details(null, "nobody@example.org", "+48 500 000 000", null), Channel.EMAIL, null,
                staffTexts(StaffLanguage.NL)).summary())
                .isEqualTo("Geen klant komt overeen met de opgegeven gegevens (e-mail of telefoon).");
    }

    /** What bpmn/identity-evidence.dmn makes of the facts for an access request. */
    private static String evidence(IdentityMatch m, Channel channel) {
        return DecisionTables.identityEvidence(m, channel, "ACCESS");
    }

    private static StaffTexts staffTexts(StaffLanguage language) {
        return new StaffTexts(new StaffLanguageProperties(language));
    }

    @Test
    void emailChannel_addressInOtherCaseAndSpaces_sure() {
        IdentityMatch m = matcher.match(details(null, "  Anna.Kowalska@EXAMPLE.pl ", null, null), Channel.EMAIL,
                dmarc("anna.kowalska@example.pl"));

        assertThat(m.confidence()).isEqualTo(MatchConfidence.EXACT);
        assertThat(m.contactProven()).isTrue();
        assertThat(evidence(m, Channel.EMAIL)).isEqualTo("SURE");
        assertThat(m.customerNumber()).isEqualTo("C-100001");
        assertThat(m.summary()).isEqualTo("E-mail matches customer C-100001; customer number not given; phone not given."
                + " Channel e-mail: sender authenticated by the mail server (DMARC); a verified address of this customer.");
    }

    @Test
    void emailChannel_verifiedAddressButNothingProvesTheSender_probable() {
        // Anyone can post {"channel":"EMAIL"} with someone's address to the public API, or forge a From line.
        IdentityMatch m = matcher.match(details("Anna Kowalska", "anna.kowalska@example.pl", "+48601234567", "C-100001"),
                Channel.EMAIL);

        assertThat(m.confidence()).isEqualTo(MatchConfidence.EXACT);
        assertThat(m.contactProven()).isFalse();
        assertThat(evidence(m, Channel.EMAIL)).isEqualTo("VERIFY");
        assertThat(m.customerNumber()).isEqualTo("C-100001");
        assertThat(m.summary()).endsWith("Channel e-mail: sender address not proven: not authenticated by the desk's"
                + " mail server (DMARC) nor vouched for by staff (e.g. given on the public API).");
    }

    @Test
    void emailChannel_proofOfAnotherAddressThanTheOneGiven_probable() {
        // The mail server authenticated one sender; the agent typed the address of a customer.
        IdentityMatch m = matcher.match(details(null, "anna.kowalska@example.pl", null, "C-100001"), Channel.EMAIL,
                dmarc("someone.else@example.org"));

        assertThat(m.confidence()).isEqualTo(MatchConfidence.EXACT);
        assertThat(m.contactProven()).isFalse();
        assertThat(evidence(m, Channel.EMAIL)).isEqualTo("VERIFY");
        assertThat(m.summary()).endsWith("Channel e-mail: sender authenticated by the mail server (DMARC), but the"
                + " address given differs from it: not proven.");
    }

    @Test
    void phoneChannel_proofOfAnEmailAddress_provesNoNumber() {
        IdentityMatch m = matcher.match(details(null, "anna.kowalska@example.pl", "+48601234567", null), Channel.PHONE,
                staff("anna.kowalska@example.pl"));

        assertThat(m.confidence()).isEqualTo(MatchConfidence.EXACT);
        assertThat(m.contactProven()).isFalse();
        assertThat(evidence(m, Channel.PHONE)).isEqualTo("VERIFY");
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"WEB_FORM", "LETTER"})
    void formAndLetter_evenVouchedFor_neverSure(Channel channel) {
        IdentityMatch m = matcher.match(details(null, "anna.kowalska@example.pl", "+48601234567", "C-100001"), channel,
                staff("anna.kowalska@example.pl"));

        assertThat(m.confidence()).isEqualTo(MatchConfidence.EXACT);
        assertThat(m.contactProven()).isFalse();
        assertThat(evidence(m, channel)).isEqualTo("VERIFY");
    }

    @Test
    void emailChannel_secondVerifiedAddress_sure() {
        IdentityMatch m = matcher.match(details("Jan de Vries", "j.devries@werk.example.nl", null, " c-100002 "), Channel.EMAIL,
                staff("j.devries@werk.example.nl"));

        assertThat(m.confidence()).isEqualTo(MatchConfidence.EXACT);
        assertThat(m.contactProven()).isTrue();
        assertThat(evidence(m, Channel.EMAIL)).isEqualTo("SURE");
        assertThat(m.customerNumber()).isEqualTo("C-100002");
        assertThat(m.candidates().get(0).matchedOn()).containsExactlyInAnyOrder("customerNumber", "email", "name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0048 601 234 567", "+48 601-234-567", "601 234 567", "+48601234567"})
    void phoneChannel_callerIdInAnyNotation_sure(String callerId) {
        IdentityMatch m = matcher.match(details(null, null, callerId, null), Channel.PHONE, staff("+48601234567"));

        assertThat(m.confidence()).isEqualTo(MatchConfidence.EXACT);
        assertThat(m.contactProven()).isTrue();
        assertThat(evidence(m, Channel.PHONE)).isEqualTo("SURE");
        assertThat(m.customerNumber()).isEqualTo("C-100001");
        assertThat(m.summary()).endsWith("Channel phone: caller number vouched for by staff member agent1; a verified number of this"
                + " customer.");
    }

    @Test
    void phoneChannel_foreignNumberWithoutPlusUnderPolishDefault_readsInternationalPrefix() {
        IdentityMatch m = matcher.match(details(null, null, "0031 6 1234 5678", null), Channel.PHONE, staff("+31612345678"));

        assertThat(m.confidence()).isEqualTo(MatchConfidence.EXACT);
        assertThat(m.contactProven()).isTrue();
        assertThat(evidence(m, Channel.PHONE)).isEqualTo("SURE");
        assertThat(m.customerNumber()).isEqualTo("C-100002");
    }

    @Test
    void chatChannel_loggedInAddress_sure() {
        IdentityMatch m = matcher.match(details("Emma Peeters", "emma.peeters@example.be", "+32 470 12 34 56", null), Channel.CHAT,
                staff("emma.peeters@example.be"));

        assertThat(m.confidence()).isEqualTo(MatchConfidence.EXACT);
        assertThat(m.contactProven()).isTrue();
        assertThat(evidence(m, Channel.CHAT)).isEqualTo("SURE");
        assertThat(m.customerNumber()).isEqualTo("C-100004");
        assertThat(m.summary()).isEqualTo("E-mail, phone and name match customer C-100004; customer number not given."
                + " Channel chat: address vouched for by staff member agent1; a verified address of this customer.");
    }

    @Test
    void chatChannel_onlyPhoneGiven_probable() {
        IdentityMatch m = matcher.match(details(null, null, "+48601234567", null), Channel.CHAT);

        assertThat(m.confidence()).isEqualTo(MatchConfidence.EXACT);
        assertThat(m.contactProven()).isFalse();
        assertThat(evidence(m, Channel.CHAT)).isEqualTo("VERIFY");
        assertThat(m.customerNumber()).isEqualTo("C-100001");
        assertThat(m.summary()).endsWith("Channel chat: chat address not given.");
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"WEB_FORM", "LETTER"})
    void formAndLetter_everyDetailMatches_neverSure(Channel channel) {
        IdentityMatch m = matcher.match(details("Anna Kowalska", "anna.kowalska@example.pl", "+48601234567", "C-100001"), channel);

        assertThat(m.confidence()).isEqualTo(MatchConfidence.EXACT);
        assertThat(m.contactProven()).isFalse();
        assertThat(evidence(m, channel)).isEqualTo("VERIFY");
        assertThat(m.customerNumber()).isEqualTo("C-100001");
        assertThat(m.candidates()).singleElement().extracting(Candidate::score).isEqualTo(110);
        assertThat(m.summary()).startsWith("Customer number, e-mail, phone and name match customer C-100001.")
                .contains("Channel " + (channel == Channel.WEB_FORM ? "web form" : "letter") + ": never sure");
    }

    @Test
    void emailChannel_addressOfAnotherCustomer_contradiction_probable() {
        IdentityMatch m = matcher.match(details(null, "jan.devries@example.nl", null, "C-100001"), Channel.EMAIL,
                dmarc("jan.devries@example.nl"));

        assertThat(m.confidence()).isEqualTo(MatchConfidence.WEAK);
        assertThat(m.contactProven()).isFalse();
        assertThat(evidence(m, Channel.EMAIL)).isEqualTo("VERIFY");
        assertThat(DecisionTables.identityEvidence(m, Channel.EMAIL, "ERASURE")).isEqualTo("ASK_FOR_MORE");
        assertThat(m.customerNumber()).isEqualTo("C-100001");
        assertThat(m.candidates()).extracting(Candidate::customerNumber).containsExactly("C-100001", "C-100002");
        assertThat(m.summary()).isEqualTo("Customer number matches customer C-100001; e-mail belongs to another customer;"
                + " phone not given. Also partly matching: C-100002. Channel e-mail: sender authenticated by the mail server (DMARC), but not one of this"
                + " customer's.");
    }

    @Test
    void emailChannel_knownAddressButUnknownPhone_contradiction_probable() {
        IdentityMatch m = matcher.match(details(null, "anna.kowalska@example.pl", "+48 500 000 000", null), Channel.EMAIL,
                dmarc("anna.kowalska@example.pl"));

        assertThat(m.confidence()).isEqualTo(MatchConfidence.WEAK);
        assertThat(m.contactProven()).isTrue();
        assertThat(evidence(m, Channel.EMAIL)).isEqualTo("VERIFY");
        assertThat(DecisionTables.identityEvidence(m, Channel.EMAIL, "ERASURE")).isEqualTo("ASK_FOR_MORE");
        assertThat(m.customerNumber()).isEqualTo("C-100001");
        assertThat(m.summary()).contains("phone unknown").endsWith("Channel e-mail: sender authenticated by the mail server (DMARC);"
                + " a verified address of this customer.");
    }

    @Test
    void phoneChannel_unparseablePhone_isAContradictionNotIgnored() {
        IdentityMatch m = matcher.match(details(null, null, "call me", "C-100001"), Channel.PHONE);

        assertThat(m.confidence()).isEqualTo(MatchConfidence.WEAK);
        assertThat(m.contactProven()).isFalse();
        assertThat(evidence(m, Channel.PHONE)).isEqualTo("VERIFY");
        assertThat(DecisionTables.identityEvidence(m, Channel.PHONE, "ERASURE")).isEqualTo("ASK_FOR_MORE");
        assertThat(m.summary()).isEqualTo("Customer number matches customer C-100001; phone unknown; e-mail not given."
                + " Channel phone: caller number not proven: not vouched for by staff.");
    }

    @Test
    void emailAndPhoneOfDifferentCustomers_equalScores_noneWithBothCandidates() {
        IdentityMatch m = matcher.match(details(null, "anna.kowalska@example.pl", "+4915112345678", null), Channel.EMAIL,
                dmarc("anna.kowalska@example.pl"));

        assertThat(m.confidence()).isEqualTo(MatchConfidence.NONE);
        assertThat(evidence(m, Channel.EMAIL)).isEqualTo("ASK_FOR_MORE");
        assertThat(m.customerId()).isNull();
        assertThat(m.candidates()).extracting(Candidate::customerNumber).containsExactly("C-100001", "C-100003");
        assertThat(m.summary()).isEqualTo("Customers C-100001, C-100003 match equally; the agent must decide.");
    }

    @Test
    void sharedLandline_tieBrokenByName_probableButNotSure() {
        IdentityMatch withoutName = matcher.match(details(null, null, "+31 20 123 4567", null), Channel.PHONE,
                staff("+31201234567"));
        IdentityMatch withName = matcher.match(details("Ruben Bakker", null, "+31 20 123 4567", null), Channel.PHONE,
                staff("+31201234567"));

        assertThat(withoutName.confidence()).isEqualTo(MatchConfidence.NONE);
        assertThat(evidence(withoutName, Channel.PHONE)).isEqualTo("ASK_FOR_MORE");
        assertThat(withoutName.candidates()).extracting(Candidate::customerNumber).containsExactly("C-100021", "C-100022");
        // The name singles one out, but the other still shares the number: an agent decides.
        assertThat(withName.confidence()).isEqualTo(MatchConfidence.STRONG);
        assertThat(evidence(withName, Channel.PHONE)).isEqualTo("VERIFY");
        assertThat(withName.customerNumber()).isEqualTo("C-100022");
    }

    @Test
    void emailChannel_knownButUnverifiedAddress_probable() {
        IdentityMatch m = matcher.match(details("Tomasz Wojcik", "tomasz.wojcik@example.pl", null, null), Channel.EMAIL,
                dmarc("tomasz.wojcik@example.pl"));

        assertThat(m.confidence()).isEqualTo(MatchConfidence.EXACT);
        assertThat(m.contactProven()).isFalse();
        assertThat(evidence(m, Channel.EMAIL)).isEqualTo("VERIFY");
        assertThat(m.customerNumber()).isEqualTo("C-100007");
        assertThat(m.candidates().get(0).matchedOn()).contains("name");
        assertThat(m.summary()).endsWith("Channel e-mail: sender authenticated by the mail server (DMARC), but known to this"
                + " customer without being verified.");
    }

    @Test
    void unknownAddress_none() {
        IdentityMatch m = matcher.match(details("Anna Kowalska", "nobody@example.com", null, null), Channel.EMAIL);

        assertThat(m.confidence()).isEqualTo(MatchConfidence.NONE);
        assertThat(evidence(m, Channel.EMAIL)).isEqualTo("ASK_FOR_MORE");
        assertThat(m.customerId()).isNull();
        assertThat(m.candidates()).isEmpty();
        assertThat(m.summary()).isEqualTo("No customer matches the e-mail given.");
    }

    @Test
    void nothingGiven_none() {
        IdentityMatch m = matcher.match(details("Anna Kowalska", " ", null, ""), Channel.LETTER);

        assertThat(m.confidence()).isEqualTo(MatchConfidence.NONE);
        assertThat(evidence(m, Channel.EMAIL)).isEqualTo("ASK_FOR_MORE");
        assertThat(m.summary()).isEqualTo("No customer number, e-mail or phone given: nothing to match.");
    }

    @Test
    void anonymisedCustomer_isNotMatched() {
        IdentityMatch m = matcher.match(details(null, null, null, "C-100030"), Channel.LETTER);

        assertThat(m.confidence()).isEqualTo(MatchConfidence.NONE);
        assertThat(evidence(m, Channel.EMAIL)).isEqualTo("ASK_FOR_MORE");
    }

    @Test
    void summary_namesNoPersonalData() {
        IdentityMatch m = matcher.match(details("Anna Kowalska", "anna.kowalska@example.pl", "+48 500 000 000", "C-100001"),
                Channel.WEB_FORM);

        assertThat(m.summary()).doesNotContain("Anna", "Kowalska", "example", "500", "601");
    }
}
