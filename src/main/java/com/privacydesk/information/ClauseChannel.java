package com.privacydesk.information;

/**
 * The points of contact that give the first layer of information (GDPR Art. 13, seed 001): the clause under the
 * web form, the first chat message, the e-mail footer, the opening words of a call and the recording announcement;
 * and the full information a caller can choose to hear in the IVR menu (seed 003), the second layer by phone.
 * REQUEST_HANDLING is the first layer on how the desk uses a request's own data, printed in every acknowledgement:
 * it is what a requester who wrote an e-mail or a letter receives first.
 */
public enum ClauseChannel {
    WEB_FORM("web-form"), CHAT("chat"), EMAIL("email"), PHONE("phone"), CALL_RECORDING("call-recording"),
    PHONE_FULL_INFORMATION("phone-full-information"), REQUEST_HANDLING("request-handling");

    private final String templateName;

    ClauseChannel(String templateName) {
        this.templateName = templateName;
    }

    public String templateName() {
        return templateName;
    }
}
