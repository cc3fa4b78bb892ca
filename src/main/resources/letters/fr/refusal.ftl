<#import "common.ftl" as c>
<#assign subject = "Votre demande ${caseNumber} : nous ne pouvons pas y donner suite">
<@c.greeting/>

Nous vous remercions de votre demande du ${receivedAt}. Nous l'avons examinée attentivement, mais nous ne pouvons pas y donner suite.
<@c.outcomes/>

<@c.remedies/>

<@c.signature/>
