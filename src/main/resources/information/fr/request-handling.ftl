<#import "common.ftl" as c>
<#-- Le premier niveau d'information sur les données de la demande elle-même, dans chaque accusé de réception (articles 12, paragraphe 1, et 13). -->
Comment nous utilisons les données de votre demande : ${controller.companyName}, ${controller.address}, est responsable du traitement des données à caractère personnel contenues dans votre demande et dans notre correspondance à ce sujet.
Nous les utilisons uniquement pour traiter votre demande et pour pouvoir démontrer comment nous l'avons traitée.
Le RGPD nous y oblige (<@c.requestBasis/>).
Nous les conservons pendant ${retention} après la clôture de votre demande, puis nous les supprimons.
Vous avez le droit d'accéder à ces données, de les faire rectifier et d'en faire limiter le traitement ; vous pouvez aussi en demander l'effacement, auquel nous procéderons sauf si la loi nous impose à les conserver.
Vous pouvez introduire une réclamation auprès d'une autorité de contrôle, notamment dans l'État membre de votre résidence habituelle ou de votre lieu de travail ; l'autorité compétente à notre égard est ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).
<@c.contact/>
Informations complètes sur l'utilisation des données à caractère personnel : ${fullPolicyUrl}
