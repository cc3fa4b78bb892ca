<#import "common.ftl" as c>
Goedendag, bedankt voor uw bericht; wij beantwoorden uw vraag zo snel mogelijk.
Eerst wat korte informatie: ${controller.companyName}, ${controller.address}, is de verwerkingsverantwoordelijke voor de persoonsgegevens die u in deze chat geeft.
Wij gebruiken ze om uw vraag af te handelen.
Vraagt u naar uw persoonsgegevens of oefent u uw rechten uit, dan handelen wij uw verzoek af omdat de AVG ons daartoe verplicht (<@c.requestBasis/>); andere vragen handelen wij af op grond van ons gerechtvaardigd belang om onze klanten te antwoorden (art. 6 lid 1 onder f AVG).
<@c.rights/>
<@c.contact/>
<@c.policy/>
