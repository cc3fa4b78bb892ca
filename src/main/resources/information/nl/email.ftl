<#import "common.ftl" as c>
<#-- De voettekst van elke e-mail die de afdeling aan een betrokkene stuurt: elke e-mail gaat over een verzoek. -->
${controller.companyName}, ${controller.address}, verwerkt uw persoonsgegevens als verwerkingsverantwoordelijke om uw verzoek over uw persoonsgegevens en onze correspondentie daarover af te handelen, waartoe de AVG ons verplicht (<@c.requestBasis/>).
<@c.rights/>
<@c.contact/>
Hoe wij uw persoonsgegevens verwerken, leest u hier: ${controller.privacyPolicyUrl}
