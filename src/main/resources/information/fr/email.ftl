<#import "common.ftl" as c>
<#-- Le pied de page de chaque e-mail que le service envoie à une personne concernée : chacun porte sur une demande. -->
${controller.companyName}, ${controller.address}, traite vos données à caractère personnel en tant que responsable du traitement afin de donner suite à votre demande relative à vos données à caractère personnel et notre correspondance à ce sujet, comme le RGPD nous y oblige (<@c.requestBasis/>).
<@c.rights/>
<@c.contact/>
Vos données à caractère personnel sont traitées selon les modalités décrites ici : ${controller.privacyPolicyUrl}
