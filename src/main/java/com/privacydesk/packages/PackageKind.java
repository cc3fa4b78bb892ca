package com.privacydesk.packages;

/** The files a case's answer can carry, each stored once per answer round. */
public enum PackageKind {
    /** Art. 15: a copy of the data with, per activity, purposes, categories, recipients, retention and source. */
    ACCESS_JSON("application/json", "access-package.json"),
    /** The same, as a page a person reads. */
    ACCESS_HTML("text/html;charset=UTF-8", "access-package.html"),
    /** Art. 20: the data the customer provided under consent or contract, as JSON and CSV in a ZIP. */
    PORTABILITY_ZIP("application/zip", "portability-package.zip");

    private final String mediaType;
    private final String fileName;

    PackageKind(String mediaType, String fileName) {
        this.mediaType = mediaType;
        this.fileName = fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName(String caseNumber) {
        return caseNumber + "-" + fileName;
    }
}
