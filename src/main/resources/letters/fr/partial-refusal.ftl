<#import "common.ftl" as c>
<#assign subject = "Votre demande ${caseNumber} : notre réponse (suite donnée en partie)">
<@c.greeting/>

Nous vous remercions de votre demande du ${receivedAt}. Nous avons pu y donner suite en partie. Vous trouverez ci-dessous, pour chaque partie de votre demande, ce que nous avons fait, ce que nous n'avons pas fait et pourquoi.
<@c.outcomes/>

<@c.remedies/>

<@c.signature/>
