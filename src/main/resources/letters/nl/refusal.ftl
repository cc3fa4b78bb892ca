<#import "common.ftl" as c>
<#assign subject = "Uw verzoek ${caseNumber}: wij kunnen het niet inwilligen">
<@c.greeting/>

Bedankt voor uw verzoek van ${receivedAt}. Wij hebben het zorgvuldig bekeken, maar kunnen het niet inwilligen.
<@c.outcomes/>

<@c.remedies/>

<@c.signature/>
