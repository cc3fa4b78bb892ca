<#-- Gemeinsame Formulierungen der deutschen Hinweise. Jedes ${...} kommt aus dem Profil des Verantwortlichen. -->
<#macro contact>Kontakt zum Datenschutz: ${controller.dataProtectionContact}<#if controller.dpoName??> (Datenschutzbeauftragter: ${controller.dpoName})</#if>.</#macro>
<#macro rights>Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung, auf Datenübertragbarkeit und auf Widerspruch sowie das Recht, sich bei der Aufsichtsbehörde zu beschweren: ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).</#macro>
<#macro policy>Ausführliche Informationen finden Sie in unserer Datenschutzerklärung: ${controller.privacyPolicyUrl}</#macro>
