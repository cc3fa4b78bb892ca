package com.privacydesk.packages;

import java.time.Instant;

/** One stored package file of a case and answer round. */
public record StoredPackage(String caseNumber, int round, PackageKind kind, String mediaType, String fileName,
                            byte[] content, String sha256, Instant createdAt) {
}
