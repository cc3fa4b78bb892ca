<#import "common.ftl" as c>
<#assign subject = "Ihr Antrag ${caseNumber}: Wir können ihn nicht erfüllen">
<@c.greeting/>

vielen Dank für Ihren Antrag vom ${receivedAt}. Wir haben ihn sorgfältig geprüft, können ihn aber nicht erfüllen.

Was wir ablehnen
Ihren Antrag betreffend:
<@c.rightList/>
<#if refusedScope??>
${refusedScope}
</#if>

Warum
<@c.explainReasons/>

<@c.remedies/>

<@c.signature/>
