<#import "common.ftl" as c>
<#-- Die Fußzeile jeder E-Mail, die der Bereich an eine betroffene Person sendet: jede betrifft einen Antrag. -->
Verantwortlicher für Ihre personenbezogenen Daten ist ${controller.companyName}, ${controller.address}.
Wir verarbeiten sie, um Ihren Antrag zu Ihren personenbezogenen Daten und unsere Korrespondenz dazu zu bearbeiten, wozu uns die DSGVO verpflichtet (<@c.requestBasis/>).
<@c.rights/>
<@c.contact/>
Wie wir Ihre personenbezogenen Daten verarbeiten, ist hier beschrieben: ${controller.privacyPolicyUrl}
