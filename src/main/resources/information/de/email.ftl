<#import "common.ftl" as c>
Verantwortlicher für Ihre personenbezogenen Daten ist ${controller.companyName}, ${controller.address}.
Wir verarbeiten sie zur Bearbeitung unserer Korrespondenz mit Ihnen (Art. 6 Abs. 1 lit. f DSGVO).
<@c.rights/>
<@c.contact/>
Wie wir Ihre personenbezogenen Daten verarbeiten, ist hier beschrieben: ${controller.privacyPolicyUrl}
