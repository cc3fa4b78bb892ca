package com.privacydesk.request;

/** The rights a data subject can exercise (GDPR Art. 15-22, 7(3)), plus a plain privacy question (seed 002). */
public enum Right {
    ACCESS, RECTIFICATION, ERASURE, RESTRICTION, PORTABILITY, OBJECTION, CONSENT_WITHDRAWAL, AUTOMATED_DECISION, QUESTION
}
