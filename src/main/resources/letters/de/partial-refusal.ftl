<#import "common.ftl" as c>
<#assign subject = "Ihr Antrag ${caseNumber}: unsere Antwort (teilweise erfüllt)">
<@c.greeting/>

vielen Dank für Ihren Antrag vom ${receivedAt}. Einen Teil davon konnten wir erfüllen. Im Folgenden lesen Sie, was wir getan haben.
<@c.outcomes/>

Was wir nicht tun können
<#if retained?has_content>
Folgende Daten müssen wir aufbewahren:
<#list retained as item>
- ${item.category}: ${item.legalGround}
</#list>
</#if>
<#if withheld?has_content>
Folgende Daten haben wir nicht in die Kopie aufgenommen, die Sie erhalten:
<#list withheld as category>
- ${category}
</#list>
</#if>
<#if refusedScope??>
${refusedScope}
</#if>

Warum
<@c.explainReasons/>

<@c.remedies/>

<@c.signature/>
