<#import "common.ftl" as c>
<#assign subject = "Ihr Antrag (Vorgangsnummer ${caseNumber}): Wir können ihn nicht erfüllen">
<@c.greeting/>

vielen Dank für Ihren Antrag vom ${receivedAt}. Wir haben ihn sorgfältig geprüft, können ihn aber nicht erfüllen.
<@c.outcomes/>

<@c.remedies/>

<@c.signature/>
