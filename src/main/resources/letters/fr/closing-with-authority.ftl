<#import "common.ftl" as c>
<#assign subject = "Votre demande ${caseNumber} : les voies de recours qui s'offrent à vous">
<@c.greeting/>

Nous regrettons que nos réponses n'aient pas dissipé vos préoccupations concernant votre demande du ${receivedAt}. Nous l'avons examinée une nouvelle fois et maintenons la position que nous vous avons exposée.
<#if explanation??>

${explanation}
</#if>
<#if reasons?has_content>

Nos motifs
<@c.explainReasons/>
</#if>

Rien ne vous oblige à accepter notre position : vous pouvez la faire examiner de manière indépendante.

<@c.remedies/>

<@c.signature/>
