<#-- Gemeinsame Formulierungen der deutschen Hinweise. Jedes ${...} kommt aus dem Profil des Verantwortlichen. -->
<#macro contact>Kontakt für Datenschutzfragen: ${controller.dataProtectionContact}<#if controller.dpoName??> (Datenschutzbeauftragter: ${controller.dpoName})</#if>.</#macro>
<#-- Übertragbarkeit und Widerspruch gibt es nur bei bestimmten Rechtsgrundlagen (Art. 20 Abs. 1, Art. 21 Abs. 1). -->
<#macro rights>Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie, soweit die DSGVO es vorsieht, auf Datenübertragbarkeit und Widerspruch. Außerdem haben Sie das Recht, sich bei der Aufsichtsbehörde zu beschweren: ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).</#macro>
<#macro policy>Ausführliche Informationen finden Sie in unserer Datenschutzerklärung: ${controller.privacyPolicyUrl}</#macro>
<#-- Die eine Rechtsgrundlage für die Bearbeitung von Anträgen betroffener Personen, auf jedem Kanal (Issue 18). -->
<#macro requestBasis>Art. 6 Abs. 1 lit. c DSGVO i. V. m. Art. 12–22 DSGVO</#macro>
