package com.privacydesk.packages;

import com.privacydesk.retention.CaseTables;
import java.util.List;
import org.springframework.stereotype.Component;

/** A case's packages, their download links and every download: purged with the case. */
@Component
class PackageCaseTables implements CaseTables {

    @Override
    public List<String> names() {
        return List.of("package_download", "package_link", "subject_package");
    }
}
