package com.privacydesk.datamap;

/** What erasure (GDPR Art. 17) does with a table's rows of the data subject. */
public enum ErasurePolicy {
    /** The rows are removed. */
    DELETE,
    /** The rows stay, their personal columns are overwritten (see {@link Anonymisation}). */
    ANONYMISE,
    /** The rows stay unchanged because a legal ground overrides erasure (Art. 17(3)); the ground is stated. */
    RETAIN
}
