<#import "common.ftl" as c>
<#-- Le pied de page de chaque e-mail que le service envoie à une personne concernée : chacun porte sur une demande. -->
${controller.companyName}, ${controller.address}, traite vos données personnelles en tant que responsable du traitement afin de traiter votre demande relative à vos données personnelles et notre correspondance à ce sujet, comme le RGPD nous y oblige (<@c.requestBasis/>).
<@c.rights/>
<@c.contact/>
Vos données personnelles sont traitées selon les modalités décrites ici : ${controller.privacyPolicyUrl}
