<#import "common.ftl" as c>
<#assign subject = "Ihr Antrag (Vorgangsnummer ${caseNumber}): unsere Antwort (teilweise erfüllt)">
<@c.greeting/>

vielen Dank für Ihren Antrag vom ${receivedAt}. Einen Teil davon konnten wir erfüllen. Im Folgenden lesen Sie zu jedem Teil Ihres Antrags, was wir getan haben, was wir nicht getan haben und warum.
<@c.outcomes/>

<@c.remedies/>

<@c.signature/>
