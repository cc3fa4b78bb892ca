<#import "common.ftl" as c>
<#assign subject = "Votre demande ${caseNumber} : notre réponse complémentaire">
<@c.greeting/>

Nous vous remercions de nous avoir fait savoir que notre réponse ne vous satisfait pas. Un membre de notre équipe spécialisé dans la protection des données a réexaminé votre demande du ${receivedAt}.
<@c.outcomes/>

<@c.remedies/>

<@c.signature/>
