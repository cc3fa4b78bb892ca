<#import "common.ftl" as c>
<#assign subject = "Votre demande ${caseNumber} : nous levons la limitation du traitement de vos données">
<@c.greeting/>

À la suite de votre demande du ${receivedAt}, nous avons limité le traitement de vos données à caractère personnel (article 18 du RGPD). Comme la loi l'exige, nous vous en informons avant de lever cette limitation (article 18, paragraphe 3, du RGPD). Nous traiterons à nouveau vos données aux fins qui vous ont été exposées dans notre réponse.
<#if reasonDetails??>

Motif : ${reasonDetails}
</#if>

Si vous n'êtes pas d'accord, il vous suffit de <@c.replyTo/>. Vous avez également le droit d'introduire une réclamation auprès de l'autorité de contrôle : ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).

<@c.signature/>
