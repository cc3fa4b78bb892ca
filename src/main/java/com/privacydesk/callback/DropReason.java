package com.privacydesk.callback;

/**
 * Why the call ended, as the telephony system saw it. Only a technical failure leaves a conversation the customer
 * wanted to have unfinished (seed 003); a caller who hung up or left the queue ended it themselves.
 */
public enum DropReason {
    /** The line or the system failed: network, trunk, PBX, the agent's headset or client. */
    TECHNICAL,
    /** The caller hung up. */
    CALLER_HUNG_UP,
    /** The caller left the queue before an agent answered. */
    ABANDONED_IN_QUEUE,
    /** The agent ended the call. */
    AGENT_ENDED
}
