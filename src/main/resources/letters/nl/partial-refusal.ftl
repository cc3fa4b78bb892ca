<#import "common.ftl" as c>
<#assign subject = "Uw verzoek ${caseNumber}: ons antwoord (gedeeltelijk ingewilligd)">
<@c.greeting/>

Bedankt voor uw verzoek van ${receivedAt}. Wij konden een deel ervan inwilligen. Hieronder leest u per onderdeel van uw verzoek wat wij hebben gedaan, wat wij niet hebben gedaan en waarom.
<@c.outcomes/>

<@c.remedies/>

<@c.signature/>
