<#if recordingBasis == "CONSENT">
Wir möchten dieses Gespräch aufzeichnen, um seinen Inhalt nachweisen und Beschwerden bearbeiten zu können.
${controller.companyName} zeichnet Gespräche nur mit Ihrer Einwilligung auf (Art. 6 Abs. 1 lit. a DSGVO).
Wenn Sie mit der Aufzeichnung einverstanden sind, drücken Sie bitte die 1 oder sagen Sie „Ja“. Ohne Ihre Einwilligung wird das Gespräch nicht aufgezeichnet.
Sie können Ihre Einwilligung jederzeit widerrufen; die Rechtmäßigkeit der bis dahin erfolgten Aufzeichnung bleibt unberührt (Art. 7 Abs. 3 DSGVO).
<#else>
Dieses Gespräch wird von ${controller.companyName} aufgezeichnet, um seinen Inhalt nachweisen und Beschwerden bearbeiten zu können.
Grundlage ist unser berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO).
Sie können der Aufzeichnung widersprechen (Art. 21 DSGVO): Sagen Sie es bitte jetzt, dann wird das Gespräch ohne Aufzeichnung fortgesetzt.
</#if>
Fragen zum Datenschutz: ${controller.dataProtectionContact}. Ausführliche Informationen in unserer Datenschutzerklärung: ${controller.privacyPolicyUrl}
