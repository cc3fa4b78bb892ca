Guten Tag, Sie sprechen mit ${controller.companyName?remove_ending(".")}.
Wir verwenden die Angaben, die Sie uns in diesem Gespräch machen, um Ihr Anliegen zu bearbeiten; Anträge zu Ihren personenbezogenen Daten bearbeiten wir, weil uns die DSGVO dazu verpflichtet.
Sie können Auskunft über Ihre Daten, ihre Berichtigung oder Löschung verlangen und haben weitere Rechte, auch das Recht auf Beschwerde bei der Aufsichtsbehörde, ${controller.supervisoryAuthority.name}.
Fragen zum Datenschutz richten Sie bitte an ${controller.dataProtectionContact}.
Ausführliche Informationen finden Sie in unserer Datenschutzerklärung unter ${controller.privacyPolicyUrl}.
