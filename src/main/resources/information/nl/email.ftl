<#import "common.ftl" as c>
${controller.companyName}, ${controller.address}, verwerkt uw persoonsgegevens als verwerkingsverantwoordelijke om onze correspondentie met u af te handelen (art. 6 lid 1 onder f AVG).
<@c.rights/>
<@c.contact/>
Hoe wij uw persoonsgegevens verwerken, leest u hier: ${controller.privacyPolicyUrl}
