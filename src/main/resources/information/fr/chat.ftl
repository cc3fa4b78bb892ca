<#import "common.ftl" as c>
Bonjour, merci de nous avoir contactés ; nous répondrons à votre question dans les meilleurs délais.
Tout d'abord, quelques informations : ${controller.companyName}, ${controller.address}, est responsable du traitement des données à caractère personnel que vous communiquez dans ce chat.
Nous les utilisons pour traiter votre demande.
Si vous nous interrogez sur vos données à caractère personnel ou exercez vos droits à leur égard, nous traitons votre demande parce que le RGPD nous y oblige (<@c.requestBasis/>) ; nous traitons toute autre demande sur la base de notre intérêt légitime à répondre à nos clients (article 6, paragraphe 1, point f), du RGPD).
<@c.rights/>
<@c.contact/>
<@c.policy/>
