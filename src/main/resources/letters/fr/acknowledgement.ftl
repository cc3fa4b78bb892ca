<#import "common.ftl" as c>
<#assign subject = "Votre demande ${caseNumber} a bien été reçue">
<@c.greeting/>

<#if rights?has_content>
Nous avons reçu votre demande le ${receivedAt} et l'avons enregistrée sous le numéro de dossier ${caseNumber}. Votre demande porte sur :
<@c.rightList/>
<#else>
Nous avons reçu votre demande le ${receivedAt} et l'avons enregistrée sous le numéro de dossier ${caseNumber}. Nous examinons votre message afin de déterminer les droits qu'il concerne ; notre réponse portera sur tout ce que vous avez demandé.
</#if>

Les prochaines étapes :
1. Nous vérifierons que vous êtes la personne concernée par les données, afin que personne d'autre ne puisse consulter ou modifier vos données. Si nous avons besoin d'informations complémentaires à cet effet, nous vous les demanderons.
2. Nous rechercherons dans tous nos systèmes les données à caractère personnel vous concernant.
3. Nous vous répondrons au plus tard le ${deadline} (un mois à compter de la réception de votre demande, article 12, paragraphe 3, du RGPD). Si votre demande est complexe ou si nous recevons un très grand nombre de demandes, ce délai peut être prolongé de deux mois au maximum. Dans ce cas, nous vous en informerons avant le ${deadline} en vous indiquant les motifs de la prolongation.

Aucune démarche n'est requise de votre part pour le moment. Si vous souhaitez compléter votre demande, il vous suffit de <@c.replyTo/>.

<#-- The first layer on the request's own data (information/fr/request-handling.ftl), shared with every language's acknowledgement. -->
${requestHandling}

<@c.signature/>
