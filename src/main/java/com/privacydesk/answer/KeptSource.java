package com.privacydesk.answer;

/**
 * A source of the record of processing that a fulfilled right leaves as it is, and why: data kept despite an erasure
 * (Art. 17(3)), withheld from a copy (Art. 15(4)) or still processed despite an objection (Art. 21(1)).
 */
public record KeptSource(String source, ReasonCode ground) {
}
