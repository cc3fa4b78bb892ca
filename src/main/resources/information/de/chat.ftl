<#import "common.ftl" as c>
Hallo, vielen Dank für Ihre Nachricht, wir antworten Ihnen so schnell wie möglich.
Vorab einige kurze Hinweise: Verantwortlicher für die personenbezogenen Daten, die Sie in diesem Chat angeben, ist ${controller.companyName}, ${controller.address}.
Wir verarbeiten sie, um Ihre Anfrage zu bearbeiten; das ist unser berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO).
<@c.rights/>
<@c.contact/>
<@c.policy/>
