<#import "common.ftl" as c>
Guten Tag, vielen Dank für Ihre Nachricht, wir antworten Ihnen so schnell wie möglich.
Vorab einige kurze Hinweise: Verantwortlicher für die personenbezogenen Daten, die Sie in diesem Chat angeben, ist ${controller.companyName}, ${controller.address}.
Wir verarbeiten sie, um Ihre Anfrage zu bearbeiten.
Fragen Sie nach Ihren personenbezogenen Daten oder machen Sie Ihre Rechte geltend, bearbeiten wir Ihren Antrag, weil uns die DSGVO dazu verpflichtet (<@c.requestBasis/>); andere Anfragen bearbeiten wir auf der Grundlage unseres berechtigten Interesses, unseren Kundinnen und Kunden zu antworten (Art. 6 Abs. 1 lit. f DSGVO).
<@c.rights/>
<@c.contact/>
<@c.policy/>
