package com.privacydesk.answer;

/** What the answer plan does with one requested right. */
public enum PlanOutcome {
    FULFIL, REFUSE
}
