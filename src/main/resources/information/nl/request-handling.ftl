<#import "common.ftl" as c>
<#-- De eerste informatielaag over de gegevens van het verzoek zelf, in elke ontvangstbevestiging (art. 12 lid 1, art. 13). -->
Zo gebruiken wij de gegevens van uw verzoek: ${controller.companyName}, ${controller.address}, is de verwerkingsverantwoordelijke voor de persoonsgegevens in uw verzoek en in onze correspondentie daarover.
Wij gebruiken ze alleen om uw verzoek af te handelen en om te kunnen aantonen hoe wij dat hebben gedaan.
Daartoe verplicht de AVG ons (<@c.requestBasis/>).
Wij bewaren de gegevens nog ${retention} nadat uw verzoek is afgesloten en verwijderen ze daarna.
U hebt recht op inzage in deze gegevens, op rectificatie ervan en op beperking van de verwerking; u kunt ook om wissing vragen; wij wissen ze dan, tenzij de wet ons verplicht de gegevens te bewaren.
U kunt een klacht indienen bij een toezichthoudende autoriteit, met name in de lidstaat waar u woont of werkt; de voor ons bevoegde autoriteit is ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).
<@c.contact/>
Alle informatie over hoe wij persoonsgegevens gebruiken: ${fullPolicyUrl}
