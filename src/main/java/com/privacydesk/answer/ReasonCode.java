package com.privacydesk.answer;

/** Why a request is refused, answered in part or extended. Letters explain each code in the customer's language. */
public enum ReasonCode {
    IDENTITY_NOT_ESTABLISHED,   // Art. 11(2), 12(6)
    MANIFESTLY_UNFOUNDED,       // Art. 12(5)
    EXCESSIVE,                  // Art. 12(5)
    LEGAL_RETENTION_DUTY,       // Art. 17(3)(b)
    LEGAL_CLAIMS,               // Art. 17(3)(e)
    RIGHTS_OF_OTHERS,           // Art. 15(4)
    NO_DATA_HELD,
    COMPLEX_REQUEST,            // Art. 12(3): grounds for an extension
    NUMBER_OF_REQUESTS,         // Art. 12(3): grounds for an extension
    OTHER
}
