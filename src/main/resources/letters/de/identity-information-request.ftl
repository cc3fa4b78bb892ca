<#import "common.ftl" as c>
<#assign subject = "Ihr Antrag (Vorgangsnummer ${caseNumber}): Bitte bestätigen Sie Ihre Identität">
<@c.greeting/>

vielen Dank für Ihren Antrag vom ${receivedAt}. Bevor wir ihn bearbeiten können, müssen wir sicher sein, dass Sie die Person sind, auf die sich die Daten beziehen. So schützen wir Ihre Daten davor, dass jemand anderes sie erhält oder ändert (Art. 12 Abs. 6 DSGVO).

Bitte senden Sie uns Folgendes:
${informationNeeded}

Bitte <@c.replyTo/>, spätestens bis zum ${informationDueBy}. Wir verwenden diese Angaben nur, um Ihre Identität zu bestätigen.

<#if deadlineSuspended>Bis die Angaben bei uns eingehen, ruht die Frist für unsere Antwort; sie läuft weiter, sobald wir sie haben.<#else>Die Frist für unsere Antwort läuft in der Zwischenzeit weiter: Wir antworten Ihnen bis zum ${deadline}.</#if> Erhalten wir sie nicht, können wir Ihren Antrag möglicherweise nicht bearbeiten (Art. 11 Abs. 2 und Art. 12 Abs. 6 DSGVO).

<@c.signature/>
