<#import "common.ftl" as c>
<#-- Le pied de page de chaque e-mail que le service envoie à une personne concernée : chacun porte sur une demande. -->
${controller.companyName}, ${controller.address}, traite, en tant que responsable du traitement, les données à caractère personnel contenues dans votre demande et dans notre correspondance à ce sujet afin d'y donner suite, comme le RGPD nous y oblige (<@c.requestBasis/>).
<@c.rights/>
<@c.contact/>
Vos données à caractère personnel sont traitées selon les modalités décrites ici : ${controller.privacyPolicyUrl}
