<#import "common.ftl" as c>
Hallo, bedankt voor uw bericht; wij beantwoorden uw vraag zo snel mogelijk.
Eerst wat korte informatie: ${controller.companyName}, ${controller.address}, is de verwerkingsverantwoordelijke voor de persoonsgegevens die u in deze chat geeft.
Wij gebruiken ze om uw vraag af te handelen; dat is ons gerechtvaardigd belang (art. 6 lid 1 onder f AVG).
<@c.rights/>
<@c.contact/>
<@c.policy/>
