<#import "common.ftl" as c>
<#assign subject = "Votre demande ${caseNumber} : notre réponse">
<@c.greeting/>

Nous vous remercions de votre demande du ${receivedAt}. Nous y avons donné suite dans son intégralité. Voici ce que nous avons fait.
<@c.outcomes/>

Si un point de cette réponse n'est pas clair ou si elle ne vous satisfait pas, il vous suffit de <@c.replyTo/>. Vous avez également le droit d'introduire une réclamation auprès de l'autorité de contrôle : ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).

<@c.signature/>
