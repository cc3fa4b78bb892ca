<#import "common.ftl" as c>
<#assign subject = "Uw verzoek ${caseNumber}: ons aanvullende antwoord">
<@c.greeting/>

Bedankt dat u ons hebt laten weten dat u niet tevreden bent met ons antwoord. Een collega die gespecialiseerd is in gegevensbescherming heeft uw verzoek van ${receivedAt} opnieuw bekeken.
<@c.outcomes/>

<@c.remedies/>

<@c.signature/>
