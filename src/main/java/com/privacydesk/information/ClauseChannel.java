package com.privacydesk.information;

/**
 * The points of contact that give the first layer of information (GDPR Art. 13, seed 001): the clause under the
 * web form, the first chat message, the e-mail footer, the opening words of a call and the recording announcement.
 */
public enum ClauseChannel {
    WEB_FORM("web-form"), CHAT("chat"), EMAIL("email"), PHONE("phone"), CALL_RECORDING("call-recording");

    private final String templateName;

    ClauseChannel(String templateName) {
        this.templateName = templateName;
    }

    public String templateName() {
        return templateName;
    }
}
