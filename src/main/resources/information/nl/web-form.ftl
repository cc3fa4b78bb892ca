<#import "common.ftl" as c>
${controller.companyName}, ${controller.address}, is de verwerkingsverantwoordelijke voor de persoonsgegevens die u in dit formulier invult.
Wij gebruiken ze om uw verzoek over uw persoonsgegevens af te handelen en u te antwoorden, waartoe de AVG ons verplicht (<@c.requestBasis/>).
<@c.rights/>
<@c.contact/>
<@c.policy/>
