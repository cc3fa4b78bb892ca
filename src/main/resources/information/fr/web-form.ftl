<#import "common.ftl" as c>
${controller.companyName}, ${controller.address}, est responsable du traitement des données à caractère personnel que vous saisissez dans ce formulaire.
Nous les utilisons pour traiter votre demande relative à vos données à caractère personnel et vous répondre, comme le RGPD nous y oblige (<@c.requestBasis/>).
<@c.rights/>
<@c.contact/>
<@c.policy/>
