<#import "common.ftl" as c>
<#assign subject = "Votre demande ${caseNumber} : merci de nous aider à vérifier votre identité">
<@c.greeting/>

Nous vous remercions de votre demande du ${receivedAt}. Avant d'y donner suite, nous devons nous assurer que vous êtes la personne concernée par les données. Cela évite que vos données soient communiquées à une autre personne ou modifiées par elle (article 12, paragraphe 6, du RGPD).

Merci de nous faire parvenir les éléments suivants :
${informationNeeded}

Pour cela, il vous suffit de <@c.replyTo/>, au plus tard le ${informationDueBy}. Nous utiliserons ces informations uniquement pour vérifier votre identité.

<#if deadlineSuspended>Jusqu'à leur réception, le délai dont nous disposons pour vous répondre est suspendu ; il recommence à courir dès que nous les aurons reçues.<#else>Le délai dont nous disposons pour vous répondre continue de courir entre-temps : nous vous répondrons au plus tard le ${deadline}.</#if> Si nous ne les recevons pas, il se peut que nous ne puissions pas donner suite à votre demande (article 11, paragraphe 2, et article 12, paragraphe 6, du RGPD).

<@c.signature/>
