package com.privacydesk.packages;

import com.privacydesk.request.Right;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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

    /** The files an answer carries for the rights requested (SubjectPackages prepares them), in stored order. */
    public static List<PackageKind> forRights(Collection<Right> rights) {
        List<PackageKind> kinds = new ArrayList<>();
        if (rights.contains(Right.ACCESS)) {
            kinds.add(ACCESS_HTML);
            kinds.add(ACCESS_JSON);
        }
        if (rights.contains(Right.PORTABILITY)) {
            kinds.add(PORTABILITY_ZIP);
        }
        return kinds;
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName(String caseNumber) {
        return caseNumber + "-" + fileName;
    }
}
