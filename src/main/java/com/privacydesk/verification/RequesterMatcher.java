package com.privacydesk.verification;

import com.privacydesk.request.Channel;
import com.privacydesk.request.ChannelProof;
import com.privacydesk.stafflanguage.StaffTexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the customers a requester's details point to (customer number, e-mail and phone, normalised; the name only
 * ranks them) and states the facts of the match: how well the details point to one customer
 * ({@link MatchConfidence}), and whether the channel proved a verified contact point of that customer — the request's
 * {@link ChannelProof} (a sender address the desk's mail server authenticated with DMARC, an address or caller number
 * a member of staff vouched for) is the very e-mail (EMAIL, CHAT) or phone (PHONE) that matched, and that contact
 * point is verified. What a requester merely states (on the public API, a web form, a letter, a From line nobody
 * checked) proves nothing: anyone can type someone else's address. What the facts are worth is decided by
 * {@code bpmn/identity-evidence.dmn}, not here.
 */
@Service
public class RequesterMatcher {

    static final String CUSTOMER_NUMBER = "customerNumber";
    static final String EMAIL = "email";
    static final String PHONE = "phone";
    static final String NAME = "name";

    private static final List<String> IDENTIFIERS = List.of(CUSTOMER_NUMBER, EMAIL, PHONE);
    private static final Map<String, Integer> WEIGHT = Map.of(CUSTOMER_NUMBER, 40, EMAIL, 30, PHONE, 30, NAME, 10);
    private static final String NOTE_OTHER_CUSTOMER = "identity.note.other-customer";
    private static final String NOTE_UNKNOWN = "identity.note.unknown";
    private static final String NOTE_NOT_GIVEN = "identity.note.not-given";

    private final NamedParameterJdbcTemplate jdbc;
    private final ContactNormaliser normaliser;

    @Autowired
    public RequesterMatcher(NamedParameterJdbcTemplate jdbc, ContactNormaliser normaliser) {
        this.jdbc = jdbc;
        this.normaliser = normaliser;
    }

    public RequesterMatcher(NamedParameterJdbcTemplate jdbc, String defaultRegion) {
        this(jdbc, new ContactNormaliser(defaultRegion));
    }

    /** A match without any proof from the channel: the contact is never proven. */
    @Transactional(readOnly = true)
    public IdentityMatch match(RequesterDetails requester, Channel channel) {
        return match(requester, channel, null);
    }

    /** @param proof what the channel authenticated when the request came in; null when nothing */
    @Transactional(readOnly = true)
    public IdentityMatch match(RequesterDetails requester, Channel channel, ChannelProof proof) {
        return match(requester, channel, proof, StaffTexts.source());
    }

    /** As {@link #match(RequesterDetails, Channel, ChannelProof)}, with the summary in the staff language of texts. */
    @Transactional(readOnly = true)
    public IdentityMatch match(RequesterDetails requester, Channel channel, ChannelProof proof, StaffTexts texts) {
        Given given = given(requester);
        Set<String> verifiedHits = new HashSet<>();
        List<Candidate> candidates = candidates(given, verifiedHits);
        if (candidates.isEmpty()) {
            String sentence = given.any()
                    ? texts.text("identity.no-match", givenLabels(given, texts))
                    : texts.text("identity.nothing-given");
            return new IdentityMatch(null, null, MatchConfidence.NONE, false, candidates, sentence);
        }
        Candidate best = candidates.get(0);
        if (candidates.size() > 1 && candidates.get(1).score() == best.score()) {
            String tied = candidates.stream().filter(c -> c.score() == best.score()).map(Candidate::customerNumber)
                    .collect(Collectors.joining(", "));
            return new IdentityMatch(null, null, MatchConfidence.NONE, false, candidates, texts.text("identity.tie", tied));
        }

        Map<String, String> notes = notes(given, candidates, best);
        boolean contradicted = notes.values().stream().anyMatch(n -> !n.equals(NOTE_NOT_GIVEN));
        MatchConfidence confidence = contradicted ? MatchConfidence.WEAK
                : candidates.size() == 1 ? MatchConfidence.EXACT : MatchConfidence.STRONG;
        ChannelEvidence evidence = channelEvidence(channel, given, best, proof, verifiedHits);
        return new IdentityMatch(best.customerId(), best.customerNumber(), confidence, evidence.proves(), candidates,
                summary(channel, given, candidates, notes, proof, evidence, texts));
    }

    /** What the requester gave, normalised; the name only in its comparable form. */
    private Given given(RequesterDetails requester) {
        String name = requester.name() == null || requester.name().isBlank() ? null : comparable(requester.name());
        return new Given(normaliser.customerNumber(requester.customerNumber()), normaliser.email(requester.email()),
                requester.phone() != null && !requester.phone().isBlank(), normaliser.phone(requester.phone()).orElse(null),
                name);
    }

    /** Every customer a given identifier points to, best first; collects the verified contact points among the hits. */
    private List<Candidate> candidates(Given given, Set<String> verifiedHits) {
        // customer id -> identifiers that point to it
        Map<Long, Set<String>> hits = new LinkedHashMap<>();
        if (given.customerNumber() != null) {
            jdbc.queryForList("SELECT id FROM customer WHERE customer_number = :v AND anonymised_at IS NULL",
                            new MapSqlParameterSource("v", given.customerNumber()), Long.class)
                    .forEach(id -> hits.computeIfAbsent(id, k -> new HashSet<>()).add(CUSTOMER_NUMBER));
        }
        if (given.email() != null) {
            findContact("EMAIL", "email", given.email(), EMAIL, hits, verifiedHits);
        }
        if (given.phone() != null) {
            findContact("PHONE", "phone", given.phone(), PHONE, hits, verifiedHits);
        }
        Map<Long, String[]> customers = describe(hits.keySet());
        List<Candidate> candidates = new ArrayList<>();
        hits.forEach((id, on) -> {
            String[] c = customers.get(id);
            if (given.name() != null && (given.name().equals(comparable(c[1] + " " + c[2]))
                    || given.name().equals(comparable(c[2] + " " + c[1])))) {
                on.add(NAME);
            }
            candidates.add(new Candidate(id, c[0], on, on.stream().mapToInt(WEIGHT::get).sum()));
        });
        candidates.sort(Comparator.comparingInt(Candidate::score).reversed().thenComparing(Candidate::customerNumber));
        return candidates;
    }

    /** Per identifier the best candidate did not match: why (a text key), in the order of {@link #IDENTIFIERS}. */
    private static Map<String, String> notes(Given given, List<Candidate> candidates, Candidate best) {
        Map<String, String> notes = new LinkedHashMap<>();
        for (String identifier : IDENTIFIERS) {
            if (best.matchedOn().contains(identifier)) {
                continue;
            }
            if (!given.has(identifier)) {
                notes.put(identifier, NOTE_NOT_GIVEN);
            } else if (candidates.stream().anyMatch(c -> c.matchedOn().contains(identifier))) {
                notes.put(identifier, NOTE_OTHER_CUSTOMER);
            } else {
                notes.put(identifier, NOTE_UNKNOWN);
            }
        }
        return notes;
    }

    /**
     * Whether the channel's proof is the contact given on it and a verified contact point of the best candidate.
     * A web form or a letter carries no contact that a mail server or a member of staff observed.
     */
    private static ChannelEvidence channelEvidence(Channel channel, Given given, Candidate best, ChannelProof proof,
            Set<String> verifiedHits) {
        String identifier = switch (channel) {
            case EMAIL, CHAT -> EMAIL;
            case PHONE -> PHONE;
            case WEB_FORM, LETTER -> null;
        };
        String givenOnChannel = EMAIL.equals(identifier) ? given.email() : PHONE.equals(identifier) ? given.phone() : null;
        // The proof must be the very contact that matched: an agent may type another address than the one the
        // mail server authenticated, and a proof of one customer's address says nothing about another's.
        boolean proofIsGiven = proof != null && givenOnChannel != null && givenOnChannel.equals(proof.contact());
        boolean proves = proofIsGiven && best.matchedOn().contains(identifier)
                && verifiedHits.contains(best.customerId() + ":" + identifier);
        return new ChannelEvidence(proofIsGiven, proves);
    }

    /** The sentences the handler reads: what matched, what did not and why, and what the channel proved. */
    private static String summary(Channel channel, Given given, List<Candidate> candidates, Map<String, String> notes,
            ChannelProof proof, ChannelEvidence evidence, StaffTexts texts) {
        Candidate best = candidates.get(0);
        StringBuilder summary = new StringBuilder();
        List<String> matched = IDENTIFIERS.stream().filter(best.matchedOn()::contains).map(i -> label(i, texts))
                .collect(Collectors.toCollection(ArrayList::new));
        if (best.matchedOn().contains(NAME)) {
            matched.add(label(NAME, texts));
        }
        summary.append(capitalise(texts.text(matched.size() == 1 ? "identity.matches.one" : "identity.matches.many",
                join(matched, "identity.list.and", texts), best.customerNumber())));
        // Contradictions first, then what was merely not given or differs.
        List<String> sentences = new ArrayList<>();
        notes.forEach((identifier, key) -> {
            if (!key.equals(NOTE_NOT_GIVEN)) {
                sentences.add(texts.text(key, label(identifier, texts)));
            }
        });
        notes.forEach((identifier, key) -> {
            if (key.equals(NOTE_NOT_GIVEN)) {
                sentences.add(texts.text(key, label(identifier, texts)));
            }
        });
        if (given.name() != null && !best.matchedOn().contains(NAME)) {
            sentences.add(texts.text("identity.note.name-differs"));
        }
        if (!sentences.isEmpty()) {
            summary.append("; ").append(String.join("; ", sentences));
        }
        summary.append('.');
        if (candidates.size() > 1) {
            summary.append(' ').append(texts.text("identity.also-partly", candidates.stream().skip(1)
                    .map(Candidate::customerNumber).collect(Collectors.joining(", "))));
        }
        summary.append(' ').append(texts.text("identity.channel", texts.text("channel." + channel),
                channelSentence(channel, given, best, proof, evidence, texts)));
        return summary.toString();
    }

    /** What the requester gave, normalised: phoneGiven also when the phone could not be read as a number. */
    private record Given(String customerNumber, String email, boolean phoneGiven, String phone, String name) {

        boolean has(String identifier) {
            return switch (identifier) {
                case CUSTOMER_NUMBER -> customerNumber != null;
                case EMAIL -> email != null;
                case PHONE -> phoneGiven;
                default -> false;
            };
        }

        boolean any() {
            return IDENTIFIERS.stream().anyMatch(this::has);
        }
    }

    /** @param proofIsGiven the proof is the contact given on the channel; proves: and a verified one of the customer */
    private record ChannelEvidence(boolean proofIsGiven, boolean proves) {
    }

    /** Customers known by this value, as a contact point or on their record; remembers verified contact points. */
    private void findContact(String kind, String recordColumn, String value, String identifier,
                             Map<Long, Set<String>> hits, Set<String> verifiedHits) {
        MapSqlParameterSource p = new MapSqlParameterSource("kind", kind).addValue("v", value);
        jdbc.query("SELECT cp.customer_id, cp.verified FROM contact_point cp JOIN customer c ON c.id = cp.customer_id"
                + " WHERE cp.kind = :kind AND cp.contact_value = :v AND c.anonymised_at IS NULL", p, rs -> {
            long id = rs.getLong(1);
            hits.computeIfAbsent(id, k -> new HashSet<>()).add(identifier);
            if (rs.getBoolean(2)) {
                verifiedHits.add(id + ":" + identifier);
            }
        });
        // recordColumn is one of two constants above, never input.
        jdbc.queryForList("SELECT id FROM customer WHERE " + recordColumn + " = :v AND anonymised_at IS NULL", p, Long.class)
                .forEach(id -> hits.computeIfAbsent(id, k -> new HashSet<>()).add(identifier));
    }

    private Map<Long, String[]> describe(Set<Long> ids) {
        Map<Long, String[]> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.query("SELECT id, customer_number, first_name, last_name FROM customer WHERE id IN (:ids)",
                new MapSqlParameterSource("ids", ids), rs -> {
                    result.put(rs.getLong(1), new String[]{rs.getString(2), rs.getString(3), rs.getString(4)});
                });
        return result;
    }

    private static String channelSentence(Channel channel, Given given, Candidate best, ChannelProof proof,
            ChannelEvidence evidence, StaffTexts texts) {
        if (channel == Channel.WEB_FORM) {
            return texts.text("identity.channel.web-form");
        }
        if (channel == Channel.LETTER) {
            return texts.text("identity.channel.letter");
        }
        boolean phone = channel == Channel.PHONE;
        String identifier = phone ? PHONE : EMAIL;
        if (!given.has(identifier)) {
            return texts.text("identity.channel.not-given", texts.text("identity.what." + channel));
        }
        if (proof == null) {
            return texts.text("identity.unproven." + channel);
        }
        // What vouched, then whether it is the given contact and a verified one of this customer.
        String contact = phone ? "PHONE" : "ADDRESS";
        String how = proof.provenBy() == ChannelProof.ProvenBy.MAIL_DMARC
                ? texts.text("identity.how.dmarc")
                : texts.text("identity.how.vouched." + contact, proof.vouchedBy());
        if (!evidence.proofIsGiven()) {
            return texts.text("identity.proof.differs." + contact, how);
        }
        if (evidence.proves()) {
            return texts.text("identity.proof.verified." + contact, how);
        }
        return texts.text(best.matchedOn().contains(identifier) ? "identity.proof.unverified" : "identity.proof.foreign",
                how);
    }

    private static String label(String identifier, StaffTexts texts) {
        return texts.text("identity.label." + identifier);
    }

    private static String givenLabels(Given given, StaffTexts texts) {
        return join(IDENTIFIERS.stream().filter(given::has).map(i -> label(i, texts)).toList(), "identity.list.or",
                texts);
    }

    /** "a, b and c" in the staff language; {@code key} joins the last two. */
    private static String join(List<String> parts, String key, StaffTexts texts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return texts.text(key, String.join(", ", parts.subList(0, parts.size() - 1)), parts.get(parts.size() - 1));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Case, accents and spacing do not decide whether a name is the same ("Wójcik" = "wojcik"). */
    private static String comparable(String name) {
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('ł', 'l').replace('Ł', 'L');
        return stripped.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
